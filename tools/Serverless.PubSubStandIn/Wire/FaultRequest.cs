namespace Serverless.PubSubStandIn.Wire;

/// <summary>Stand-in only: make the next <see cref="Count"/> publishes (or those within <see cref="DurationMs"/>) fail.</summary>
public sealed record FaultRequest
{
    public int? PublishStatus { get; init; }
    public int? Count { get; init; }
    public long? DurationMs { get; init; }
}
