namespace Evroute.Dlq;

/// <summary>The result for one chosen dead letter.</summary>
internal sealed record MoveOutcome(DeadLetterMessage Letter, MoveStatus Status, string? Detail = null);
