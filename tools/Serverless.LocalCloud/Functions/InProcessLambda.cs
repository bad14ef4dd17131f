using Serverless.Functions.Aws;

namespace Serverless.LocalCloud.Functions;

/// <summary>The Lambda handler called in this process (<see cref="SqsBatchHandler"/>, as the managed runtime would).</summary>
/// <param name="handler">The handler, built with an observed router host.</param>
public sealed class InProcessLambda(SqsBatchHandler handler) : ILambdaInvoker
{
    /// <inheritdoc />
    public async Task<LambdaResult> InvokeAsync(byte[] payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var body = await handler.HandleAsync(payload, DateTimeOffset.UtcNow + timeout, cancellationToken).ConfigureAwait(false);
            return new LambdaResult(false, null, body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a thrown exception is a function error, as on Lambda
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return LambdaResult.Error(ex.GetType().Name, ex.Message);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
