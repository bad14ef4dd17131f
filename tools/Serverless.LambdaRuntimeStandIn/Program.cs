using System.Globalization;
using Serverless.LambdaRuntimeStandIn;

// Cold-start driver: measure --exe PATH --event FILE [--runs N] [--label NAME] [--env NAME=VALUE]...
// Prints one line per run on standard error and a summary line on standard output:
//   LABEL median_ms=... min_ms=... max_ms=... peak_rss_mib=... runs=...
if (args.Length == 0 || args[0] != "measure")
{
    Console.Error.WriteLine("usage: Serverless.LambdaRuntimeStandIn measure --exe PATH --event FILE [--runs N] [--label NAME] [--env NAME=VALUE]...");
    return 2;
}

string? exe = null, eventFile = null, label = "run";
var runs = 5;
var environment = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--exe": exe = args[i + 1]; break;
        case "--event": eventFile = args[i + 1]; break;
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--label": label = args[i + 1]; break;
        case "--env":
            var pair = args[i + 1].Split('=', 2);
            environment[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
            break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

if (exe is null || eventFile is null)
{
    Console.Error.WriteLine("measure needs --exe and --event");
    return 2;
}

var payload = await File.ReadAllBytesAsync(eventFile).ConfigureAwait(false);
var samples = new List<ColdStartRun.Sample>();
for (var run = 1; run <= runs; run++)
{
    var sample = await ColdStartRun.RunAsync(exe, payload, environment, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
    if (sample.Result.IsError)
    {
        Console.Error.WriteLine($"{label} run {run}: invocation error {sample.Result.ErrorType}: {sample.Result.BodyText}");
        return 1;
    }

    Console.Error.WriteLine($"{label} run {run}: {sample.Milliseconds:F1} ms, peak RSS {sample.PeakRssKiB / 1024.0:F1} MiB, response {sample.Result.BodyText}");
    samples.Add(sample);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

var ms = samples.Select(s => s.Milliseconds).ToArray();
var rss = Median(samples.Select(s => (double)s.PeakRssKiB)) / 1024.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{label} median_ms={Median(ms):F1} min_ms={ms.Min():F1} max_ms={ms.Max():F1} peak_rss_mib={rss:F1} runs={runs}"));
return 0;
