using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>The subscription half of the broker: lifecycle, pull, sweeping and statistics.</summary>
internal sealed partial class PubSubBroker
{
    public IEnumerable<SubscriptionState> Subscriptions => subscriptions.Values;

    public Subscription CreateSubscription(string project, string id, Subscription body)
    {
        var name = ResourceNames.Subscription(project, id);
        lock (topology)
        {
            var settings = SubscriptionSettingsParser.Parse(body, topics.ContainsKey);
            var state = new SubscriptionState(name, settings, scales, ForwardDeadLetters);
            return subscriptions.TryAdd(name, state) ? settings.ToWire(name) : throw ApiException.AlreadyExists(name);
        }
    }

    public Subscription GetSubscription(string project, string id)
    {
        var state = Find(project, id);
        return state.Settings.ToWire(state.Name);
    }

    public void DeleteSubscription(string project, string id)
    {
        var name = ResourceNames.Subscription(project, id);
        if (!subscriptions.TryRemove(name, out _))
        {
            throw ApiException.NotFound(name);
        }
    }

    public ListSubscriptionsResponse ListSubscriptions(string project) =>
        new([.. subscriptions.Values
            .Where(s => s.Name.StartsWith($"projects/{project}/", StringComparison.Ordinal))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Settings.ToWire(s.Name))]);

    public SubscriptionState Find(string project, string id)
    {
        var name = ResourceNames.Subscription(project, id);
        return subscriptions.TryGetValue(name, out var state) ? state : throw ApiException.NotFound(name);
    }

    public void ModifyPushConfig(string project, string id, ModifyPushConfigRequest request)
    {
        var push = SubscriptionSettingsParser.CheckPush(request.PushConfig);
        Find(project, id).Update(s => s with { Push = push });
        PushWork.Set();
    }

    /// <summary>Pulls; without returnImmediately waits up to <paramref name="wait"/> for a first message.</summary>
    public async Task<PullResponse> PullAsync(string project, string id, PullRequest request, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (request.MaxMessages is not > 0)
        {
            throw ApiException.Invalid("maxMessages must be a positive integer.");
        }

        var state = Find(project, id);
        var deadline = Now + (request.ReturnImmediately == true ? TimeSpan.Zero : wait);
        while (true)
        {
            var signal = state.Arrivals.Current;
            state.Sweep(Now);
            var leases = state.Lease(Math.Min(request.MaxMessages.Value, 1000), Now);
            var remaining = deadline - Now;
            if (leases.Count > 0 || remaining <= TimeSpan.Zero)
            {
                var withAttempts = state.Settings.HasDeadLetterPolicy;
                return new PullResponse([.. leases.Select(l => new ReceivedMessage(l.AckId, l.Message.ToWire(), withAttempts ? l.DeliveryAttempt : null))]);
            }

            // Back-off expiry raises no signal, so look again at least every 50 ms.
            await WakeSignal.WaitAsync(signal, remaining < TimeSpan.FromMilliseconds(50) ? remaining : TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Sweep()
    {
        foreach (var subscription in subscriptions.Values)
        {
            subscription.Sweep(Now);
        }
    }

    public StatsResponse Stats()
    {
        var topicStats = topics.ToDictionary(t => t.Key, t => new TopicStats(t.Value.Published), StringComparer.Ordinal);
        var subscriptionStats = subscriptions.ToDictionary(
            s => s.Key,
            s =>
            {
                var (backlog, outstanding) = s.Value.Sizes();
                var c = s.Value.Counters;
                return new SubscriptionStats(c.Received, c.Delivered, c.Acked, c.Nacked, c.Expired, c.DeadLettered, backlog, outstanding);
            },
            StringComparer.Ordinal);
        return new StatsResponse(topicStats, subscriptionStats, faults.FailedPublishes);
    }
}
