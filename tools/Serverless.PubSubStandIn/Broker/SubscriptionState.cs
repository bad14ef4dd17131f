using System.Security.Cryptography;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>
/// One subscription's backlog and leases. Every method is thread-safe; dead letters are handed to the
/// sink outside the lock so forwarding them cannot dead-lock against another subscription.
/// </summary>
internal sealed class SubscriptionState(
    string name,
    SubscriptionSettings settings,
    TimeScales scales,
    Action<SubscriptionState, IReadOnlyList<PendingMessage>> deadLetterSink)
{
    private readonly Lock gate = new();
    private readonly List<PendingMessage> queue = [];
    private readonly Dictionary<string, PendingMessage> leased = new(StringComparer.Ordinal);
    private long leaseSequence;

    public string Name { get; } = name;

    public SubscriptionSettings Settings { get; private set; } = settings;

    public SubscriptionCounters Counters { get; } = new();

    /// <summary>Set whenever a message becomes deliverable sooner than a waiter might expect.</summary>
    public WakeSignal Arrivals { get; } = new();

    public void Update(Func<SubscriptionSettings, SubscriptionSettings> change)
    {
        lock (gate)
        {
            Settings = change(Settings);
        }

        Arrivals.Set();
    }

    public void Enqueue(StoredMessage message, DateTimeOffset now)
    {
        lock (gate)
        {
            queue.Add(new PendingMessage(message, now));
        }

        Counters.AddReceived();
        Arrivals.Set();
    }

    public (int Backlog, int Outstanding) Sizes()
    {
        lock (gate)
        {
            return (queue.Count, leased.Count);
        }
    }

    /// <summary>Leases up to <paramref name="max"/> deliverable messages, oldest first.</summary>
    public IReadOnlyList<Lease> Lease(int max, DateTimeOffset now)
    {
        var result = new List<Lease>();
        lock (gate)
        {
            // With ordering on, only the oldest pending message of a key may be out; later ones wait behind it.
            HashSet<string>? seenKeys = Settings.EnableMessageOrdering ? new(StringComparer.Ordinal) : null;
            for (var i = 0; i < queue.Count && result.Count < max; i++)
            {
                var pending = queue[i];
                var key = pending.Message.OrderingKey;
                var blocked = seenKeys is not null && !string.IsNullOrEmpty(key) && !seenKeys.Add(key);
                if (blocked || pending.AckId is not null || pending.AvailableAt > now)
                {
                    continue;
                }

                pending.DeliveryAttempts++;
                pending.AckId = $"{Interlocked.Increment(ref leaseSequence)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8))}";
                pending.LeaseExpiry = now + scales.ScaleAckDeadline(Settings.AckDeadlineSeconds);
                leased[pending.AckId] = pending;
                result.Add(new Lease(pending.AckId, pending.Message, pending.DeliveryAttempts));
            }
        }

        Counters.AddDelivered(result.Count);
        return result;
    }

    /// <summary>Settles leases; unknown or stale ack ids are ignored, as Google does.</summary>
    public void Acknowledge(IEnumerable<string> ackIds)
    {
        lock (gate)
        {
            foreach (var ackId in ackIds)
            {
                if (leased.Remove(ackId, out var pending))
                {
                    queue.Remove(pending);
                    Counters.AddAcked();
                }
            }
        }
    }

    /// <summary>Extends leases, or with 0 seconds nacks them (back-off, then redelivery or dead letter).</summary>
    public void ModifyAckDeadline(IEnumerable<string> ackIds, int seconds, DateTimeOffset now)
    {
        var dead = new List<PendingMessage>();
        lock (gate)
        {
            foreach (var ackId in ackIds)
            {
                if (!leased.TryGetValue(ackId, out var pending))
                {
                    continue;
                }

                if (seconds == 0)
                {
                    Counters.AddNacked();
                    Release(pending, now, dead);
                }
                else
                {
                    pending.LeaseExpiry = now + scales.ScaleAckDeadline(seconds);
                }
            }
        }

        Finish(dead);
    }

    public void Nack(string ackId, DateTimeOffset now) => ModifyAckDeadline([ackId], 0, now);

    /// <summary>Expires lapsed leases (a delivery attempt each) and drops messages older than the retention.</summary>
    public void Sweep(DateTimeOffset now)
    {
        var dead = new List<PendingMessage>();
        var expired = 0;
        lock (gate)
        {
            foreach (var pending in leased.Values.Where(p => p.LeaseExpiry <= now).ToList())
            {
                expired++;
                Counters.AddExpired();
                Release(pending, now, dead);
            }

            queue.RemoveAll(p => p.AckId is null && p.Message.PublishTime + Settings.Retention < now);
        }

        if (expired > 0)
        {
            Finish(dead);
        }
    }

    private void Release(PendingMessage pending, DateTimeOffset now, List<PendingMessage> dead)
    {
        leased.Remove(pending.AckId!);
        pending.AckId = null;
        if (Settings.HasDeadLetterPolicy && pending.DeliveryAttempts >= Settings.MaxDeliveryAttempts)
        {
            queue.Remove(pending);
            dead.Add(pending);
            return;
        }

        pending.AvailableAt = now + scales.ScaleBackoff(Backoff.Delay(Settings, pending.DeliveryAttempts));
    }

    private void Finish(List<PendingMessage> dead)
    {
        if (dead.Count > 0)
        {
            deadLetterSink(this, dead);
        }

        Arrivals.Set();
    }
}
