using System.Diagnostics;
using Serverless.LambdaRuntimeStandIn;

namespace Serverless.Aws.Tests;

/// <summary>The built <c>bootstrap</c> program as a process: usage without the Runtime API, a real loop with it.</summary>
public sealed class BootstrapProcessTests
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "Serverless.Functions.Aws");

    [Fact]
    public async Task Main_WithoutRuntimeApi_PrintsUsageAndExitsTwo()
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment.Remove("AWS_LAMBDA_RUNTIME_API");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("usage: bootstrap", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_WithRuntimeApi_AnswersTheFirstInvocation()
    {
        var environment = new Dictionary<string, string>
        {
            ["EVROUTE_ROUTES_JSON"] = """{ "unmatched": "drop", "routes": [] }""",
        };
        var payload = SqsEvents.Event(SqsEvents.Record("p-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")));

        var sample = await ColdStartRun.RunAsync(Executable, payload, environment, TimeSpan.FromSeconds(60));

        Assert.False(sample.Result.IsError, sample.Result.BodyText);
        Assert.Equal("{\"batchItemFailures\":[]}", sample.Result.BodyText);
        Assert.True(sample.PeakRssKiB > 0);
    }
}
