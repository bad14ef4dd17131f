namespace Serverless.Functions.Aws.Runtime;

/// <summary>
/// The custom runtime's main loop: initialise once (a failure goes to <c>/runtime/init/error</c> and ends the
/// process), then next / handle / respond until the Runtime API goes away or the token is cancelled.
/// </summary>
/// <param name="client">The Runtime API client.</param>
/// <param name="initialise">Builds the handler; runs once, before the first <c>next</c>.</param>
/// <param name="error">Where the loop's own failures are written (standard error).</param>
/// <param name="setTraceId">Receives each invocation's trace id; the default sets <c>_X_AMZN_TRACE_ID</c>.</param>
public sealed class RuntimeLoop(RuntimeApiClient client, Func<IInvocationHandler> initialise, TextWriter error, Action<string?>? setTraceId = null)
{
    /// <summary>Exit code after a start-up failure or when the Runtime API fails.</summary>
    public const int FailureExitCode = 1;

    private readonly Action<string?> setTraceId = setTraceId ?? (id => Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", id));

    /// <summary>Runs the loop; returns the process exit code (0 when cancelled).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(initialise);
        IInvocationHandler handler;
        try
        {
            handler = initialise();
        }
#pragma warning disable CA1031 // every start-up failure must reach /runtime/init/error
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"bootstrap: start-up failed: {ex.Message}").ConfigureAwait(false);
            return await ReportInitErrorAsync(ex, cancellationToken).ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await InvokeOnceAsync(handler, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (HttpRequestException ex)
            {
                // Only the Runtime API itself fails this way; without it there is nothing left to do.
                await error.WriteLineAsync($"bootstrap: Runtime API failed: {ex.Message}").ConfigureAwait(false);
                return FailureExitCode;
            }
        }

        return 0;
    }

    private async Task InvokeOnceAsync(IInvocationHandler handler, CancellationToken cancellationToken)
    {
        var invocation = await client.GetNextAsync(cancellationToken).ConfigureAwait(false);
        setTraceId(invocation.TraceId);
        byte[] response;
        try
        {
            response = await handler.HandleAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"bootstrap: invocation {invocation.RequestId} failed: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            await client.PostErrorAsync(invocation.RequestId, ex, cancellationToken).ConfigureAwait(false);
            return;
        }

        await client.PostResponseAsync(invocation.RequestId, response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ReportInitErrorAsync(Exception ex, CancellationToken cancellationToken)
    {
        try
        {
            await client.PostInitErrorAsync(ex, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException postFailure)
        {
            await error.WriteLineAsync($"bootstrap: could not report the start-up failure: {postFailure.Message}").ConfigureAwait(false);
        }

        return FailureExitCode;
    }
}
