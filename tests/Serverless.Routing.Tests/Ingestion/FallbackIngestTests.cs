using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class FallbackIngestTests
{
    [Fact]
    public void Ingest_PlainJsonObject_WrappedWithMessageIdAndDefaultSource()
    {
        var result = Ingest("""  {"orderId": 42}  """, IngestKit.Options(Cloud.Azure), "queue-msg-7");

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.Fallback, result.Format);
        Assert.Equal("queue-msg-7", cloudEvent.Id);
        Assert.Equal("evroute://azure/inbound", cloudEvent.Source);
        Assert.Equal("com.evroute.message", cloudEvent.Type);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal("""{"orderId": 42}""", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_SameMessageTwice_SameId()
    {
        var first = Single(Ingest("hello", messageId: "m-9"));
        var second = Single(Ingest("hello", messageId: "m-9"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Ingest_MessageWithoutId_IdIsContentHashAndStable()
    {
        var first = Single(Ingest("hello", messageId: string.Empty));
        var other = Single(Ingest("hello!", messageId: string.Empty));

        Assert.StartsWith("sha256-", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, Single(Ingest("hello", messageId: string.Empty)).Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void Ingest_ConfiguredTypeAndSource_AreUsed()
    {
        var options = IngestKit.Options() with { FallbackType = "com.example.legacy", FallbackSource = "/legacy/orders" };

        var cloudEvent = Single(Ingest("hello", options));

        Assert.Equal("com.example.legacy", cloudEvent.Type);
        Assert.Equal("/legacy/orders", cloudEvent.Source);
    }

    [Fact]
    public void Ingest_Utf8Text_IsTextPlainBinary()
    {
        var cloudEvent = Single(Ingest("grüße, 42"));

        Assert.Equal(EventDataKind.Binary, cloudEvent.Data.Kind);
        Assert.Equal("text/plain", cloudEvent.DataContentType);
        Assert.Equal("grüße, 42", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_NonUtf8Bytes_IsOctetStream()
    {
        byte[] body = [0xFF, 0x00, 0xC3, 0x28];

        var cloudEvent = Single(Ingest(body));

        Assert.Equal("application/octet-stream", cloudEvent.DataContentType);
        Assert.Equal(body, cloudEvent.Data.Bytes.ToArray());
    }

    [Fact]
    public void Ingest_DeclaredContentType_IsKeptForBinaryData()
    {
        var cloudEvent = Single(Ingest("<order id='1'/>", contentType: "application/xml"));

        Assert.Equal("application/xml", cloudEvent.DataContentType);
    }

    [Theory]
    [InlineData("{\"orderId\": 42")]
    [InlineData("[1, 2,")]
    [InlineData("{garbage}")]
    [InlineData("  [\"unterminated]")]
    public void Ingest_MalformedJson_IsInvalidNotWrapped(string body)
    {
        var result = Ingest(body);

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.Invalid, result.Reason);
        Assert.StartsWith("malformed JSON", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_DeclaredJsonThatIsNotJson_IsInvalid()
    {
        var result = Ingest("hello", contentType: "application/json");

        Assert.Equal(IngestStatus.Invalid, result.Status);
    }

    [Fact]
    public void Ingest_FallbackOff_UnrecognisedIsInvalid()
    {
        var options = IngestKit.Options() with { FallbackType = null };

        var result = Ingest("""{"orderId": 42}""", options);

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.Invalid, result.Reason);
        Assert.Contains("not a CloudEvent and no known envelope", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_FallbackOff_KnownEnvelopeStillMapped()
    {
        var options = IngestKit.Options() with { FallbackType = null };

        var result = Ingest(Samples.EventBridgeEc2, options);

        Assert.Equal(IngestFormats.EventBridge, result.Format);
    }

    [Fact]
    public void Ingest_ByteOrderMark_IsIgnoredForJson()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{\"a\":1}"u8];

        var cloudEvent = Single(Ingest(body));

        Assert.Equal("""{"a":1}""", DataText(cloudEvent));
    }
}
