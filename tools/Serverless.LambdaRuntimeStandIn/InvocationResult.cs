namespace Serverless.LambdaRuntimeStandIn;

/// <summary>What the runtime posted back for one invocation (or for start-up, with <see cref="RequestId"/> null).</summary>
/// <param name="RequestId">The invocation's request id; null for <c>/runtime/init/error</c>.</param>
/// <param name="IsError">True for an error post.</param>
/// <param name="ErrorType">The <c>Lambda-Runtime-Function-Error-Type</c> header of an error post.</param>
/// <param name="Body">The posted body.</param>
/// <param name="ReceivedAt">When the stand-in received it.</param>
public sealed record InvocationResult(string? RequestId, bool IsError, string? ErrorType, byte[] Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
