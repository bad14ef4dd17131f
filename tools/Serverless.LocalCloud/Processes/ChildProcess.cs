using System.Diagnostics;

namespace Serverless.LocalCloud.Processes;

/// <summary>
/// A child process in its own session and process group (started through <c>setsid</c>), so a Ctrl-C in the terminal
/// reaches only the parent, which then stops it; its standard output and error are handed over line by line.
/// Disposing kills it and everything it started.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;

    private ChildProcess(Process process) => this.process = process;

    /// <summary>The process id (also its process group id).</summary>
    public int Id => process.Id;

    /// <summary>True once it has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Completes when the process exits.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/>, adding <paramref name="environment"/> to this process's.</summary>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        Action<string> onOutput,
        Action<string> onError)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(onOutput);
        ArgumentNullException.ThrowIfNull(onError);
        var setsid = File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : null;
        var start = new ProcessStartInfo(setsid ?? fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        if (setsid is not null)
        {
            start.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onOutput(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onError(e.Data);
            }
        };
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"could not start {fileName}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process);
        child.Exited = process.WaitForExitAsync();
        return child;
    }

    /// <summary>Kills the process and its descendants at once (SIGKILL), as a crash would end it.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited in between.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await Exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported by the caller's own checks; nothing more can be done here.
        }

        process.Dispose();
    }
}
