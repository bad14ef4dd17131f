using Serverless.Routing.Ingestion;
using static Serverless.Routing.Tests.Ingestion.IngestKit;

namespace Serverless.Routing.Tests.Ingestion;

public sealed class EventGridIngestTests
{
    [Fact]
    public void Ingest_EventGridSchemaSample_MapsEvent()
    {
        var result = Ingest(Samples.EventGridBlobCreated, IngestKit.Options(Cloud.Azure));

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.EventGrid, result.Format);
        Assert.Equal("831e1650-001e-001b-66ab-eeb76e069631", cloudEvent.Id);
        Assert.Equal("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/Storage/providers/Microsoft.Storage/storageAccounts/xstoretestaccount", cloudEvent.Source);
        Assert.Equal("Microsoft.Storage.BlobCreated", cloudEvent.Type);
        Assert.Equal("/blobServices/default/containers/oc2d2817345i200097container/blobs/oc2d2817345i20002296blob", cloudEvent.Subject);
        Assert.Equal("2017-06-26T18:41:00.9584103Z", cloudEvent.Time);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal(RawMember(Samples.EventGridBlobCreated, "data"), DataText(cloudEvent));
        Assert.Null(cloudEvent.GetAttribute("dataversion")); // the sample's dataVersion is empty
    }

    [Fact]
    public void Ingest_EventGridArray_YieldsEveryEvent()
    {
        var second = Samples.EventGridBlobCreated
            .Replace("831e1650-001e-001b-66ab-eeb76e069631", "second-id", StringComparison.Ordinal)
            .Replace("\"dataVersion\": \"\"", "\"dataVersion\": \"2.0\"", StringComparison.Ordinal);

        var result = Ingest($"[{Samples.EventGridBlobCreated},{second}]");

        Assert.Equal(IngestStatus.Events, result.Status);
        Assert.Equal(["831e1650-001e-001b-66ab-eeb76e069631", "second-id"], result.Events.Select(e => e.Id));
        Assert.Equal("2.0", result.Events[1].GetAttribute("dataversion"));
    }

    [Fact]
    public void Ingest_EventGridCloudEventsSchema_IsAStructuredCloudEvent()
    {
        var result = Ingest(Samples.EventGridCloudEvent);

        var cloudEvent = Single(result);
        Assert.Equal(IngestFormats.CloudEvent, result.Format);
        Assert.Equal("9aeb0fdf-c01e-0131-0922-9eb54906e209", cloudEvent.Id);
        Assert.Equal("Microsoft.Storage.BlobCreated", cloudEvent.Type);
        Assert.Equal("blobServices/default/containers/testcontainer/blobs/new-file.png", cloudEvent.Subject);
    }

    [Fact]
    public void Ingest_EventGridCloudEventsSchemaArray_IsABatch()
    {
        var second = Samples.EventGridCloudEvent.Replace("9aeb0fdf-c01e-0131-0922-9eb54906e209", "second-id", StringComparison.Ordinal);

        var result = Ingest($"[{Samples.EventGridCloudEvent},{second}]");

        Assert.Equal(IngestStatus.Events, result.Status);
        Assert.Equal(IngestFormats.CloudEvent, result.Format);
        Assert.Equal(["9aeb0fdf-c01e-0131-0922-9eb54906e209", "second-id"], result.Events.Select(e => e.Id));
    }

    [Fact]
    public void Ingest_ArrayMixingEventGridAndOther_IsNotEventGrid()
    {
        var result = Ingest($"[{Samples.EventGridBlobCreated},{{\"id\":\"x\"}}]");

        Assert.Equal(IngestFormats.Fallback, result.Format);
    }
}
