namespace Serverless.PubSubStandIn.Wire;

/// <summary>
/// Stand-in only. Delivered counts every delivery (retries included); nacked counts negative acknowledgements
/// (push failures, deadline 0) and expired counts lapsed ack deadlines; backlog is everything not yet acknowledged.
/// </summary>
public sealed record SubscriptionStats(
    long Received,
    long Delivered,
    long Acked,
    long Nacked,
    long Expired,
    long DeadLettered,
    int Backlog,
    int Outstanding);
