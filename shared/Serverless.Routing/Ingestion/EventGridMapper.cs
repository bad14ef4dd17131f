using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// Events in the Event Grid schema (<c>id, topic, subject, eventType, eventTime, data, dataVersion,
/// metadataVersion</c>), one object or an array of them. The mapping is the one Event Grid itself applies when it
/// converts to its CloudEvents schema: topic to source, eventType to type.
/// </summary>
internal static class EventGridMapper
{
    /// <summary>The mapped events, or null when <paramref name="root"/> is not in the Event Grid schema.</summary>
    public static IngestResult? TryMap(ReadOnlyMemory<byte> body, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            return IsEventGridEvent(root) ? IngestResult.Of(IngestFormats.EventGrid, Map(body, root)) : null;
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || !root.EnumerateArray().All(IsEventGridEvent))
        {
            return null;
        }

        return IngestResult.Of(IngestFormats.EventGrid, [.. root.EnumerateArray().Select(e => Map(body, e))]);
    }

    private static bool IsEventGridEvent(JsonElement element) =>
        JsonBody.NonEmpty(element, "id") is not null
        && JsonBody.NonEmpty(element, "eventType") is not null
        && JsonBody.NonEmpty(element, "topic") is not null
        && JsonBody.String(element, "subject") is not null
        && JsonBody.String(element, "eventTime") is not null;

    private static CloudEvent Map(ReadOnlyMemory<byte> body, JsonElement element)
    {
        var data = JsonBody.Data(body, JsonBody.Member(element, "data"));
        var extensions = new Dictionary<string, ExtensionValue>(1);

        // dataVersion is the publisher's schema version of data; it has no CloudEvents attribute of its own.
        if (JsonBody.NonEmpty(element, "dataVersion") is { } dataVersion)
        {
            extensions["dataversion"] = ExtensionValue.FromString(dataVersion);
        }

        return new CloudEvent
        {
            Id = JsonBody.NonEmpty(element, "id")!,
            Source = JsonBody.Source(JsonBody.NonEmpty(element, "topic")!),
            Type = JsonBody.NonEmpty(element, "eventType")!,
            Subject = JsonBody.NonEmpty(element, "subject"),
            Time = JsonBody.Time(JsonBody.String(element, "eventTime")),
            DataContentType = data.HasValue ? "application/json" : null,
            Data = data,
            Extensions = extensions,
        };
    }
}
