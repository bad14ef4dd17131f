using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Serverless.PubSubStandIn.Auth;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Api;

/// <summary>
/// Not Google's API: fault injection and statistics under /standin/, and the token-signing certificates
/// under Google's own paths (/oauth2/v1/certs PEM, /oauth2/v3/certs JWK) so validators can point here.
/// </summary>
internal static class StandInEndpoints
{
    private static readonly string[] SigningAlgorithms = ["RS256"];

    public static void Map(IEndpointRouteBuilder app, PubSubBroker broker, FaultInjector faults, OidcTokenSigner signer)
    {
        app.MapPost("/standin/faults", (HttpRequest request) => Respond.RunAsync(async () =>
        {
            faults.Set(await Respond.ReadAsync<FaultRequest>(request).ConfigureAwait(false) ?? new FaultRequest());
            return null;
        }));
        app.MapDelete("/standin/faults", () => Respond.Run(() =>
        {
            faults.Clear();
            return null;
        }));
        app.MapGet("/standin/stats", () => Respond.Run(broker.Stats));
        app.MapGet("/oauth2/v1/certs", () => Results.Json(signer.PemCertificates()));
        app.MapGet("/oauth2/v3/certs", () => Results.Json(signer.JsonWebKeySet()));
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request) => Results.Json(new
        {
            issuer = "https://accounts.google.com",
            jwks_uri = $"{request.Scheme}://{request.Host}/oauth2/v3/certs",
            id_token_signing_alg_values_supported = SigningAlgorithms,
        }));
        app.MapFallback(() => Respond.Error(404, "Not found: the stand-in does not serve this path."));
    }
}
