namespace Serverless.Functions.Aws.Runtime;

/// <summary>One invocation as <c>GET /runtime/invocation/next</c> returned it.</summary>
/// <param name="RequestId">Lambda-Runtime-Aws-Request-Id.</param>
/// <param name="Deadline">Lambda-Runtime-Deadline-Ms, when it was present and valid.</param>
/// <param name="FunctionArn">Lambda-Runtime-Invoked-Function-Arn.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id.</param>
/// <param name="Payload">The event.</param>
public sealed record Invocation(string RequestId, DateTimeOffset? Deadline, string? FunctionArn, string? TraceId, ReadOnlyMemory<byte> Payload);
