using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// An EventBridge event (<c>version, id, detail-type, source, account, time, region, resources, detail</c>) as a
/// rule delivers it to SQS. It maps to the fields AWS's own CloudEvents input transformer uses, so a route
/// filters on the same <c>source</c> and <c>detail-type</c> an EventBridge rule would.
/// </summary>
internal static class EventBridgeMapper
{
    /// <summary>The mapped event, or null when <paramref name="root"/> is not an EventBridge event.</summary>
    public static IngestResult? TryMap(ReadOnlyMemory<byte> body, JsonElement root)
    {
        var id = JsonBody.NonEmpty(root, "id");
        var detailType = JsonBody.NonEmpty(root, "detail-type");
        var source = JsonBody.NonEmpty(root, "source");
        if (id is null || detailType is null || source is null || !JsonBody.Has(root, "detail"))
        {
            return null;
        }

        var data = JsonBody.Data(body, JsonBody.Member(root, "detail"));
        var cloudEvent = new CloudEvent
        {
            Id = id,
            Source = JsonBody.Source(source),
            Type = detailType,
            Subject = FirstResource(root),
            Time = JsonBody.Time(JsonBody.String(root, "time")),
            DataContentType = data.HasValue ? "application/json" : null,
            Data = data,
            Extensions = Extensions(root),
        };
        return IngestResult.Of(IngestFormats.EventBridge, cloudEvent);
    }

    private static string? FirstResource(JsonElement root) =>
        JsonBody.Member(root, "resources") is { ValueKind: JsonValueKind.Array } resources
        && resources.GetArrayLength() > 0
        && resources[0] is { ValueKind: JsonValueKind.String } first
        && first.GetString() is { Length: > 0 } arn
            ? arn
            : null;

    // Account and region are what a human narrows an AWS event down by; extension names are letters and digits only.
    private static Dictionary<string, ExtensionValue> Extensions(JsonElement root)
    {
        var extensions = new Dictionary<string, ExtensionValue>(2);
        if (JsonBody.NonEmpty(root, "account") is { } account)
        {
            extensions["awsaccount"] = ExtensionValue.FromString(account);
        }

        if (JsonBody.NonEmpty(root, "region") is { } region)
        {
            extensions["awsregion"] = ExtensionValue.FromString(region);
        }

        return extensions;
    }
}
