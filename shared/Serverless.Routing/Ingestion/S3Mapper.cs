using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// An S3 event notification (<c>{"Records":[{"eventSource":"aws:s3", ...}]}</c>): one CloudEvent per record. The
/// <c>s3:TestEvent</c> S3 sends when a notification is configured is dropped, as there is nothing to route.
/// </summary>
internal static class S3Mapper
{
    /// <summary>The CloudEvents type prefix; the record's <c>eventName</c> (<c>ObjectCreated:Put</c>) follows it.</summary>
    public const string TypePrefix = "com.amazonaws.s3.";

    /// <summary>The mapped events, a drop, an invalid result, or null when <paramref name="root"/> is not from S3.</summary>
    public static IngestResult? TryMap(ReadOnlyMemory<byte> body, JsonElement root)
    {
        if (JsonBody.String(root, "Event") == "s3:TestEvent")
        {
            var bucket = ErrorText.Quote(JsonBody.String(root, "Bucket"));
            return IngestResult.Dropped(DropReasons.S3TestEvent, $"S3 test event for bucket {bucket} (sent when a notification is configured)");
        }

        if (JsonBody.Member(root, "Records") is not { ValueKind: JsonValueKind.Array } records
            || records.GetArrayLength() == 0
            || !records.EnumerateArray().All(r => JsonBody.String(r, "eventSource") == "aws:s3"))
        {
            return null;
        }

        var events = new List<CloudEvent>(records.GetArrayLength());
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            var mapped = MapRecord(body, record);
            if (mapped is null)
            {
                return IngestResult.Invalid($"S3 record {index} lacks eventName, s3.bucket.name or s3.object.key");
            }

            events.Add(mapped);
            index++;
        }

        return IngestResult.Of(IngestFormats.S3, events);
    }

    private static CloudEvent? MapRecord(ReadOnlyMemory<byte> body, JsonElement record)
    {
        var s3 = JsonBody.Member(record, "s3") ?? default;
        var bucketElement = JsonBody.Member(s3, "bucket") ?? default;
        var objectElement = JsonBody.Member(s3, "object") ?? default;
        var eventName = JsonBody.NonEmpty(record, "eventName");
        var bucket = JsonBody.NonEmpty(bucketElement, "name");
        var key = JsonBody.NonEmpty(objectElement, "key");
        if (eventName is null || bucket is null || key is null)
        {
            return null;
        }

        var eventTime = JsonBody.String(record, "eventTime");
        var extensions = new Dictionary<string, ExtensionValue>(1);
        if (JsonBody.NonEmpty(record, "awsRegion") is { } region)
        {
            extensions["awsregion"] = ExtensionValue.FromString(region);
        }

        return new CloudEvent
        {
            Id = StableId(bucket, key, JsonBody.NonEmpty(objectElement, "sequencer"), eventName, eventTime),
            Source = JsonBody.Source(JsonBody.NonEmpty(bucketElement, "arn") ?? $"arn:aws:s3:::{bucket}"),
            Type = TypePrefix + eventName,
            Subject = key,
            Time = JsonBody.Time(eventTime),
            DataContentType = "application/json",
            Data = EventData.FromJson(JsonBody.RawSlice(body, record)),
            Extensions = extensions,
        };
    }

    // Built from the record alone, so a redelivered notification yields the same id. The sequencer orders the
    // events of one key (PUTs and DELETEs carry it); other events fall back to their name and time.
    private static string StableId(string bucket, string key, string? sequencer, string eventName, string? eventTime) =>
        sequencer is not null ? $"{bucket}/{key}/{sequencer}" : $"{bucket}/{key}/{eventName}/{eventTime}";
}
