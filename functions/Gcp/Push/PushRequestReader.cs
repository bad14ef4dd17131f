using Microsoft.AspNetCore.Http;
using Serverless.Routing.Delivery;

namespace Serverless.Functions.Gcp.Push;

/// <summary>
/// Turns a request into the message to route. A push envelope (directly, or as the body of an Eventarc binary-mode
/// <c>google.cloud.pubsub.topic.v1.messagePublished</c> event) becomes its Pub/Sub message. Any other Eventarc
/// binary-mode event is routed as the CloudEvent it is: its <c>ce-</c> headers and body.
/// </summary>
public static class PushRequestReader
{
    /// <summary>The Eventarc type of a Pub/Sub message.</summary>
    public const string MessagePublishedType = "google.cloud.pubsub.topic.v1.messagePublished";

    /// <summary>The request's message, or null with <paramref name="error"/> when the body is not what it should be.</summary>
    public static PushRequest? Read(IHeaderDictionary headers, ReadOnlyMemory<byte> body, out string? error)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var ceType = headers["ce-type"].ToString();
        var isCloudEvent = headers.ContainsKey("ce-specversion");
        if (isCloudEvent && ceType != MessagePublishedType)
        {
            error = null;
            return FromCloudEvent(headers, body);
        }

        var envelope = PushEnvelopeReader.Read(body, out error);
        if (envelope is null)
        {
            return null;
        }

        var message = new IncomingMessage
        {
            MessageId = envelope.MessageId,
            Body = envelope.Data,
            Attributes = envelope.Attributes,
            ContentType = envelope.Attributes.GetValueOrDefault("content-type"),
            DeliveryCount = envelope.DeliveryAttempt ?? 1,
            EnqueuedAt = envelope.PublishTime,
        };
        return new PushRequest(message, isCloudEvent ? "eventarc" : "push", envelope.Subscription);
    }

    private static PushRequest FromCloudEvent(IHeaderDictionary headers, ReadOnlyMemory<byte> body)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in headers)
        {
            if (name.StartsWith("ce-", StringComparison.OrdinalIgnoreCase))
            {
                attributes[name.ToLowerInvariant()] = values.ToString();
            }
        }

        var message = new IncomingMessage
        {
            MessageId = attributes.GetValueOrDefault("ce-id") ?? string.Empty,
            Body = body,
            Attributes = attributes,
            ContentType = headers.ContentType.ToString() is { Length: > 0 } contentType ? contentType : null,
        };
        return new PushRequest(message, "cloudevent", null);
    }
}
