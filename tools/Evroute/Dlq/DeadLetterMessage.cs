using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>
/// One message in a cloud's dead-letter store, read back: the original message (body and attributes, without the
/// dead-letter fields) plus why and when it failed, and what the core's ingestor makes of it.
/// </summary>
internal sealed record DeadLetterMessage
{
    /// <summary>The cloud whose dead-letter store holds it.</summary>
    public required Cloud Cloud { get; init; }

    /// <summary>The store's name (queue or subscription), for messages.</summary>
    public required string Store { get; init; }

    /// <summary>The message's id in the dead-letter store.</summary>
    public required string MessageId { get; init; }

    /// <summary>The message's id on the inbound queue, when the dead letter records it.</summary>
    public string? InboundMessageId { get; init; }

    /// <summary>A <see cref="FailureReasons"/> code; <c>max-deliveries</c> for messages the platform moved.</summary>
    public required string Reason { get; init; }

    /// <summary>The reason sentence, when the function wrote one.</summary>
    public string? Detail { get; init; }

    /// <summary>When it was dead-lettered (for platform-moved SQS messages: when it was first sent).</summary>
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>How many deliveries it had, when known.</summary>
    public int? Attempts { get; init; }

    /// <summary>The original body, exactly as the inbound queue held it (Azure wrapper removed).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The original attributes (SQS message attributes, Pub/Sub attributes), dead-letter fields removed.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>What the ingestor makes of the original.</summary>
    public required DecodedLetter Decoded { get; init; }

    /// <summary>The store's handle for settling a leased message (receipt handle, pop receipt, ack id); null when peeked.</summary>
    public string? Receipt { get; init; }

    /// <summary>The event id when known: the decoded CloudEvent's, else the one the dead letter recorded.</summary>
    public string? EventId => Decoded.EventId;
}
