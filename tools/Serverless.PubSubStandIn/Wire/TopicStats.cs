namespace Serverless.PubSubStandIn.Wire;

/// <summary>Stand-in only: messages accepted by one topic.</summary>
public sealed record TopicStats(long Published);
