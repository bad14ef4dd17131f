namespace Serverless.PubSubStandIn.Wire;

/// <summary>Answer of <c>subscriptions.pull</c>.</summary>
public sealed record PullResponse(IReadOnlyList<ReceivedMessage> ReceivedMessages);
