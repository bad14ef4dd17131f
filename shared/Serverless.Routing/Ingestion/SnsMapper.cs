using System.Text;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// An SNS notification delivered to SQS without raw message delivery (<c>Type, MessageId, TopicArn, Subject,
/// Message, Timestamp, Signature...</c>). When the <c>Message</c> is itself a CloudEvent or another known envelope
/// (SNS fan-out of an S3 notification or an EventBridge event) that inner message is what gets routed.
/// </summary>
internal static class SnsMapper
{
    /// <summary>The CloudEvents type of a notification whose message is plain data.</summary>
    public const string NotificationType = "com.amazonaws.sns.notification";

    /// <summary>
    /// The mapped events, or null when <paramref name="root"/> is not an SNS notification. <paramref name="inner"/>
    /// maps a JSON message that is a CloudEvent or envelope of its own (null when it is plain JSON data).
    /// </summary>
    public static IngestResult? TryMap(
        JsonElement root, DecoderOptions limits, Func<ReadOnlyMemory<byte>, JsonElement, IngestResult?> inner)
    {
        var id = JsonBody.NonEmpty(root, "MessageId");
        var topicArn = JsonBody.NonEmpty(root, "TopicArn");
        var message = JsonBody.String(root, "Message");
        if (JsonBody.String(root, "Type") != "Notification" || id is null || topicArn is null || message is null)
        {
            return null;
        }

        ReadOnlyMemory<byte> bytes = Encoding.UTF8.GetBytes(message);
        var data = EventData.FromBinary(bytes);
        var contentType = "text/plain";

        // A message that only looks like JSON is still the publisher's text: the envelope around it is valid.
        if (JsonBody.LooksLikeJson(bytes.Span) && JsonBody.TryParse(bytes, limits, out _) is { } document)
        {
            using (document)
            {
                if (inner(bytes, document.RootElement) is { } unwrapped)
                {
                    return unwrapped;
                }

                data = EventData.FromJson(JsonBody.RawSlice(bytes, document.RootElement));
                contentType = "application/json";
            }
        }

        var cloudEvent = new CloudEvent
        {
            Id = id,
            Source = JsonBody.Source(topicArn),
            Type = NotificationType,
            Subject = JsonBody.NonEmpty(root, "Subject"),
            Time = JsonBody.Time(JsonBody.String(root, "Timestamp")),
            DataContentType = contentType,
            Data = data,
        };
        return IngestResult.Of(IngestFormats.Sns, cloudEvent);
    }
}
