namespace Serverless.PubSubStandIn.Broker;

/// <summary>Stand-in statistics for one subscription; updated with interlocked operations.</summary>
internal sealed class SubscriptionCounters
{
    private long received;
    private long delivered;
    private long acked;
    private long nacked;
    private long expired;
    private long deadLettered;

    public long Received => Interlocked.Read(ref received);

    public long Delivered => Interlocked.Read(ref delivered);

    public long Acked => Interlocked.Read(ref acked);

    public long Nacked => Interlocked.Read(ref nacked);

    public long Expired => Interlocked.Read(ref expired);

    public long DeadLettered => Interlocked.Read(ref deadLettered);

    public void AddReceived() => Interlocked.Increment(ref received);

    public void AddDelivered(int count) => Interlocked.Add(ref delivered, count);

    public void AddAcked() => Interlocked.Increment(ref acked);

    public void AddNacked() => Interlocked.Increment(ref nacked);

    public void AddExpired() => Interlocked.Increment(ref expired);

    public void AddDeadLettered() => Interlocked.Increment(ref deadLettered);
}
