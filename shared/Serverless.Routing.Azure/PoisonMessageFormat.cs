using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.Routing.DeadLetters;

namespace Serverless.Routing.Azure;

/// <summary>
/// The JSON wrapper the Azure function writes to its poison queue, in plain-text encoding:
/// <c>{"evroute-reason":..., "evroute-detail":..., "evroute-failed-at":..., "evroute-attempts":...,
/// "evroute-message-id":..., "evroute-event-id":..., "evroute-cloud":"azure", "message":"&lt;original text&gt;"}</c>.
/// Every value is a string; detail and event id are left out when unknown. Read it back with <see cref="PoisonMessageReader"/>.
/// </summary>
public static class PoisonMessageFormat
{
    /// <summary>The member holding the original message text.</summary>
    public const string MessageMember = "message";

    /// <summary>Field order of the wrapper, so poison messages read the same in a queue browser.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        DeadLetterFields.Reason, DeadLetterFields.Detail, DeadLetterFields.FailedAt, DeadLetterFields.Attempts,
        DeadLetterFields.MessageId, DeadLetterFields.EventId, DeadLetterFields.Cloud,
    ];

    // Relaxed escaping keeps non-ASCII text as UTF-8 instead of six-byte \uXXXX escapes, which matters under a
    // 64 KiB limit; control characters, quotes and backslashes are still escaped, so the text stays XML-safe.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The wrapper text for <paramref name="letter"/>, or null when the original body is not valid UTF-8
    /// (it could not be kept byte for byte in a JSON string).
    /// </summary>
    public static string? Wrap(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var body = letter.Message.Body.Span;
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return null;
        }

        var fields = letter.ToFields();
        var buffer = new ArrayBufferWriter<byte>(body.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var name in FieldOrder)
            {
                if (fields.TryGetValue(name, out var value))
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteString(MessageMember, body);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
