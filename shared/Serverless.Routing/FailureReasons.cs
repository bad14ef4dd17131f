namespace Serverless.Routing;

/// <summary>
/// Reason codes written on every dead letter (and in logs). They are part of the product's interface: the on-call
/// README explains each one, and <c>evroute dlq</c> filters on them.
/// </summary>
public static class FailureReasons
{
    /// <summary>The message is not a valid CloudEvent and no native envelope mapping applies.</summary>
    public const string Invalid = "invalid";

    /// <summary>No route matched and the table says <c>"unmatched": "deadletter"</c>.</summary>
    public const string Unmatched = "unmatched";

    /// <summary>The loop guard stopped it: past <c>maxHops</c>, or every destination is already on its path.</summary>
    public const string Loop = "loop";

    /// <summary>The event is larger than the decoder's limit or a destination's message size limit.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A destination refused the event permanently (for example a 4xx other than throttling).</summary>
    public const string Rejected = "rejected";

    /// <summary>
    /// Not a failure: a forwarded event arrived in a cloud where no route sends it further, so its journey ends
    /// there (consumers read it from that cloud's inbound queue or topic).
    /// </summary>
    public const string Delivered = "delivered";

    /// <summary>Not a dead-letter reason: a destination failed transiently, so the message goes back for redelivery.</summary>
    public const string Transient = "transient";

    /// <summary>Redelivered too often after transient failures (set by the platform or the local pumps).</summary>
    public const string MaxDeliveries = "max-deliveries";
}
