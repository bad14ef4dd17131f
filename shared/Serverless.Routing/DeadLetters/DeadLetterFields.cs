namespace Serverless.Routing.DeadLetters;

/// <summary>
/// Names of the fields every dead letter carries, the same in all three clouds: SQS message attributes, Pub/Sub
/// attributes, and the JSON wrapper of an Azure poison message. <c>evroute dlq</c> reads them back.
/// </summary>
public static class DeadLetterFields
{
    /// <summary>A <see cref="FailureReasons"/> code.</summary>
    public const string Reason = "evroute-reason";

    /// <summary>A sentence explaining the reason.</summary>
    public const string Detail = "evroute-detail";

    /// <summary>When it was dead-lettered, RFC 3339 UTC.</summary>
    public const string FailedAt = "evroute-failed-at";

    /// <summary>How many deliveries it had (dequeue count, receive count, delivery attempt).</summary>
    public const string Attempts = "evroute-attempts";

    /// <summary>The native message id on the inbound queue.</summary>
    public const string MessageId = "evroute-message-id";

    /// <summary>The CloudEvent id, when the message could be decoded.</summary>
    public const string EventId = "evroute-event-id";

    /// <summary>The cloud whose function dead-lettered it (<c>azure</c>, <c>aws</c>, <c>gcp</c>).</summary>
    public const string Cloud = "evroute-cloud";

    /// <summary>
    /// A JSON object of the original message's string attributes, where the transport cannot keep them one by one
    /// beside these fields (SQS allows 10 message attributes; a binary-mode CloudEvent needs its <c>ce-*</c> ones).
    /// </summary>
    public const string OriginalAttributes = "evroute-attributes";
}
