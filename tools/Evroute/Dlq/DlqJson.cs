using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>
/// <c>dlq list --json</c>: one JSON array, one object per dead letter, with the stable field names documented in
/// docs/oncall.md (absent values are null, never left out).
/// </summary>
internal static class DlqJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<DeadLetterMessage> letters)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var letter in letters)
            {
                writer.WriteStartObject();
                writer.WriteString("cloud", letter.Cloud.ToName());
                writer.WriteString("store", letter.Store);
                writer.WriteString("messageId", letter.MessageId);
                Nullable(writer, "inboundMessageId", letter.InboundMessageId);
                Nullable(writer, "eventId", letter.EventId);
                Nullable(writer, "type", letter.Decoded.Type);
                Nullable(writer, "source", letter.Decoded.Source);
                writer.WriteString("reason", letter.Reason);
                Nullable(writer, "detail", letter.Detail);
                Nullable(writer, "failedAt", letter.FailedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                if (letter.Attempts is { } attempts)
                {
                    writer.WriteNumber("attempts", attempts);
                }
                else
                {
                    writer.WriteNull("attempts");
                }

                writer.WriteString("format", letter.Decoded.Format);
                writer.WriteBoolean("cloudEvent", letter.Decoded.IsCloudEvent);
                Nullable(writer, "preview", letter.Decoded.Preview);
                writer.WriteNumber("bytes", letter.Body.Length);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
