namespace Serverless.Functions.Gcp.Auth;

/// <summary>What a push request's OIDC token must prove (Pub/Sub "Authenticate push subscriptions").</summary>
public sealed record PushAuthOptions
{
    /// <summary>The token's required <c>aud</c> (<c>EVROUTE_PUSH_AUDIENCE</c>).</summary>
    public required string Audience { get; init; }

    /// <summary>The push service account the token's <c>email</c> must name (<c>EVROUTE_PUSH_SERVICE_ACCOUNT</c>); null accepts any verified email (the settings never leave it null when an audience is set).</summary>
    public string? ServiceAccountEmail { get; init; }

    /// <summary>Where the signing keys (a JWK set) are fetched; null for Google's (<c>https://www.googleapis.com/oauth2/v3/certs</c>).</summary>
    public string? CertificatesUrl { get; init; }

    /// <summary>The clock <c>iat</c> and <c>exp</c> are checked against.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How far in the future <c>iat</c> may be, for clock skew (Google's validator allows 30 s too).</summary>
    public TimeSpan IssuedAtTolerance { get; init; } = TimeSpan.FromSeconds(30);
}
