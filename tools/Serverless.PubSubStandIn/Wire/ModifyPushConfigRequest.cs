namespace Serverless.PubSubStandIn.Wire;

/// <summary>Body of <c>subscriptions.modifyPushConfig</c>; an empty push config turns push off.</summary>
public sealed record ModifyPushConfigRequest
{
    public PushConfig? PushConfig { get; init; }
}
