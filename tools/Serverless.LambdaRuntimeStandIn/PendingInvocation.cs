namespace Serverless.LambdaRuntimeStandIn;

/// <summary>An event waiting to be fetched, and what the runtime posts back for it.</summary>
/// <param name="RequestId">Lambda-Runtime-Aws-Request-Id.</param>
/// <param name="Payload">The event.</param>
/// <param name="Deadline">Lambda-Runtime-Deadline-Ms.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id.</param>
/// <param name="FunctionArn">Lambda-Runtime-Invoked-Function-Arn.</param>
public sealed record PendingInvocation(string RequestId, byte[] Payload, DateTimeOffset Deadline, string TraceId, string FunctionArn)
{
    /// <summary>Completes when the runtime posts the response or the error.</summary>
    public TaskCompletionSource<InvocationResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
