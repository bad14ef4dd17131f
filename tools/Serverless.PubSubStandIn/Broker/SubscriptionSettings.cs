using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>A subscription's validated configuration; replaced whole (never mutated) when it changes.</summary>
internal sealed record SubscriptionSettings
{
    public required string Topic { get; init; }

    public PushConfig? Push { get; init; }

    public int AckDeadlineSeconds { get; init; } = 10;

    public (TimeSpan Minimum, TimeSpan Maximum)? Retry { get; init; }

    public string? DeadLetterTopic { get; init; }

    public int MaxDeliveryAttempts { get; init; }

    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    public bool EnableMessageOrdering { get; init; }

    public bool RetainAckedMessages { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    public bool IsPush => !string.IsNullOrEmpty(Push?.PushEndpoint);

    public bool HasDeadLetterPolicy => DeadLetterTopic is not null;

    public Subscription ToWire(string name) => new()
    {
        Name = name,
        Topic = Topic,
        PushConfig = Push ?? new PushConfig(),
        AckDeadlineSeconds = AckDeadlineSeconds,
        RetainAckedMessages = RetainAckedMessages ? true : null,
        MessageRetentionDuration = Durations.Format(Retention),
        Labels = Labels,
        EnableMessageOrdering = EnableMessageOrdering ? true : null,
        RetryPolicy = Retry is { } retry
            ? new RetryPolicy { MinimumBackoff = Durations.Format(retry.Minimum), MaximumBackoff = Durations.Format(retry.Maximum) }
            : null,
        DeadLetterPolicy = DeadLetterTopic is null
            ? null
            : new DeadLetterPolicy { DeadLetterTopic = DeadLetterTopic, MaxDeliveryAttempts = MaxDeliveryAttempts },
        State = "ACTIVE",
    };
}
