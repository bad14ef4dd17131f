namespace Serverless.PubSubStandIn.Wire;

/// <summary>Exponential back-off between redeliveries; durations like "10s".</summary>
public sealed record RetryPolicy
{
    public string? MinimumBackoff { get; init; }
    public string? MaximumBackoff { get; init; }
}
