using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class CloudStorageIngestTests
{
    [Theory]
    [InlineData("OBJECT_FINALIZE", "google.cloud.storage.object.v1.finalized")]
    [InlineData("OBJECT_DELETE", "google.cloud.storage.object.v1.deleted")]
    [InlineData("OBJECT_ARCHIVE", "google.cloud.storage.object.v1.archived")]
    [InlineData("OBJECT_METADATA_UPDATE", "google.cloud.storage.object.v1.metadataUpdated")]
    public void Ingest_CloudStorageNotification_MapsEventType(string eventType, string expectedType)
    {
        var result = Ingest(Samples.GcsObjectMetadata, IngestKit.Options(Cloud.Gcp), "4213532485123", attributes: Samples.GcsAttributes(eventType));

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.CloudStorage, result.Format);
        Assert.Equal(expectedType, cloudEvent.Type);
        Assert.Equal("4213532485123", cloudEvent.Id);
        Assert.Equal("//storage.googleapis.com/projects/_/buckets/my-bucket", cloudEvent.Source);
        Assert.Equal("objects/photos/cat.jpg", cloudEvent.Subject);
        Assert.Equal("2023-11-14T22:13:20.123456Z", cloudEvent.Time);
    }

    [Fact]
    public void Ingest_CloudStorageJsonApiV1_DataIsObjectMetadataUnchanged()
    {
        var cloudEvent = Single(Ingest(Samples.GcsObjectMetadata, attributes: Samples.GcsAttributes("OBJECT_FINALIZE")));

        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal(RawMember(Samples.GcsObjectMetadata), DataText(cloudEvent));
    }

    [Fact]
    public void Ingest_CloudStoragePayloadNone_HasNoData()
    {
        var cloudEvent = Single(Ingest(string.Empty, attributes: Samples.GcsAttributes("OBJECT_DELETE", "NONE")));

        Assert.False(cloudEvent.Data.HasValue);
        Assert.Null(cloudEvent.DataContentType);
    }

    [Fact]
    public void Ingest_CloudStorageJsonApiV1WithoutJson_IsInvalid()
    {
        var result = Ingest("plain words", attributes: Samples.GcsAttributes("OBJECT_FINALIZE"));

        Assert.Equal(IngestStatus.Invalid, result.Status);
        Assert.Contains("JSON_API_V1", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnknownCloudStorageEventType_FallsBack()
    {
        var result = Ingest(Samples.GcsObjectMetadata, attributes: Samples.GcsAttributes("OBJECT_TELEPORTED"));

        Assert.Equal(IngestFormats.Fallback, result.Format);
    }
}
