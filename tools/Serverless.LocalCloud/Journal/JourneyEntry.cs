using Serverless.Routing;

namespace Serverless.LocalCloud.Journal;

/// <summary>
/// One line of the journey journal: a function handled one native message (the core's outcome, from the observer
/// of an in-process function or the JSON log line of a child process), when, and with which events.
/// </summary>
public sealed record JourneyEntry
{
    /// <summary>When the function finished with the message.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The cloud whose function handled it (<c>azure</c>, <c>aws</c>, <c>gcp</c>).</summary>
    public required string Cloud { get; init; }

    /// <summary>The native message id.</summary>
    public required string MessageId { get; init; }

    /// <summary>The delivery count of this attempt.</summary>
    public int DeliveryCount { get; init; } = 1;

    /// <summary><c>routed</c>, <c>dropped</c>, <c>retry</c> or <c>deadletter</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The reason code (drop, retry, dead-letter).</summary>
    public string? Reason { get; init; }

    /// <summary>The reason sentence.</summary>
    public string? Detail { get; init; }

    /// <summary>Time the function spent on it.</summary>
    public double DurationMs { get; init; }

    /// <summary>The events the message carried.</summary>
    public IReadOnlyList<JourneyEvent> Events { get; init; } = [];

    /// <summary>True when the journey ended here: forwarded to this cloud, and no route sends it further.</summary>
    public bool IsDelivered => Outcome == "dropped" && Reason == FailureReasons.Delivered;

    /// <summary>True when this function dead-lettered the message.</summary>
    public bool IsDeadLettered => Outcome == "deadletter";

    /// <summary>The outcome as the console shows it (<c>delivered</c> for the end of a journey).</summary>
    public string Display => IsDelivered ? "delivered" : Outcome;
}
