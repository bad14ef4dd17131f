namespace Serverless.PubSubStandIn.Wire;

/// <summary>Answer of <c>topics.publish</c>: one id per message, in request order.</summary>
public sealed record PublishResponse(IReadOnlyList<string> MessageIds);
