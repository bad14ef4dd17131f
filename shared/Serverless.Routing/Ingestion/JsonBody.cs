using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>Small helpers for reading native envelopes without throwing on unexpected shapes.</summary>
internal static class JsonBody
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The body without a leading UTF-8 byte order mark, which System.Text.Json refuses.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body;

    /// <summary>The first byte that is not JSON whitespace, or 0 for an empty or all-whitespace body.</summary>
    public static byte FirstSignificant(ReadOnlySpan<byte> body)
    {
        var index = body.IndexOfAnyExcept(" \t\r\n"u8);
        return index < 0 ? (byte)0 : body[index];
    }

    /// <summary>True when the body begins like a JSON object or array, so a parse failure means garbage.</summary>
    public static bool LooksLikeJson(ReadOnlySpan<byte> body) => FirstSignificant(body) is (byte)'{' or (byte)'[';

    /// <summary>Parses with the decoder's depth limit; null and a one-line error when the bytes are not JSON.</summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> utf8, DecoderOptions limits, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException ex)
        {
            error = $"malformed JSON: {ErrorText.OneLine(ex.Message)}";
            return null;
        }
    }

    /// <summary>
    /// The exact bytes of <paramref name="element"/> as they appear in <paramref name="source"/>, the buffer the
    /// document was parsed from, so data is forwarded without re-serialising it.
    /// </summary>
    public static ReadOnlyMemory<byte> RawSlice(ReadOnlyMemory<byte> source, JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        return source.Span.Overlaps(raw, out var offset) && offset >= 0
            ? source.Slice(offset, raw.Length)
            : Encoding.UTF8.GetBytes(element.GetRawText());
    }

    /// <summary>The string value of a member, or null when the member is missing or not a string.</summary>
    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object
        && obj.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A non-empty string member, or null.</summary>
    public static string? NonEmpty(JsonElement obj, string name) => String(obj, name) is { Length: > 0 } text ? text : null;

    /// <summary>A member of any kind, or null when missing (or the element is not an object).</summary>
    public static JsonElement? Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    /// <summary>True when the element is an object with a member of that name.</summary>
    public static bool Has(JsonElement obj, string name) => Member(obj, name) is not null;

    /// <summary>The event time when it is RFC 3339 (what a CloudEvent requires); native oddities are left out.</summary>
    public static string? Time(string? text) => text is not null && Rfc3339.IsValid(text) ? text : null;

    /// <summary>
    /// A <c>source</c> value that is a valid URI-reference: the native value when it already is one, else the
    /// value percent-encoded (a free-text EventBridge source with spaces, say) so the next hop's decoder accepts it.
    /// </summary>
    public static string Source(string value) => UriSyntax.IsUriReference(value) ? value : Uri.EscapeDataString(value);

    /// <summary>JSON data taken from a member, or no data when the member is missing or null.</summary>
    public static EventData Data(ReadOnlyMemory<byte> source, JsonElement? member) =>
        member is { ValueKind: not JsonValueKind.Null } value ? EventData.FromJson(RawSlice(source, value)) : EventData.None;
}
