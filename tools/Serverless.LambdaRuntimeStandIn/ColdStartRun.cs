using System.Diagnostics;
using System.Globalization;

namespace Serverless.LambdaRuntimeStandIn;

/// <summary>
/// One cold start: start the runtime executable against a fresh stand-in, queue one event, and time process start to
/// the first response post; peak RSS is the process's VmHWM read while it is still alive.
/// </summary>
public static class ColdStartRun
{
    /// <summary>Milliseconds to the first response, peak RSS in KiB, and the response body.</summary>
    public readonly record struct Sample(double Milliseconds, long PeakRssKiB, InvocationResult Result);

    /// <summary>Runs <paramref name="executable"/> once with <paramref name="environment"/> added to this process's.</summary>
    public static async Task<Sample> RunAsync(string executable, byte[] payload, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        await using var standIn = await RuntimeApiStandIn.StartAsync().ConfigureAwait(false);
        var pending = standIn.Invoke(payload);
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["AWS_LAMBDA_RUNTIME_API"] = standIn.HostAndPort;
        var startedAt = DateTimeOffset.UtcNow;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var result = await pending.Result.Task.WaitAsync(timeout).ConfigureAwait(false);
            var rss = PeakRssKiB(process.Id);
            return new Sample((result.ReceivedAt - startedAt).TotalMilliseconds, rss, result);
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"{executable} posted no response within {timeout}: {errors}", ex);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static long PeakRssKiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var digits = new string([.. line.Where(char.IsAsciiDigit)]);
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
