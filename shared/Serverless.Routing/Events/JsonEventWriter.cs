using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Serverless.Routing.Events;

/// <summary>Writes one event in the JSON format: core attributes, optional attributes, extensions, data.</summary>
internal static class JsonEventWriter
{
    /// <summary>
    /// Relaxed escaping: the output goes to queues, not into HTML, and the default encoder would turn every
    /// <c>+</c> of <c>application/cloudevents+json</c> and every non-ASCII letter into <c>\uXXXX</c>.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, CloudEvent cloudEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("specversion"u8, "1.0"u8);
        writer.WriteString("id"u8, cloudEvent.Id);
        writer.WriteString("source"u8, cloudEvent.Source);
        writer.WriteString("type"u8, cloudEvent.Type);
        WriteOptional(writer, "datacontenttype"u8, cloudEvent.DataContentType);
        WriteOptional(writer, "dataschema"u8, cloudEvent.DataSchema);
        WriteOptional(writer, "subject"u8, cloudEvent.Subject);
        WriteOptional(writer, "time"u8, cloudEvent.Time);
        // The concrete types' struct enumerators spare an allocation per event (the decoder makes a Dictionary,
        // the router's PrepareForForward an OrderedDictionary).
        if (cloudEvent.Extensions is Dictionary<string, ExtensionValue> dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                WriteExtension(writer, name, value);
            }
        }
        else if (cloudEvent.Extensions is OrderedDictionary<string, ExtensionValue> ordered)
        {
            foreach (var (name, value) in ordered)
            {
                WriteExtension(writer, name, value);
            }
        }
        else
        {
            foreach (var (name, value) in cloudEvent.Extensions)
            {
                WriteExtension(writer, name, value);
            }
        }

        WriteData(writer, cloudEvent);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // A bad name or value is a programming error upstream (decoded events are valid); writing it would make
    // JSON the next hop rejects, so refuse loudly instead.
    private static void WriteExtension(Utf8JsonWriter writer, string name, ExtensionValue value)
    {
        if (!EventMembers.IsExtensionName(name) || EventMembers.Classify(name.AsSpan()) != EventMember.Extension)
        {
            throw new ArgumentException($"cannot encode extension {ErrorText.Quote(name)}: not a valid extension name");
        }

        switch (value.Kind)
        {
            case ExtensionKind.Integer when int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumber(name, number);
                break;
            case ExtensionKind.Boolean when value.Text is "true" or "false":
                writer.WriteBoolean(name, value.Text == "true");
                break;
            case ExtensionKind.String:
                writer.WriteString(name, value.Text);
                break;
            default:
                throw new ArgumentException($"cannot encode extension '{name}': {ErrorText.Quote(value.Text)} is not a valid {value.Kind}");
        }
    }

    private static void WriteData(Utf8JsonWriter writer, CloudEvent cloudEvent)
    {
        var data = cloudEvent.Data;
        var bytes = data.Bytes.Span;
        switch (data.Kind)
        {
            case EventDataKind.Json:
                // Decoded data was checked already; data built in code could otherwise corrupt the whole message.
                writer.WritePropertyName("data"u8);
                writer.WriteRawValue(bytes, skipInputValidation: ValidatedJson.IsValidated(data.Bytes));
                break;
            // No datacontenttype means application/json in this format: JSON that crossed a binary-mode hop
            // (Pub/Sub, where no content-type travels) goes back to being "data", not data_base64.
            case EventDataKind.Binary when (cloudEvent.DataContentType is null || MediaType.IsJson(cloudEvent.DataContentType)) && IsJsonValue(bytes):
                writer.WritePropertyName("data"u8);
                writer.WriteRawValue(bytes, skipInputValidation: true);
                break;
            case EventDataKind.Binary when MediaType.IsText(cloudEvent.DataContentType) && Utf8.IsValid(bytes):
                writer.WriteString("data"u8, bytes);
                break;
            case EventDataKind.Binary:
                writer.WriteBase64String("data_base64"u8, bytes);
                break;
            default:
                break;
        }
    }

    /// <summary>True when <paramref name="bytes"/> are exactly one JSON value in valid UTF-8.</summary>
    public static bool IsJsonValue(ReadOnlySpan<byte> bytes, int maxDepth = DecoderOptions.DefaultMaxDepth)
    {
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
