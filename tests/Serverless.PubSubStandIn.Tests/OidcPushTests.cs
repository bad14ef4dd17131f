using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Google.Apis.Auth;

namespace Serverless.PubSubStandIn.Tests;

public sealed class OidcPushTests : StandInHarness
{
    private const string Account = "pusher@test-project.iam.gserviceaccount.com";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Push_WithOidcToken_BearerVerifiesWithGoogleLibraryAgainstServedJwks()
    {
        var token = await PushAndTakeTokenAsync("https://router.example/pubsub");

        var payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(token, Verification("https://router.example/pubsub"));

        Assert.Equal(Account, payload.Email);
        Assert.True(payload.EmailVerified);
        Assert.Equal("https://accounts.google.com", payload.Issuer);
    }

    [Fact]
    public async Task Push_OidcWithoutAudience_UsesThePushEndpointAsAudience()
    {
        await using var receiver = await PushReceiver.StartAsync(204);
        var token = await PushAndTakeTokenAsync(audience: null, receiver);

        var payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(token, Verification(receiver.Endpoint.ToString()));

        Assert.Equal(receiver.Endpoint.ToString(), Assert.Single(payload.AudienceAsList));
    }

    [Fact]
    public async Task Push_TamperedToken_IsRejectedByTheVerifier()
    {
        var token = await PushAndTakeTokenAsync("aud-1");
        var parts = token.Split('.');
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""{"aud":"aud-1","email":"evil@x","email_verified":true,"iss":"https://accounts.google.com","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        await Assert.ThrowsAsync<InvalidJwtException>(() =>
            JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>($"{parts[0]}.{forged}.{parts[2]}", Verification("aud-1")));
    }

    [Fact]
    public async Task Certs_V1Pem_VerifiesThePushTokenSignature()
    {
        var token = await PushAndTakeTokenAsync("aud-pem");
        var parts = token.Split('.');
        var kid = JsonNode.Parse(FromBase64Url(parts[0]))!["kid"]!.GetValue<string>();

        var certs = await Client.OkAsync(HttpMethod.Get, "oauth2/v1/certs");

        using var certificate = X509Certificate2.CreateFromPem(certs[kid]!.GetValue<string>());
        using var key = certificate.GetRSAPublicKey()!;
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private SignedTokenVerificationOptions Verification(string audience) => new()
    {
        CertificatesUrl = new Uri(Server.BaseAddress, "oauth2/v3/certs").ToString(),
        TrustedIssuers = { "https://accounts.google.com" },
        TrustedAudiences = { audience },
    };

    private async Task<string> PushAndTakeTokenAsync(string audience)
    {
        await using var receiver = await PushReceiver.StartAsync(204);
        return await PushAndTakeTokenAsync(audience, receiver);
    }

    private async Task<string> PushAndTakeTokenAsync(string? audience, PushReceiver receiver)
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-push", new
        {
            topic = StandInClient.TopicName("orders"),
            pushConfig = new { pushEndpoint = receiver.Endpoint, oidcToken = new { serviceAccountEmail = Account, audience } },
        });
        await Client.PublishTextAsync("orders", "signed");
        var push = Assert.Single(await receiver.WaitForAsync(1, Timeout));
        Assert.StartsWith("Bearer ", push.Authorization, StringComparison.Ordinal);
        return push.Authorization["Bearer ".Length..];
    }

    private static byte[] FromBase64Url(string text) =>
        Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
}
