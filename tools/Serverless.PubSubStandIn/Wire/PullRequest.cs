namespace Serverless.PubSubStandIn.Wire;

/// <summary>Body of <c>subscriptions.pull</c>.</summary>
public sealed record PullRequest
{
    public int? MaxMessages { get; init; }
    public bool? ReturnImmediately { get; init; }
}
