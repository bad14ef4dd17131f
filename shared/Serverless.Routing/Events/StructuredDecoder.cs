using System.Text.Json;
using System.Text.Unicode;

namespace Serverless.Routing.Events;

/// <summary>
/// The document-level half of structured decoding: limits, encoding checks, the top-level shape and the
/// conversion of every reader failure into a one-line reason. Deep nesting is stopped by the reader's MaxDepth,
/// and nothing here recurses, so hostile input costs at most one linear pass.
/// </summary>
internal static class StructuredDecoder
{
    public static DecodeResult DecodeEvent(ReadOnlySpan<byte> json, ReadOnlyMemory<byte> owner, bool copy, DecoderOptions? options)
    {
        options ??= DecoderOptions.Default;
        if (json.Length > options.MaxEventBytes)
        {
            return DecodeResult.Fail($"event is {json.Length} bytes, over the limit of {options.MaxEventBytes}", FailureReasons.TooLarge);
        }

        if (CheckEncoding(json) is { } encodingError)
        {
            return DecodeResult.Fail(encodingError);
        }

        var reader = new Utf8JsonReader(json, ReaderOptions(options));
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return DecodeResult.Fail($"event is not a JSON object, found {JsonEventReader.Describe(reader.TokenType)}");
            }

            var fields = default(EventFields);
            CloudEvent? cloudEvent = null;
            var error = JsonEventReader.ReadObject(ref reader, ref fields, out var data)
                ?? TrailingContent(ref reader)
                ?? fields.Build(data.Resolve(json, owner, copy), out cloudEvent);
            return error is null ? DecodeResult.Ok(cloudEvent!) : DecodeResult.Fail(error);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return DecodeResult.Fail(Malformed(ex));
        }
    }

    public static BatchDecodeResult DecodeBatch(ReadOnlySpan<byte> json, ReadOnlyMemory<byte> owner, bool copy, DecoderOptions? options)
    {
        options ??= DecoderOptions.Default;
        if (json.Length > options.MaxEventBytes)
        {
            return new(null, $"batch is {json.Length} bytes, over the limit of {options.MaxEventBytes}");
        }

        if (CheckEncoding(json) is { } encodingError)
        {
            return new(null, encodingError);
        }

        var reader = new Utf8JsonReader(json, ReaderOptions(options));
        var events = new List<CloudEvent>();
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return new(null, $"batch is not a JSON array, found {JsonEventReader.Describe(reader.TokenType)}");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return new(null, $"batch member {events.Count} is not a JSON object, found {JsonEventReader.Describe(reader.TokenType)}");
                }

                var fields = default(EventFields);
                CloudEvent? cloudEvent = null;
                var error = JsonEventReader.ReadObject(ref reader, ref fields, out var data)
                    ?? fields.Build(data.Resolve(json, owner, copy), out cloudEvent);
                if (error is not null)
                {
                    return new(null, $"batch member {events.Count}: {error}");
                }

                events.Add(cloudEvent!);
            }

            return TrailingContent(ref reader) is { } trailing ? new(null, trailing) : new(events, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return new(null, $"batch member {events.Count}: {Malformed(ex)}");
        }
    }

    private static JsonReaderOptions ReaderOptions(DecoderOptions options) =>
        new() { MaxDepth = options.MaxDepth > 0 ? options.MaxDepth : DecoderOptions.DefaultMaxDepth };

    // Utf8JsonReader does not validate UTF-8 inside strings it is not asked to decode (data is only skipped).
    private static string? CheckEncoding(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return "input starts with a UTF-8 byte order mark, which JSON does not allow";
        }

        return Utf8.IsValid(json) ? null : "input is not valid UTF-8";
    }

    // The reader throws on anything but whitespace after the top-level value; this is the belt to its braces.
    private static string? TrailingContent(ref Utf8JsonReader reader) =>
        reader.Read() ? "unexpected content after the top-level JSON value" : null;

    private static string Malformed(Exception ex) => "malformed JSON: " + ErrorText.OneLine(ex.Message);
}
