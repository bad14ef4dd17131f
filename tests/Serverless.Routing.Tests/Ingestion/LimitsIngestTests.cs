using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class LimitsIngestTests
{
    [Fact]
    public void Ingest_BodyOverSizeLimit_IsTooLargeBeforeParsing()
    {
        var options = IngestKit.Options() with { Decoder = new DecoderOptions { MaxEventBytes = 100 } };
        var body = "{" + new string(' ', 200); // would be malformed JSON if it were parsed

        var result = Ingest(body, options);

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Equal(FailureReasons.TooLarge, result.Reason);
    }

    [Fact]
    public void Ingest_NestingDeeperThanLimit_IsInvalid()
    {
        var options = IngestKit.Options() with { Decoder = new DecoderOptions { MaxDepth = 8 } };
        var body = new string('[', 20) + new string(']', 20);

        var result = Ingest(body, options);

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Contains("depth", result.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ingest_LoneSurrogateInEnvelopeString_IsInvalidNotThrown()
    {
        var body = """{"Type":"Notification","MessageId":"\uD800","TopicArn":"arn:aws:sns:us-west-2:1:T","Message":"m","Timestamp":"2012-05-02T00:54:06.655Z"}""";

        var result = Ingest(body);

        Assert.Equal(IngestStatus.Invalid, result.Status);
    }

    [Fact]
    public void Ingest_NullMessage_Throws()
    {
        var ingestor = new MessageIngestor(IngestKit.Options());

        Assert.Throws<ArgumentNullException>(() => ingestor.Ingest(null!));
    }
}
