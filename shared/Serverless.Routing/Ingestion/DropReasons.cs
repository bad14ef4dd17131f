namespace Serverless.Routing.Ingestion;

/// <summary>The <see cref="IngestResult.Reason"/> of a deliberate drop (<see cref="IngestStatus.Drop"/>); the adapter logs it.</summary>
public static class DropReasons
{
    /// <summary>The <c>s3:TestEvent</c> message S3 sends when a bucket notification is configured.</summary>
    public const string S3TestEvent = "s3-test-event";

    /// <summary>A structured CloudEvents batch with no events in it.</summary>
    public const string EmptyBatch = "empty-batch";
}
