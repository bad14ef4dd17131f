namespace Serverless.Functions.Gcp.Push;

/// <summary>
/// The body of a Pub/Sub push request (and of an Eventarc <c>messagePublished</c> event):
/// <c>{"message":{"data","attributes","messageId","publishTime"},"subscription","deliveryAttempt"}</c>.
/// </summary>
public sealed record PushEnvelope
{
    /// <summary><c>message.messageId</c> (or the older <c>message_id</c>).</summary>
    public required string MessageId { get; init; }

    /// <summary><c>message.data</c>, base64-decoded; empty when absent.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary><c>message.attributes</c>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary><c>message.publishTime</c> (or <c>publish_time</c>), when present and valid.</summary>
    public DateTimeOffset? PublishTime { get; init; }

    /// <summary>The subscription that pushed it.</summary>
    public string? Subscription { get; init; }

    /// <summary>The delivery attempt, only sent when the subscription has a dead-letter policy.</summary>
    public int? DeliveryAttempt { get; init; }
}
