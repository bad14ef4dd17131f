namespace Serverless.PubSubStandIn.Broker;

/// <summary>One subscription's view of a message; mutated only under the subscription's lock.</summary>
internal sealed class PendingMessage(StoredMessage message, DateTimeOffset availableAt)
{
    public StoredMessage Message { get; } = message;

    /// <summary>Deliveries so far: 1 + nacks + lapsed deadlines once it has been delivered.</summary>
    public int DeliveryAttempts { get; set; }

    public DateTimeOffset AvailableAt { get; set; } = availableAt;

    /// <summary>The current lease's ack id; null while the message waits for (re)delivery.</summary>
    public string? AckId { get; set; }

    public DateTimeOffset LeaseExpiry { get; set; }
}
