using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class EventBridgeIngestTests
{
    [Fact]
    public void Ingest_EventBridgeSample_MapsContextAttributes()
    {
        var result = Ingest(Samples.EventBridgeEc2);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.EventBridge, result.Format);
        Assert.Equal("6a7e8feb-b491-4cf7-a9f1-bf3703467718", cloudEvent.Id);
        Assert.Equal("aws.ec2", cloudEvent.Source);
        Assert.Equal("EC2 Instance State-change Notification", cloudEvent.Type);
        Assert.Equal("arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0", cloudEvent.Subject);
        Assert.Equal("2017-12-22T18:43:48Z", cloudEvent.Time);
        Assert.Equal("111122223333", cloudEvent.GetAttribute("awsaccount"));
        Assert.Equal("us-west-1", cloudEvent.GetAttribute("awsregion"));
    }

    [Fact]
    public void Ingest_EventBridgeSample_DataIsDetailBytesUnchanged()
    {
        var cloudEvent = Single(Ingest(Samples.EventBridgeEc2));

        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal(RawMember(Samples.EventBridgeEc2, "detail"), DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_EventBridgeWithoutResources_HasNoSubject()
    {
        var body = """{"version":"0","id":"e1","detail-type":"OrderPlaced","source":"com.example.shop","account":"1","time":"2024-01-01T00:00:00Z","region":"eu-west-1","resources":[],"detail":{"order":7}}""";

        var cloudEvent = Single(Ingest(body));

        Assert.Null(cloudEvent.Subject);
        Assert.Equal("com.example.shop", cloudEvent.Source);
        Assert.Equal("""{"order":7}""", DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_EventBridgeSourceWithSpaces_SourceIsPercentEncoded()
    {
        var body = """{"version":"0","id":"e2","detail-type":"X","source":"my app","time":"not a time","resources":[],"detail":{}}""";

        var cloudEvent = Single(Ingest(body));

        Assert.Equal("my%20app", cloudEvent.Source);
        Assert.Null(cloudEvent.Time);
    }
}
