namespace Serverless.PubSubStandIn.Wire;

/// <summary>A subscription resource as Google's REST API shows it (the subset the stand-in honours).</summary>
public sealed record Subscription
{
    public string? Name { get; init; }
    public string? Topic { get; init; }
    public PushConfig? PushConfig { get; init; }
    public int? AckDeadlineSeconds { get; init; }
    public bool? RetainAckedMessages { get; init; }
    public string? MessageRetentionDuration { get; init; }
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
    public bool? EnableMessageOrdering { get; init; }
    public RetryPolicy? RetryPolicy { get; init; }
    public DeadLetterPolicy? DeadLetterPolicy { get; init; }
    public string? State { get; init; }
}
