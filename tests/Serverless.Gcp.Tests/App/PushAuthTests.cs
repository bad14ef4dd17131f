using System.Net;
using System.Security.Cryptography;
using Serverless.Gcp.Tests.Fakes;

namespace Serverless.Gcp.Tests.App;

/// <summary>Push OIDC tokens checked against a local JWK set and an injected clock.</summary>
public sealed class PushAuthTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private FakePubSubServer certs = null!;
    private GcpTestApp app = null!;

    public async Task InitializeAsync()
    {
        certs = await FakePubSubServer.StartAsync();
        app = await StartAsync(certs.CertificatesUrl, new FixedTime(Now));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await certs.DisposeAsync();
    }

    [Theory]
    [InlineData("https://accounts.google.com")]
    [InlineData("accounts.google.com")]
    public async Task Post_ValidToken_Returns204(string issuer)
    {
        var response = await PostWithTokenAsync(app, TestTokens.Create(Now, issuer: issuer));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(app.Aws.Sent);
    }

    public static TheoryData<string, string> BadTokens
    {
        get
        {
            using var otherKey = RSA.Create(2048);
            return new()
            {
                { "wrong audience", TestTokens.Create(Now, audience: "https://someone-else.example/") },
                { "wrong issuer", TestTokens.Create(Now, issuer: "https://evil.example.com") },
                { "wrong email", TestTokens.Create(Now, email: "intruder@evil.iam.gserviceaccount.com") },
                { "email not verified", TestTokens.Create(Now, emailVerified: false) },
                { "expired", TestTokens.Create(Now.AddHours(-2), lifetime: TimeSpan.FromHours(1)) },
                { "bad signature", TestTokens.Create(Now, signWith: otherKey) },
                { "not RS256", TestTokens.Create(Now, algorithm: "HS256") },
                { "garbage", "abc.def" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_InvalidToken_Returns401(string why, string token)
    {
        var response = await PostWithTokenAsync(app, token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: got {(int)response.StatusCode}");
        Assert.Empty(app.Aws.Sent);
        Assert.Contains("push token refused", app.LogLines.Single().GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401()
    {
        var response = await app.PostAsync(Payloads.BinaryEvent("m-a", "ev-a", "com.example.order.created"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenValidNowButClockTwoHoursAhead_Returns401()
    {
        await using var later = await StartAsync(certs.CertificatesUrl, new FixedTime(DateTimeOffset.UtcNow.AddHours(2)));

        var response = await PostWithTokenAsync(later, TestTokens.Create());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SigningKeysUnreachable_Returns503()
    {
        var url = $"http://127.0.0.1:{ClosedPort.Get()}/certs-{Guid.NewGuid():N}";
        await using var blind = await StartAsync(url, TimeProvider.System);

        var response = await PostWithTokenAsync(blind, TestTokens.Create());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(blind.Aws.Sent);
    }

    private static Task<GcpTestApp> StartAsync(string certificatesUrl, TimeProvider time) =>
        GcpTestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["EVROUTE_PUSH_AUDIENCE"] = TestTokens.Audience,
                ["EVROUTE_PUSH_SERVICE_ACCOUNT"] = TestTokens.ServiceAccount,
            },
            certificatesUrl,
            time);

    private static Task<HttpResponseMessage> PostWithTokenAsync(GcpTestApp target, string token) =>
        target.PostAsync(
            Payloads.BinaryEvent("m-auth", "ev-auth", "com.example.order.created"),
            new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" });
}
