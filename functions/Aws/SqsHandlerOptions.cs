namespace Serverless.Functions.Aws;

/// <summary>Settings of <see cref="SqsBatchHandler"/>.</summary>
public sealed record SqsHandlerOptions
{
    /// <summary>No new work starts when less than this remains before the deadline (<c>EVROUTE_DEADLINE_MARGIN_MS</c>, default 3000).</summary>
    public TimeSpan DeadlineMargin { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>
    /// Records of a standard queue routed per <c>RouteAsync</c> call. Chunks keep per-destination batching while
    /// letting the deadline stop the batch between chunks, so finished chunks are not redelivered.
    /// </summary>
    public int ChunkSize { get; init; } = 50;
}
