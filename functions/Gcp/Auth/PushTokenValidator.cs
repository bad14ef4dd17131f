using Google.Apis.Auth;
using Microsoft.Extensions.Primitives;

namespace Serverless.Functions.Gcp.Auth;

/// <summary>
/// Verifies the OIDC token Pub/Sub puts on push requests: <c>Authorization: Bearer</c> JWT, RS256 signature by a key
/// from Google's JWK set, <c>iss</c> <c>https://accounts.google.com</c> or <c>accounts.google.com</c>, <c>aud</c>
/// the configured audience, <c>email</c> the push service account and <c>email_verified</c> true, within
/// <c>iat</c>/<c>exp</c>.
/// </summary>
/// <remarks>
/// Google.Apis.Auth's <c>JsonWebSignature.VerifySignedTokenAsync</c> checks signature, issuer, audience and times
/// (against the system clock) and caches the key set per URL for an hour; its options take a certificate URL, which
/// <c>GoogleJsonWebSignature.ValidateAsync</c> does not. The times are checked again against the injected clock, and
/// the email claims here, since the generic verifier knows nothing of them.
/// </remarks>
public sealed class PushTokenValidator
{
    private static readonly string[] Issuers = ["https://accounts.google.com", "accounts.google.com"];

    private readonly PushAuthOptions options;
    private readonly SignedTokenVerificationOptions verification;

    /// <summary>Creates a validator.</summary>
    public PushTokenValidator(PushAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Audience);
        this.options = options;
        verification = new SignedTokenVerificationOptions { CertificatesUrl = options.CertificatesUrl, IssuedAtClockTolerance = options.IssuedAtTolerance };
        verification.TrustedAudiences.Add(options.Audience);
        foreach (var issuer in Issuers)
        {
            verification.TrustedIssuers.Add(issuer);
        }
    }

    /// <summary>Checks the request's <c>Authorization</c> header.</summary>
    public async Task<PushAuthResult> ValidateAsync(StringValues authorization, CancellationToken cancellationToken)
    {
        var header = authorization.Count == 1 ? authorization[0] : null;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return PushAuthResult.Unauthorized(authorization.Count == 0 ? "no Authorization header" : "the Authorization header is not one Bearer token");
        }

        var token = header["Bearer ".Length..].Trim();
        if (JwtShape.Problem(token) is { } problem)
        {
            return PushAuthResult.Unauthorized(problem);
        }

        GoogleJsonWebSignature.Payload payload;
        try
        {
            payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(token, verification, cancellationToken);
        }
        catch (InvalidJwtException ex)
        {
            return PushAuthResult.Unauthorized(ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The key set could not be fetched or read: not the sender's fault, so Pub/Sub should try again.
            return new PushAuthResult(503, $"cannot fetch the token signing keys: {ex.Message}");
        }

        return CheckClaims(payload);
    }

    private PushAuthResult CheckClaims(GoogleJsonWebSignature.Payload payload)
    {
        if (!payload.AudienceAsList.Contains(options.Audience, StringComparer.Ordinal))
        {
            return PushAuthResult.Unauthorized("the token's aud is not the configured audience");
        }

        var now = options.Time.GetUtcNow();
        if (payload.IssuedAtTimeSeconds is not { } iat || DateTimeOffset.FromUnixTimeSeconds(iat) > now + options.IssuedAtTolerance)
        {
            return PushAuthResult.Unauthorized("the token is not yet valid");
        }

        if (payload.ExpirationTimeSeconds is not { } exp || DateTimeOffset.FromUnixTimeSeconds(exp) < now)
        {
            return PushAuthResult.Unauthorized("the token has expired");
        }

        if (options.ServiceAccountEmail is { } email && !string.Equals(payload.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            return PushAuthResult.Unauthorized($"the token's email '{payload.Email}' is not the push service account");
        }

        return payload.EmailVerified ? PushAuthResult.Accepted : PushAuthResult.Unauthorized("the token's email is not verified");
    }
}
