namespace Serverless.Routing.Aws;

/// <summary>The SQS quotas the sender and the dead-letter writer honour (SQS developer guide, "Quotas").</summary>
public static class SqsLimits
{
    /// <summary>Largest message, body and message attributes together: 1 MiB.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    /// <summary>Largest <c>SendMessageBatch</c> request payload, all entries together: 1 MiB.</summary>
    public const int MaxBatchBytes = 1024 * 1024;

    /// <summary>Most entries in one <c>SendMessageBatch</c>.</summary>
    public const int MaxBatchEntries = 10;

    /// <summary>Most message attributes on one message.</summary>
    public const int MaxMessageAttributes = 10;

    /// <summary>Longest FIFO <c>MessageGroupId</c> or <c>MessageDeduplicationId</c>.</summary>
    public const int MaxFifoIdLength = 128;
}
