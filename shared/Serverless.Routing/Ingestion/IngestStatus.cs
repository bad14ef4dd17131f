namespace Serverless.Routing.Ingestion;

/// <summary>What ingesting a native message produced.</summary>
public enum IngestStatus
{
    /// <summary>One or more CloudEvents.</summary>
    Events,

    /// <summary>Nothing to route, deliberately (the S3 <c>s3:TestEvent</c>).</summary>
    Drop,

    /// <summary>Not a valid CloudEvent and no mapping applies: dead-letter with <see cref="IngestResult.Reason"/>.</summary>
    Invalid,
}
