using System.Text;
using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class CloudEventIngestTests
{
    private const string Structured = """{"specversion":"1.0","id":"A234-1234-1234","source":"/mycontext","type":"com.example.someevent","datacontenttype":"application/json","data":{"k":"v"}}""";

    [Fact]
    public void Ingest_StructuredBodyWithoutContentType_IsDecoded()
    {
        var result = Ingest(Structured);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.CloudEvent, result.Format);
        Assert.Equal("A234-1234-1234", cloudEvent.Id);
        Assert.Equal("/mycontext", cloudEvent.Source);
    }

    [Fact]
    public void Ingest_StructuredContentTypeAttribute_IsDecoded()
    {
        var attributes = new Dictionary<string, string> { ["content-type"] = "application/cloudevents+json; charset=utf-8" };

        var cloudEvent = Single(Ingest(Structured, attributes: attributes));

        Assert.Equal("com.example.someevent", cloudEvent.Type);
    }

    [Fact]
    public void Ingest_BatchContentType_YieldsEveryEvent()
    {
        var second = Structured.Replace("A234-1234-1234", "B2", StringComparison.Ordinal);

        var result = Ingest($"[{Structured},{second}]", contentType: "application/cloudevents-batch+json");

        Assert.Equal(IngestStatus.Events, result.Status);
        Assert.Equal(["A234-1234-1234", "B2"], result.Events.Select(e => e.Id));
    }

    [Fact]
    public void Ingest_EmptyBatch_IsDropped()
    {
        var result = Ingest("[]", contentType: "application/cloudevents-batch+json");

        Assert.Equal(IngestStatus.Drop, result.Status);
        Assert.Equal(DropReasons.EmptyBatch, result.Reason);
    }

    [Fact]
    public void Ingest_ObjectWithSpecVersionButInvalid_IsInvalidNotWrapped()
    {
        var result = Ingest("""{"specversion":"1.0","id":"x","source":"/s"}""");

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.Invalid, result.Reason);
        Assert.Contains("type", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_StructuredContentTypeWithGarbage_IsInvalid()
    {
        var result = Ingest("not json at all", contentType: "application/cloudevents+json");

        Assert.Equal(IngestStatus.Invalid, result.Status);
    }

    [Fact]
    public void Ingest_BinaryModeAttributes_AreDecoded()
    {
        var attributes = new Dictionary<string, string>
        {
            ["ce-specversion"] = "1.0",
            ["ce-id"] = "bin-1",
            ["ce-source"] = "//pubsub.googleapis.com/projects/p/topics/t",
            ["ce-type"] = "com.example.binary",
            ["content-type"] = "text/plain",
        };

        var result = Ingest("payload", attributes: attributes);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.CloudEvent, result.Format);
        Assert.Equal("bin-1", cloudEvent.Id);
        Assert.Equal("text/plain", cloudEvent.DataContentType);
        Assert.Equal("payload", Encoding.UTF8.GetString(cloudEvent.Data.Bytes.Span));
    }

    [Fact]
    public void Ingest_BinaryModeMissingType_IsInvalid()
    {
        var attributes = new Dictionary<string, string> { ["ce-specversion"] = "1.0", ["ce-id"] = "bin-1", ["ce-source"] = "/s" };

        var result = Ingest("payload", attributes: attributes);

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.Invalid, result.Reason);
    }
}
