namespace Serverless.Functions.Gcp.Push;

/// <summary>The HTTP status for a routed message and what the dead-letter step did, for the log line.</summary>
/// <param name="Status">204 acknowledges; anything else is a nack Pub/Sub retries.</param>
/// <param name="DeadLetter"><c>published</c>, <c>failed</c> or <c>unconfigured</c> when the message was a dead letter; else null.</param>
/// <param name="DeadLetterError">Why publishing the dead letter failed.</param>
public readonly record struct PushAnswer(int Status, string? DeadLetter = null, string? DeadLetterError = null);
