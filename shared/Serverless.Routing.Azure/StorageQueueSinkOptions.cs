namespace Serverless.Routing.Azure;

/// <summary>Settings of <see cref="StorageQueueSink"/>.</summary>
public sealed record StorageQueueSinkOptions
{
    /// <summary>How many messages are sent at once; the service has no batch send (default 8, <c>EVROUTE_MAX_CONCURRENT_SENDS</c>).</summary>
    public int MaxConcurrentSends { get; init; } = 8;

    /// <summary>The size limit checked before sending, in bytes after Base64 (default the service's 64 KiB).</summary>
    public int MaxMessageBytes { get; init; } = StorageQueueLimits.MaxMessageBytes;
}
