using System.Buffers.Text;
using System.Text.Json;

namespace Serverless.Functions.Gcp.Auth;

/// <summary>
/// A cheap look at a JWT before the library verifies it: three base64url parts, JSON objects for header and
/// payload, and <c>alg</c> RS256 (what Google signs push tokens with). Anything else is refused outright, so the
/// library's own exceptions only ever mean a real verification failure or an unreachable key set.
/// </summary>
internal static class JwtShape
{
    /// <summary>Null when the token has the right shape, else why not.</summary>
    public static string? Problem(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return "the token is not a signed JWT (three dot-separated parts)";
        }

        var header = ReadObject(parts[0]);
        if (header is null || ReadObject(parts[1]) is null)
        {
            return "the token's header or payload is not base64url JSON";
        }

        return header.Value.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String && alg.GetString() == "RS256"
            ? null
            : "the token is not signed with RS256";
    }

    private static JsonElement? ReadObject(string part)
    {
        if (!Base64Url.IsValid(part))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(part));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
