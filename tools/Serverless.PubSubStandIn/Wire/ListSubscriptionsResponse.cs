namespace Serverless.PubSubStandIn.Wire;

/// <summary>Answer of <c>subscriptions.list</c> (no paging: everything in one page).</summary>
public sealed record ListSubscriptionsResponse(IReadOnlyList<Subscription> Subscriptions);
