namespace Serverless.PubSubStandIn.Wire;

/// <summary>Push delivery settings; an empty one (no endpoint) makes the subscription a pull subscription.</summary>
public sealed record PushConfig
{
    public string? PushEndpoint { get; init; }
    public OidcToken? OidcToken { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
