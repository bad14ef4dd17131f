namespace Serverless.LocalCloud.DeadLetters;

/// <summary>One message read back from a dead-letter queue, in the shape common to the three clouds.</summary>
/// <param name="Cloud">The cloud whose dead-letter queue held it.</param>
/// <param name="Reason">The <c>evroute-reason</c>, or <c>max-deliveries</c> when the platform moved it after repeated failures.</param>
/// <param name="EventId">The CloudEvent id when known (from the dead-letter fields or the original message).</param>
/// <param name="Body">The original message body as text.</param>
/// <param name="Detail">The <c>evroute-detail</c>, when present.</param>
public sealed record DeadLetterRecord(string Cloud, string Reason, string? EventId, string Body, string? Detail);
