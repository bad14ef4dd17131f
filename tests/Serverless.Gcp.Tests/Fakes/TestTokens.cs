using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Serverless.Gcp.Tests.Fakes;

/// <summary>
/// Push tokens shaped like the ones Pub/Sub sends, signed with a local RSA key. One key for the whole run, because
/// Google.Apis.Auth caches a key set per URL for an hour and loopback ports get reused.
/// </summary>
public static class TestTokens
{
    public const string Audience = "https://evroute-gcp.example.run.app/";
    public const string ServiceAccount = "push@evroute-test.iam.gserviceaccount.com";
    public const string KeyId = "test-key-1";

    private static readonly RSA Key = RSA.Create(2048);

    /// <summary>The public key as a JWK set, the format of https://www.googleapis.com/oauth2/v3/certs.</summary>
    public static string Jwks { get; } = BuildJwks();

    /// <summary>A valid push token for now, with the given claims replaced.</summary>
    public static string Create(
        DateTimeOffset? now = null,
        string issuer = "https://accounts.google.com",
        string audience = Audience,
        string email = ServiceAccount,
        bool emailVerified = true,
        TimeSpan? lifetime = null,
        RSA? signWith = null,
        string algorithm = "RS256")
    {
        var issued = now ?? DateTimeOffset.UtcNow;
        var header = new Dictionary<string, object> { ["alg"] = algorithm, ["kid"] = KeyId, ["typ"] = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["azp"] = "113774264463038321964",
            ["sub"] = "113774264463038321964",
            ["email"] = email,
            ["email_verified"] = emailVerified,
            ["iat"] = issued.ToUnixTimeSeconds(),
            ["exp"] = (issued + (lifetime ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds(),
        };
        var signingInput = $"{Part(header)}.{Part(payload)}";
        var signature = (signWith ?? Key).SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string BuildJwks()
    {
        var parameters = Key.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "RSA", alg = "RS256", use = "sig", kid = KeyId, n = Base64Url.EncodeToString(parameters.Modulus), e = Base64Url.EncodeToString(parameters.Exponent) },
            },
        });
    }
}
