namespace Serverless.PubSubStandIn.Wire;

/// <summary>Stand-in only: counters keyed by full resource name.</summary>
public sealed record StatsResponse(
    IReadOnlyDictionary<string, TopicStats> Topics,
    IReadOnlyDictionary<string, SubscriptionStats> Subscriptions,
    long FailedPublishes);
