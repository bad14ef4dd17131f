using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class SnsIngestTests
{
    [Fact]
    public void Ingest_SnsSample_MapsNotification()
    {
        var result = Ingest(Samples.SnsNotification);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.Sns, result.Format);
        Assert.Equal("22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324", cloudEvent.Id);
        Assert.Equal("arn:aws:sns:us-west-2:123456789012:MyTopic", cloudEvent.Source);
        Assert.Equal("com.amazonaws.sns.notification", cloudEvent.Type);
        Assert.Equal("My First Message", cloudEvent.Subject);
        Assert.Equal("2012-05-02T00:54:06.655Z", cloudEvent.Time);
        Assert.Equal(EventDataKind.Binary, cloudEvent.Data.Kind);
        Assert.Equal("text/plain", cloudEvent.DataContentType);
        Assert.Equal("Hello world!", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_SnsWithJsonMessage_DataIsTheParsedMessage()
    {
        var body = WithMessage(m => m["Message"] = """{"orderId":42,"items":["a"]}""", removeSubject: true);

        var cloudEvent = Single(Ingest(body));

        Assert.Null(cloudEvent.Subject);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal("""{"orderId":42,"items":["a"]}""", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_SnsWithMessageThatOnlyLooksLikeJson_DataIsText()
    {
        var cloudEvent = Single(Ingest(WithMessage(m => m["Message"] = "{not json")));

        Assert.Equal("text/plain", cloudEvent.DataContentType);
        Assert.Equal("{not json", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_SnsCarryingS3Notification_MapsTheS3Records()
    {
        var result = Ingest(WithMessage(m => m["Message"] = Samples.S3Notification(Samples.S3PutRecord)));

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.S3, result.Format);
        Assert.Equal("com.amazonaws.s3.ObjectCreated:Put", cloudEvent.Type);
    }

    [Fact]
    public void Ingest_SnsCarryingS3TestEvent_IsDropped()
    {
        var result = Ingest(WithMessage(m => m["Message"] = Samples.S3TestEvent));

        Assert.Equal(IngestStatus.Drop, result.Status);
        Assert.Equal(DropReasons.S3TestEvent, result.Reason);
    }

    [Fact]
    public void Ingest_SnsCarryingCloudEvent_UnwrapsIt()
    {
        var inner = """{"specversion":"1.0","id":"ce-1","source":"/orders","type":"com.example.order.created","data":{"n":1}}""";

        var result = Ingest(WithMessage(m => m["Message"] = inner));

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.CloudEvent, result.Format);
        Assert.Equal("ce-1", cloudEvent.Id);
        Assert.Equal("/orders", cloudEvent.Source);
        Assert.Equal("com.example.order.created", cloudEvent.Type);
    }

    [Fact]
    public void Ingest_SnsCarryingInvalidCloudEvent_IsInvalid()
    {
        var result = Ingest(WithMessage(m => m["Message"] = """{"specversion":"1.0","id":"ce-1","type":"t"}"""));

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.Invalid, result.Reason);
        Assert.Contains("source", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SnsSubscriptionConfirmation_IsNotMappedAsNotification()
    {
        var result = Ingest(WithMessage(m => m["Type"] = "SubscriptionConfirmation"));

        Assert.Equal(IngestFormats.Fallback, result.Format);
    }

    private static string WithMessage(Action<JsonObject> change, bool removeSubject = false)
    {
        var node = JsonNode.Parse(Samples.SnsNotification)!.AsObject();
        change(node);
        if (removeSubject)
        {
            node.Remove("Subject");
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
