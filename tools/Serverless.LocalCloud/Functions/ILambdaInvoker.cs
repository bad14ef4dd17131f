namespace Serverless.LocalCloud.Functions;

/// <summary>Runs the Lambda function for one invocation payload (one execution environment: one invocation at a time).</summary>
public interface ILambdaInvoker : IAsyncDisposable
{
    /// <summary>Invokes the function; never throws for a function failure (that is a <see cref="LambdaResult.IsError"/> result).</summary>
    Task<LambdaResult> InvokeAsync(byte[] payload, TimeSpan timeout, CancellationToken cancellationToken);
}
