using System.Diagnostics;
using System.Text;

namespace Serverless.LocalCloud.Emulators;

/// <summary>
/// Runs <c>scripts/emulators.sh</c> (install, start, stop, status): the one place that knows how to bring in Node 22
/// and start Azurite and fauxqs, shared with the test runner, so it is called rather than re-implemented.
/// </summary>
/// <param name="repositoryRoot">The checkout's root (holds <c>scripts/emulators.sh</c>).</param>
public sealed class EmulatorScript(string repositoryRoot)
{
    /// <summary>The script's path.</summary>
    public string ScriptPath { get; } = Path.Combine(repositoryRoot, "scripts", "emulators.sh");

    /// <summary>True when the script reports both emulators running.</summary>
    public async Task<bool> AreRunningAsync(CancellationToken cancellationToken)
    {
        var (code, output) = await RunAsync("status", TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        return code == 0 && output.Contains("azurite: running", StringComparison.Ordinal) && output.Contains("fauxqs: running", StringComparison.Ordinal);
    }

    /// <summary>Installs what is missing (npm ci, Node 22) and starts both; throws with the script's output when it fails.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // npm ci of the emulators on a fresh machine takes a minute or two.
        var (code, output) = await RunAsync("start", TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException($"scripts/emulators.sh start failed (exit {code}): {output}");
        }
    }

    /// <summary>Stops both emulators.</summary>
    public async Task StopAsync(CancellationToken cancellationToken) =>
        _ = await RunAsync("stop", TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);

    /// <summary>Runs the script with one verb; returns the exit code and the combined output.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string verb, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new FileNotFoundException($"{ScriptPath} not found: run evroute from the repository, or pass --repo-root", ScriptPath);
        }

        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ScriptPath);
        start.ArgumentList.Add(verb);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        var output = new StringBuilder();
        var lines = new Lock();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/emulators.sh {verb} did not finish within {timeout}: {output}");
        }

        lock (lines)
        {
            return (process.ExitCode, output.ToString().Trim());
        }

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                output.AppendLine(line);
            }
        }
    }
}
