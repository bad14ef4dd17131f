using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Serverless.PubSubStandIn.Auth;

/// <summary>
/// Signs push tokens the way Google's do (RS256, iss https://accounts.google.com) with a key the stand-in makes at
/// start-up, and publishes the public half as Google does: PEM certificates (v1) and a JWK set (v3).
/// Hand-written on System.Security.Cryptography: a JWT is three base64url parts, and verification in the tests
/// uses Google.Apis.Auth, an independent implementation.
/// </summary>
internal sealed class OidcTokenSigner : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly RSA key = RSA.Create(2048);
    private readonly X509Certificate2 certificate;

    public OidcTokenSigner()
    {
        KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        var request = new CertificateRequest("CN=pubsub-standin.local", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }

    public string KeyId { get; }

    public string CreateToken(string email, string audience, DateTimeOffset now)
    {
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["kid"] = KeyId, ["typ"] = "JWT" };
        var issued = now.ToUnixTimeSeconds();
        var subject = StableNumericId(email);
        var payload = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["azp"] = subject,
            ["email"] = email,
            ["email_verified"] = true,
            ["exp"] = issued + (long)Lifetime.TotalSeconds,
            ["iat"] = issued,
            ["iss"] = "https://accounts.google.com",
            ["sub"] = subject,
        };
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The shape of https://www.googleapis.com/oauth2/v1/certs: key id to PEM certificate.</summary>
    public IReadOnlyDictionary<string, string> PemCertificates() =>
        new Dictionary<string, string> { [KeyId] = certificate.ExportCertificatePem() + "\n" };

    /// <summary>The shape of https://www.googleapis.com/oauth2/v3/certs: a JWK set.</summary>
    public object JsonWebKeySet()
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    alg = "RS256",
                    use = "sig",
                    kid = KeyId,
                    n = Base64Url.EncodeToString(parameters.Modulus),
                    e = Base64Url.EncodeToString(parameters.Exponent),
                },
            },
        };
    }

    public void Dispose()
    {
        certificate.Dispose();
        key.Dispose();
    }

    private static string Encode(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));

    // Google puts the service account's numeric unique id in sub/azp; derive a stable one from the email.
    private static string StableNumericId(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email));
        return "1" + (BitConverter.ToUInt64(hash, 0) % 10_000_000_000_000_000_000UL).ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
    }
}
