namespace Serverless.PubSubStandIn.Wire;

/// <summary>Answer of <c>topics.subscriptions.list</c>: subscription names.</summary>
public sealed record ListTopicSubscriptionsResponse(IReadOnlyList<string> Subscriptions);
