namespace Serverless.PubSubStandIn.Wire;

/// <summary>Answer of <c>topics.list</c> (no paging: everything in one page).</summary>
public sealed record ListTopicsResponse(IReadOnlyList<Topic> Topics);
