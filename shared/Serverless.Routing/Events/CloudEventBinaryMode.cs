namespace Serverless.Routing.Events;

/// <summary>
/// Binary content mode: context attributes in a string map (HTTP headers <c>ce-*</c>, Pub/Sub attributes
/// <c>ce-*</c>), the data as raw bytes, and <c>datacontenttype</c> in a <c>content-type</c> entry.
/// </summary>
public static class CloudEventBinaryMode
{
    /// <summary>The prefix of attribute names in Google's Pub/Sub binding and in HTTP headers.</summary>
    public const string DefaultPrefix = "ce-";

    /// <summary>
    /// Decodes an event from an attribute map. Keys are matched case-insensitively (HTTP headers);
    /// <paramref name="contentType"/> (or a <c>ce-datacontenttype</c> entry) becomes <c>datacontenttype</c>.
    /// The same validation as the JSON format applies.
    /// </summary>
    public static DecodeResult Decode(
        IReadOnlyDictionary<string, string> attributes,
        ReadOnlyMemory<byte> data,
        string? contentType,
        string prefix = DefaultPrefix,
        DecoderOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>True when the map carries a <c>{prefix}specversion</c> entry, the mark of a binary-mode event.</summary>
    public static bool IsBinaryModeEvent(IReadOnlyDictionary<string, string> attributes, string prefix = DefaultPrefix) =>
        throw new NotImplementedException();

    /// <summary>
    /// The attribute map for binary mode: <c>{prefix}id</c>, <c>{prefix}source</c>, ... and extensions, without
    /// <c>datacontenttype</c> (it travels as <c>content-type</c>, see <see cref="GetDataBytes"/>).
    /// </summary>
    public static Dictionary<string, string> ToAttributes(CloudEvent cloudEvent, string prefix = DefaultPrefix) =>
        throw new NotImplementedException();

    /// <summary>
    /// The data as the bytes a binary-mode message carries: JSON data as UTF-8 JSON, except that a JSON string
    /// under a non-JSON content type is its unescaped text; binary data as is.
    /// </summary>
    public static ReadOnlyMemory<byte> GetDataBytes(CloudEvent cloudEvent) =>
        throw new NotImplementedException();
}
