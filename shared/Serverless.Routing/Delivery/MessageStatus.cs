namespace Serverless.Routing.Delivery;

/// <summary>What the adapter must do with an incoming message.</summary>
public enum MessageStatus
{
    /// <summary>Every event was delivered to every destination: acknowledge.</summary>
    Routed,

    /// <summary>Deliberately not forwarded (unmatched with <c>drop</c>, S3 test event): acknowledge.</summary>
    Dropped,

    /// <summary>A transient failure: hand it back to the platform for redelivery.</summary>
    Retry,

    /// <summary>A permanent failure: write it to the dead-letter queue with <see cref="MessageOutcome.Reason"/>, then acknowledge.</summary>
    DeadLetter,
}
