using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

/// <summary>A mapped event is forwarded as structured JSON; the next hop's strict decoder must accept it unchanged.</summary>
public sealed class RoundTripIngestTests
{
    public static TheoryData<string, string> Envelopes => new()
    {
        { "eventbridge", Samples.EventBridgeEc2 },
        { "sns", Samples.SnsNotification },
        { "s3", Samples.S3Notification(Samples.S3PutRecord) },
        { "eventgrid", Samples.EventGridBlobCreated },
        { "fallback-json", """{"orderId": 42}""" },
        { "fallback-text", "grüße" },
    };

    [Theory]
    [MemberData(nameof(Envelopes))]
    public void Ingest_MappedEvent_SurvivesEncodeAndStrictDecode(string name, string body)
    {
        var result = Ingest(body);
        Assert.True(result.Status == IngestStatus.Events, $"{name}: {result.Detail}");

        foreach (var cloudEvent in result.Events)
        {
            var decoded = CloudEventJson.Decode(CloudEventJson.Encode(cloudEvent));

            Assert.True(decoded.Success, $"{name}: {decoded.Error}");
            AssertSameEvent(cloudEvent, decoded.Event);
        }
    }

    [Fact]
    public void Ingest_CloudStorageEvent_SurvivesEncodeAndStrictDecode()
    {
        var cloudEvent = Single(Ingest(Samples.GcsObjectMetadata, attributes: Samples.GcsAttributes("OBJECT_FINALIZE")));

        var decoded = CloudEventJson.Decode(CloudEventJson.Encode(cloudEvent));

        Assert.True(decoded.Success, decoded.Error);
        AssertSameEvent(cloudEvent, decoded.Event);
    }

    // Text data travels as a JSON string in structured mode, so it comes back as JSON data; compare the data as
    // the bytes it stands for, everything else exactly.
    private static void AssertSameEvent(CloudEvent expected, CloudEvent actual)
    {
        Assert.Equal(expected with { Data = EventData.None }, actual with { Data = EventData.None });
        Assert.Equal(CloudEventBinaryMode.GetDataBytes(expected).ToArray(), CloudEventBinaryMode.GetDataBytes(actual).ToArray());
    }
}
