namespace Serverless.Routing.Azure;

/// <summary>Documented limits of Azure Storage Queues ("Put Message").</summary>
public static class StorageQueueLimits
{
    /// <summary>The largest message text the service accepts, in UTF-8 bytes after encoding (64 KiB).</summary>
    public const int MaxMessageBytes = 65536;

    /// <summary>The length of <paramref name="rawBytes"/> bytes once Base64 encoded.</summary>
    public static long Base64Length(long rawBytes) => (rawBytes + 2) / 3 * 4;
}
