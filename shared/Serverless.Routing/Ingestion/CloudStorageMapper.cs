using System.Text.Json;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// A Cloud Storage Pub/Sub notification: the event is in the attributes (<c>eventType</c>, <c>bucketId</c>,
/// <c>objectId</c>, <c>eventTime</c>, <c>payloadFormat</c>, ...), the data is the object's metadata JSON. It maps to
/// the type, source and subject Google gives the same change in its own CloudEvents (Eventarc) form.
/// </summary>
internal static class CloudStorageMapper
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["OBJECT_FINALIZE"] = "google.cloud.storage.object.v1.finalized",
        ["OBJECT_DELETE"] = "google.cloud.storage.object.v1.deleted",
        ["OBJECT_ARCHIVE"] = "google.cloud.storage.object.v1.archived",
        ["OBJECT_METADATA_UPDATE"] = "google.cloud.storage.object.v1.metadataUpdated",
    };

    /// <summary>
    /// The mapped event, an invalid result, or null when the attributes are not a Cloud Storage notification.
    /// <paramref name="root"/> is the parsed body when it was JSON.
    /// </summary>
    public static IngestResult? TryMap(IncomingMessage message, ReadOnlyMemory<byte> body, JsonElement? root)
    {
        var attributes = message.Attributes;
        if (!attributes.TryGetValue("eventType", out var eventType) || !Types.TryGetValue(eventType, out var type)
            || !attributes.TryGetValue("bucketId", out var bucket) || bucket.Length == 0
            || !attributes.TryGetValue("objectId", out var objectId) || objectId.Length == 0
            || !attributes.TryGetValue("payloadFormat", out var payloadFormat))
        {
            return null;
        }

        var data = EventData.None;
        if (payloadFormat == "JSON_API_V1")
        {
            if (root is not { ValueKind: JsonValueKind.Object } metadata)
            {
                return IngestResult.Invalid("Cloud Storage notification with payloadFormat JSON_API_V1 has no JSON object as data");
            }

            data = EventData.FromJson(JsonBody.RawSlice(body, metadata));
        }

        var cloudEvent = new CloudEvent
        {
            // The Pub/Sub message id is what Google's own CloudEvent for a notification carries, and it is stable
            // across redeliveries; the composite is only for transports that lost it.
            Id = message.MessageId is { Length: > 0 } id ? id : $"{bucket}/{objectId}/{attributes.GetValueOrDefault("objectGeneration")}/{eventType}",
            Source = JsonBody.Source($"//storage.googleapis.com/projects/_/buckets/{bucket}"),
            Type = type,
            Subject = $"objects/{objectId}",
            Time = JsonBody.Time(attributes.GetValueOrDefault("eventTime")),
            DataContentType = data.HasValue ? "application/json" : null,
            Data = data,
        };
        return IngestResult.Of(IngestFormats.CloudStorage, cloudEvent);
    }
}
