namespace Serverless.PubSubStandIn.Wire;

/// <summary>Body of <c>topics.publish</c>.</summary>
public sealed record PublishRequest
{
    public IReadOnlyList<PubsubMessage>? Messages { get; init; }
}
