using System.Text;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Ingestion;

namespace Evroute.Dlq;

/// <summary>Runs a dead letter's original through the core's ingestor, as the function did, to show and resend it.</summary>
internal static class DeadLetterDecoder
{
    /// <summary>Bytes shown of a message that is not a CloudEvent.</summary>
    public const int PreviewBytes = 60;

    /// <summary>Decodes <paramref name="body"/>; <paramref name="messageId"/> is the inbound message id a fallback event takes.</summary>
    public static DecodedLetter Decode(
        Cloud cloud, string messageId, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string> attributes, string? recordedEventId)
    {
        // The router's own defaults, so a native message becomes the same CloudEvent (id = native message id) it did.
        var ingestor = new MessageIngestor(new IngestOptions { Cloud = cloud });
        var result = ingestor.Ingest(new IncomingMessage { MessageId = messageId, Body = body, Attributes = attributes });
        var first = result.Events.Count > 0 ? result.Events[0] : null;
        var format = result.Status switch
        {
            IngestStatus.Events => result.Format ?? IngestFormats.Fallback,
            IngestStatus.Drop => "drop",
            _ => "invalid",
        };
        return new DecodedLetter
        {
            Format = format,
            Events = result.Events,
            EventId = first?.Id ?? recordedEventId,
            Type = first?.Type,
            Source = first?.Source,
            Preview = format == IngestFormats.CloudEvent ? null : Preview(body.Span),
        };
    }

    /// <summary>The first bytes as one line of text: control characters as <c>.</c>, invalid UTF-8 replaced.</summary>
    public static string Preview(ReadOnlySpan<byte> body)
    {
        var cut = body.Length > PreviewBytes ? body[..PreviewBytes] : body;
        var text = new StringBuilder(Encoding.UTF8.GetString(cut));
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                text[i] = '.';
            }
        }

        if (body.Length > PreviewBytes)
        {
            text.Append("...");
        }

        return text.ToString();
    }
}
