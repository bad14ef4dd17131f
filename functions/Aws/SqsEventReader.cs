using System.Globalization;
using System.Text;
using System.Text.Json;
using Serverless.Functions.Aws.Model;
using Serverless.Routing.Delivery;

namespace Serverless.Functions.Aws;

/// <summary>Reads the Lambda SQS event and turns each record into the router's <see cref="IncomingMessage"/>.</summary>
public static class SqsEventReader
{
    private const string ContentTypeAttribute = "content-type";

    /// <summary>The records of <paramref name="utf8Json"/>; throws <see cref="InvalidSqsEventException"/> for anything else.</summary>
    public static IReadOnlyList<SqsRecord> Read(ReadOnlySpan<byte> utf8Json)
    {
        SqsEvent? sqsEvent;
        try
        {
            sqsEvent = JsonSerializer.Deserialize(utf8Json, AwsJsonContext.Default.SqsEvent);
        }
        catch (JsonException ex)
        {
            throw new InvalidSqsEventException($"the payload is not an SQS event: {ex.Message}", ex);
        }

        if (sqsEvent?.Records is not { } records)
        {
            throw new InvalidSqsEventException("the payload is not an SQS event: it has no \"Records\" array");
        }

        for (var i = 0; i < records.Count; i++)
        {
            // An S3 or SNS event delivered straight to the function has Records too, but no messageId to report.
            if (records[i] is not { MessageId.Length: > 0 } record || record.EventSource is not (null or "aws:sqs"))
            {
                throw new InvalidSqsEventException($"record {i} is not an SQS message (it needs a messageId and eventSource \"aws:sqs\")");
            }
        }

        return records;
    }

    /// <summary>True when the records come from a FIFO queue (its ARN ends in <c>.fifo</c>).</summary>
    public static bool IsFifo(IReadOnlyList<SqsRecord> records) =>
        records.Any(r => r.EventSourceArn?.EndsWith(".fifo", StringComparison.Ordinal) == true);

    /// <summary>
    /// The message: body as UTF-8, String and Number message attributes as attributes (the <c>content-type</c> one also
    /// as the content type), <c>ApproximateReceiveCount</c> as the delivery count, <c>SentTimestamp</c> as enqueue time.
    /// </summary>
    public static IncomingMessage ToIncoming(SqsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? contentType = null;
        foreach (var (name, attribute) in record.MessageAttributes ?? [])
        {
            // Binary attributes carry no string value; the router's attributes are strings only.
            if (attribute?.StringValue is not { } value || attribute.DataType?.StartsWith("Binary", StringComparison.Ordinal) == true)
            {
                continue;
            }

            attributes[name] = value;
            if (name.Equals(ContentTypeAttribute, StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }

        return new IncomingMessage
        {
            MessageId = record.MessageId ?? string.Empty,
            Body = Encoding.UTF8.GetBytes(record.Body ?? string.Empty),
            Attributes = attributes,
            ContentType = contentType,
            DeliveryCount = SystemInt(record, "ApproximateReceiveCount") is { } count and > 0 ? (int)Math.Min(count, int.MaxValue) : 1,
            EnqueuedAt = SystemInt(record, "SentTimestamp") is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null,
        };
    }

    private static long? SystemInt(SqsRecord record, string name) =>
        record.Attributes?.GetValueOrDefault(name) is { } text
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value <= 253402300799999
            ? value
            : null;
}
