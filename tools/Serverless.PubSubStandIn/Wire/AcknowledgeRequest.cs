namespace Serverless.PubSubStandIn.Wire;

/// <summary>Body of <c>subscriptions.acknowledge</c>.</summary>
public sealed record AcknowledgeRequest
{
    public IReadOnlyList<string>? AckIds { get; init; }
}
