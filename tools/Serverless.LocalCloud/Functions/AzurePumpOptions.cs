namespace Serverless.LocalCloud.Functions;

/// <summary>The Functions host's queue-trigger behaviour the local pump copies (functions/Azure/host.json).</summary>
public sealed record AzurePumpOptions
{
    /// <summary>Messages fetched per dequeue (host.json <c>batchSize</c>, 16).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>A new batch is fetched when fewer than this many are in flight (<c>newBatchThreshold</c>, 8).</summary>
    public int NewBatchThreshold { get; init; } = 8;

    /// <summary>Failures before a message is moved to the poison queue (<c>maxDequeueCount</c>, 5).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a failed message stays invisible before its retry (<c>visibilityTimeout</c>, 30 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a dequeued message stays invisible while the function works on it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between polls of an idle queue (<c>maxPollingInterval</c>, 2 s).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromSeconds(2);
}
