using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>The events a native message became, or why it became none.</summary>
public sealed record IngestResult
{
    /// <summary>Events, drop or invalid.</summary>
    public required IngestStatus Status { get; init; }

    /// <summary>The events (empty unless <see cref="IngestStatus.Events"/>).</summary>
    public IReadOnlyList<CloudEvent> Events { get; init; } = [];

    /// <summary>For drop and invalid: a <see cref="FailureReasons"/> code (invalid, too-large) or a drop reason.</summary>
    public string? Reason { get; init; }

    /// <summary>A sentence explaining it.</summary>
    public string? Detail { get; init; }

    /// <summary>Which mapping produced the events: <c>cloudevent</c>, <c>eventbridge</c>, <c>sns</c>, <c>s3</c>, <c>eventgrid</c>, <c>gcs</c>, <c>fallback</c>.</summary>
    public string? Format { get; init; }

    /// <summary>A result carrying events.</summary>
    public static IngestResult Of(string format, params IReadOnlyList<CloudEvent> events) =>
        new() { Status = IngestStatus.Events, Events = events, Format = format };

    /// <summary>A failed result.</summary>
    public static IngestResult Invalid(string detail, string reason = FailureReasons.Invalid) =>
        new() { Status = IngestStatus.Invalid, Reason = reason, Detail = detail };

    /// <summary>A deliberate drop.</summary>
    public static IngestResult Dropped(string reason, string detail) =>
        new() { Status = IngestStatus.Drop, Reason = reason, Detail = detail };
}
