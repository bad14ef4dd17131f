using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class S3IngestTests
{
    private static readonly string DeleteRecord = Samples.S3PutRecord
        .Replace("ObjectCreated:Put", "ObjectRemoved:Delete", StringComparison.Ordinal)
        .Replace("HappyFace.jpg", "SadFace.jpg", StringComparison.Ordinal)
        .Replace("0055AED6DCD90281E5", "0055AED6DCD90281E6", StringComparison.Ordinal);

    [Fact]
    public void Ingest_S3Sample_MapsRecord()
    {
        var body = Samples.S3Notification(Samples.S3PutRecord);

        var result = Ingest(body);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.S3, result.Format);
        Assert.Equal("amzn-s3-demo-bucket/HappyFace.jpg/0055AED6DCD90281E5", cloudEvent.Id);
        Assert.Equal("arn:aws:s3:::amzn-s3-demo-bucket", cloudEvent.Source);
        Assert.Equal("com.amazonaws.s3.ObjectCreated:Put", cloudEvent.Type);
        Assert.Equal("HappyFace.jpg", cloudEvent.Subject);
        Assert.Equal("1970-01-01T00:00:00.000Z", cloudEvent.Time);
        Assert.Equal("us-west-2", cloudEvent.GetAttribute("awsregion"));
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal(RawMember(body, "Records", "0"), DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_S3WithSeveralRecords_YieldsOneEventPerRecordInOrder()
    {
        var result = Ingest(Samples.S3Notification(Samples.S3PutRecord, DeleteRecord));

        Assert.Equal(IngestStatus.Events, result.Status);
        Assert.Collection(
            result.Events,
            e => Assert.Equal(("com.amazonaws.s3.ObjectCreated:Put", "HappyFace.jpg"), (e.Type, e.Subject)),
            e => Assert.Equal(("com.amazonaws.s3.ObjectRemoved:Delete", "SadFace.jpg"), (e.Type, e.Subject)));
        Assert.NotEqual(result.Events[0].Id, result.Events[1].Id);
    }

    [Fact]
    public void Ingest_S3Redelivered_KeepsTheSameIds()
    {
        var body = Samples.S3Notification(Samples.S3PutRecord, DeleteRecord);

        var first = Ingest(body, messageId: "delivery-1");
        var second = Ingest(body, messageId: "delivery-2");

        Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
    }

    [Fact]
    public void Ingest_S3RecordWithoutSequencer_IdUsesEventNameAndTime()
    {
        var record = Samples.S3PutRecord.Replace("\"sequencer\":\"0055AED6DCD90281E5\"", "\"storageClass\":\"GLACIER\"", StringComparison.Ordinal);

        var cloudEvent = Single(Ingest(Samples.S3Notification(record)));

        Assert.Equal("amzn-s3-demo-bucket/HappyFace.jpg/ObjectCreated:Put/1970-01-01T00:00:00.000Z", cloudEvent.Id);
    }

    [Fact]
    public void Ingest_S3TestEvent_IsDroppedWithReason()
    {
        var result = Ingest(Samples.S3TestEvent);

        Assert.Equal(IngestStatus.Drop, result.Status);
        Assert.Equal(DropReasons.S3TestEvent, result.Reason);
        Assert.Contains("amzn-s3-demo-bucket", result.Detail, StringComparison.Ordinal);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Ingest_S3RecordWithoutKey_IsInvalid()
    {
        var record = Samples.S3PutRecord.Replace("\"key\":\"HappyFace.jpg\",", string.Empty, StringComparison.Ordinal);

        var result = Ingest(Samples.S3Notification(Samples.S3PutRecord, record));

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Contains("record 1", result.Detail, StringComparison.Ordinal);
    }
}
