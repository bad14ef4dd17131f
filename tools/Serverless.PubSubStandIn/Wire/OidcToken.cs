namespace Serverless.PubSubStandIn.Wire;

/// <summary>Asks for an OIDC bearer token on every push request.</summary>
public sealed record OidcToken
{
    public string? ServiceAccountEmail { get; init; }
    public string? Audience { get; init; }
}
