using Serverless.LambdaRuntimeStandIn;
using Serverless.LocalCloud.Journal;
using Serverless.LocalCloud.Processes;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// The Lambda function as Lambda runs a custom runtime: the real <c>bootstrap</c> executable as a child process,
/// talking to a loopback Runtime API stand-in. A crash (the process exits while it owes an answer) or a time-out
/// (the process is then killed) is a function error; the next invocation starts a fresh execution environment.
/// Its JSON log lines on standard output become journal entries (<see cref="BootstrapJournal"/>).
/// </summary>
public sealed class BootstrapLambda : ILambdaInvoker
{
    private readonly string executable;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly Action<string> log;
    private readonly BootstrapJournal output;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private RuntimeApiStandIn? runtimeApi;
    private ChildProcess? process;
    private int crashes;
    private int starts;

    /// <summary>Creates the invoker; the process starts on the first invocation.</summary>
    public BootstrapLambda(string executable, IReadOnlyDictionary<string, string> environment, JourneyJournal journal, Action<string> log)
    {
        this.executable = executable ?? throw new ArgumentNullException(nameof(executable));
        this.environment = environment ?? throw new ArgumentNullException(nameof(environment));
        this.log = log ?? throw new ArgumentNullException(nameof(log));
        output = new BootstrapJournal(environment, journal ?? throw new ArgumentNullException(nameof(journal)), log);
    }

    /// <summary>True while an invocation is out with the process.</summary>
    public bool Busy { get; private set; }

    /// <summary>Invocations that ended because the process exited (crashed or was killed).</summary>
    public int Crashes => Volatile.Read(ref crashes);

    /// <summary>How many times an execution environment was started.</summary>
    public int Starts => Volatile.Read(ref starts);

    /// <summary>The running process's id, or null.</summary>
    public int? ProcessId => process is { HasExited: false } p ? p.Id : null;

    /// <summary>The bootstrap executable next to this assembly (the functions/Aws build output).</summary>
    public static string DefaultExecutable()
    {
        foreach (var name in new[] { "bootstrap", "Serverless.Functions.Aws" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"no bootstrap executable in {AppContext.BaseDirectory} (build functions/Aws)");
    }

    /// <summary>
    /// Starts the execution environment now and waits until the runtime asks for its first invocation; a start-up
    /// failure (bad settings: <c>/runtime/init/error</c>) throws with the runtime's message.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (api, child) = await EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (api.NextCalls == 0)
        {
            if (api.InitError.IsCompleted)
            {
                throw new InvalidOperationException($"the Lambda bootstrap failed to start: {(await api.InitError.ConfigureAwait(false)).BodyText}");
            }

            if (child.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the Lambda bootstrap ({executable}) {(child.HasExited ? "exited at start-up" : "did not start within 60 s")}");
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the process now (SIGKILL), as a crash would; an invocation it holds fails as a function error.</summary>
    public void Kill() => process?.Kill();

    /// <inheritdoc />
    public async Task<LambdaResult> InvokeAsync(byte[] payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            output.Remember(payload);
            var (api, child) = await EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
            Busy = true;
            output.InvokedAt = DateTimeOffset.UtcNow;
            var pending = api.Invoke(payload, timeout);
            var limit = Task.Delay(timeout + TimeSpan.FromSeconds(2), cancellationToken);
            var first = await Task.WhenAny(pending.Result.Task, child.Exited, limit).ConfigureAwait(false);
            if (first == pending.Result.Task)
            {
                var result = await pending.Result.Task.ConfigureAwait(false);
                return new LambdaResult(result.IsError, result.ErrorType, result.Body);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (first == child.Exited)
            {
                Interlocked.Increment(ref crashes);
                log($"aws: bootstrap (pid {child.Id}) exited during an invocation; the batch is left for redelivery");
                await ResetAsync().ConfigureAwait(false);
                return LambdaResult.Error("Runtime.ExitError", "the runtime exited during the invocation");
            }

            log($"aws: invocation timed out after {timeout.TotalSeconds:F0} s; the execution environment is replaced");
            await ResetAsync().ConfigureAwait(false);
            return LambdaResult.Error("Sandbox.Timedout", $"Task timed out after {timeout.TotalSeconds:F2} seconds");
        }
        finally
        {
            Busy = false;
            oneAtATime.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ResetAsync().ConfigureAwait(false);
        oneAtATime.Dispose();
    }

    private async Task<(RuntimeApiStandIn Api, ChildProcess Process)> EnsureRunningAsync(CancellationToken cancellationToken)
    {
        if (runtimeApi is not null && process is { HasExited: false })
        {
            return (runtimeApi, process);
        }

        await ResetAsync().ConfigureAwait(false);
        runtimeApi = await RuntimeApiStandIn.StartAsync(cancellationToken).ConfigureAwait(false);
        var env = new Dictionary<string, string>(environment, StringComparer.Ordinal) { ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.HostAndPort };
        var (file, arguments) = executable.EndsWith(".dll", StringComparison.Ordinal) ? ("dotnet", new[] { executable }) : (executable, Array.Empty<string>());
        process = ChildProcess.Start(file, arguments, env, output.OnOutput, line => log($"aws: {line}"));
        Interlocked.Increment(ref starts);
        return (runtimeApi, process);
    }

    private async Task ResetAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            process = null;
        }

        if (runtimeApi is not null)
        {
            await runtimeApi.DisposeAsync().ConfigureAwait(false);
            runtimeApi = null;
        }
    }
}
