namespace Serverless.PubSubStandIn.Wire;

/// <summary>Body of <c>subscriptions.modifyAckDeadline</c>; 0 seconds is a nack.</summary>
public sealed record ModifyAckDeadlineRequest
{
    public IReadOnlyList<string>? AckIds { get; init; }
    public int? AckDeadlineSeconds { get; init; }
}
