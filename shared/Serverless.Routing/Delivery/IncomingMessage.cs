namespace Serverless.Routing.Delivery;

/// <summary>A message as it arrived on a native queue, before ingestion: bytes plus transport metadata.</summary>
public sealed record IncomingMessage
{
    /// <summary>An empty attribute map.</summary>
    public static IReadOnlyDictionary<string, string> NoAttributes { get; } = new Dictionary<string, string>();

    /// <summary>The native message id (SQS messageId, Storage Queue MessageId, Pub/Sub messageId); stable across redeliveries.</summary>
    public required string MessageId { get; init; }

    /// <summary>The body (SQS body, decoded Storage Queue text, Pub/Sub data) as bytes.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>String attributes: SQS message attributes, Pub/Sub attributes, or HTTP headers.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = NoAttributes;

    /// <summary>The transport's content type when it has one.</summary>
    public string? ContentType { get; init; }

    /// <summary>How many times this message has been delivered, this delivery included (1 on the first).</summary>
    public int DeliveryCount { get; init; } = 1;

    /// <summary>When the message was first enqueued, when the transport says.</summary>
    public DateTimeOffset? EnqueuedAt { get; init; }
}
