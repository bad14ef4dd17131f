namespace Serverless.Routing.Ingestion;

/// <summary>The values of <see cref="IngestResult.Format"/>: which mapping turned a message into events.</summary>
public static class IngestFormats
{
    /// <summary>A CloudEvent as received: structured (single or batch) or binary mode.</summary>
    public const string CloudEvent = "cloudevent";

    /// <summary>An EventBridge event delivered by a rule.</summary>
    public const string EventBridge = "eventbridge";

    /// <summary>An SNS notification delivered without raw message delivery.</summary>
    public const string Sns = "sns";

    /// <summary>An S3 event notification (one event per record).</summary>
    public const string S3 = "s3";

    /// <summary>An event in the Event Grid schema (one event per array member).</summary>
    public const string EventGrid = "eventgrid";

    /// <summary>A Cloud Storage Pub/Sub notification.</summary>
    public const string CloudStorage = "gcs";

    /// <summary>Any other message, wrapped by the configured fallback.</summary>
    public const string Fallback = "fallback";
}
