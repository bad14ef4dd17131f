using System.Text.Json;

namespace Serverless.Routing.Events;

/// <summary>
/// Binary content mode: context attributes in a string map (HTTP headers <c>ce-*</c>, Pub/Sub attributes
/// <c>ce-*</c>), the data as raw bytes, and <c>datacontenttype</c> in a <c>content-type</c> entry.
/// </summary>
/// <remarks>
/// Values are taken as they are (no percent-decoding of HTTP header values). Extensions become strings, since
/// the map has no types; names are lower-cased, as HTTP header names are case-insensitive.
/// </remarks>
public static class CloudEventBinaryMode
{
    /// <summary>The prefix of attribute names in Google's Pub/Sub binding and in HTTP headers.</summary>
    public const string DefaultPrefix = "ce-";

    /// <summary>
    /// Decodes an event from an attribute map. Keys are matched case-insensitively (HTTP headers);
    /// <paramref name="contentType"/> (or else a <c>content-type</c> entry, or a <c>ce-datacontenttype</c> entry)
    /// becomes <c>datacontenttype</c>. The same validation as the JSON format applies. Data under a JSON content
    /// type that is valid JSON becomes <see cref="EventDataKind.Json"/>, other data <see cref="EventDataKind.Binary"/>,
    /// empty data none. Never throws for bad input.
    /// </summary>
    public static DecodeResult Decode(
        IReadOnlyDictionary<string, string> attributes,
        ReadOnlyMemory<byte> data,
        string? contentType,
        string prefix = DefaultPrefix,
        DecoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return BinaryModeDecoder.Decode(attributes, data, contentType, prefix, options ?? DecoderOptions.Default);
    }

    /// <summary>True when the map carries a <c>{prefix}specversion</c> entry, the mark of a binary-mode event.</summary>
    public static bool IsBinaryModeEvent(IReadOnlyDictionary<string, string> attributes, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var key = prefix + "specversion";
        return attributes.ContainsKey(key) || attributes.Keys.Any(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The attribute map for binary mode: <c>{prefix}id</c>, <c>{prefix}source</c>, ... and extensions (their
    /// canonical text), without <c>datacontenttype</c> (it travels as <c>content-type</c>, see <see cref="GetDataBytes"/>).
    /// </summary>
    public static Dictionary<string, string> ToAttributes(CloudEvent cloudEvent, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        ArgumentNullException.ThrowIfNull(prefix);
        var map = new Dictionary<string, string>(8 + cloudEvent.Extensions.Count, StringComparer.Ordinal)
        {
            [prefix + "specversion"] = cloudEvent.SpecVersion,
            [prefix + "id"] = cloudEvent.Id,
            [prefix + "source"] = cloudEvent.Source,
            [prefix + "type"] = cloudEvent.Type,
        };
        AddOptional(map, prefix + "subject", cloudEvent.Subject);
        AddOptional(map, prefix + "time", cloudEvent.Time);
        AddOptional(map, prefix + "dataschema", cloudEvent.DataSchema);
        foreach (var (name, value) in cloudEvent.Extensions)
        {
            map[prefix + name] = value.Text;
        }

        return map;
    }

    /// <summary>
    /// The data as the bytes a binary-mode message carries: JSON data as UTF-8 JSON, except that a JSON string
    /// under a non-JSON content type is its unescaped text; binary data as is. An absent content type counts as
    /// JSON, as the JSON format says. A string holding an escape UTF-8 cannot carry (a lone surrogate) stays JSON.
    /// </summary>
    public static ReadOnlyMemory<byte> GetDataBytes(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        var data = cloudEvent.Data;
        if (data.Kind != EventDataKind.Json || cloudEvent.DataContentType is null
            || MediaType.IsJson(cloudEvent.DataContentType) || data.Bytes.IsEmpty || data.Bytes.Span[0] != (byte)'"')
        {
            return data.Bytes;
        }

        var reader = new Utf8JsonReader(data.Bytes.Span);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return data.Bytes;
            }

            if (!reader.ValueIsEscaped)
            {
                return data.Bytes.Slice(1, reader.ValueSpan.Length);
            }

            var text = new byte[reader.ValueSpan.Length];
            return text.AsMemory(0, reader.CopyString(text));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return data.Bytes;
        }
    }

    private static void AddOptional(Dictionary<string, string> map, string key, string? value)
    {
        if (value is not null)
        {
            map[key] = value;
        }
    }
}
