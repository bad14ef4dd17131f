using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Delivery;

/// <summary>
/// Folds a message's events into one verdict. A permanent failure anywhere dead-letters the message (the dead
/// letter keeps the original, so nothing is lost, and retrying would fail the same way); otherwise a transient
/// failure anywhere retries it whole; otherwise it is routed, or dropped when no event was forwarded.
/// </summary>
internal static class OutcomeBuilder
{
    public static MessageOutcome Build(IncomingMessage message, IngestResult ingested, List<EventWork> events, TimeSpan duration)
    {
        if (ingested.Status == IngestStatus.Invalid)
        {
            return Outcome(message, MessageStatus.DeadLetter, ingested.Reason ?? FailureReasons.Invalid, ingested.Detail, [], duration);
        }

        if (ingested.Status == IngestStatus.Drop)
        {
            return Outcome(message, MessageStatus.Dropped, ingested.Reason, ingested.Detail, [], duration);
        }

        var reports = events.ConvertAll(e => e.ToReport());
        string? transient = null;
        var forwarded = false;
        foreach (var report in reports)
        {
            if (report.Decision.Outcome == RoutingOutcome.DeadLetter)
            {
                return Outcome(message, MessageStatus.DeadLetter, report.Decision.Reason, Describe(report, report.Decision.Detail), reports, duration);
            }

            foreach (var (destination, failure) in report.Failures)
            {
                if (failure.Status == SendStatus.Permanent)
                {
                    var detail = $"{destination.ToName()}: {failure.Detail}";
                    return Outcome(message, MessageStatus.DeadLetter, failure.Reason ?? FailureReasons.Rejected, Describe(report, detail), reports, duration);
                }

                transient ??= $"{destination.ToName()}: {failure.Detail}";
            }

            forwarded |= report.Decision.Outcome == RoutingOutcome.Forward;
        }

        if (transient is not null)
        {
            return Outcome(message, MessageStatus.Retry, FailureReasons.Transient, transient, reports, duration);
        }

        if (!forwarded)
        {
            var first = reports.Count > 0 ? reports[0].Decision : null;
            return Outcome(message, MessageStatus.Dropped, first?.Reason, first?.Detail, reports, duration);
        }

        return Outcome(message, MessageStatus.Routed, null, null, reports, duration);
    }

    /// <summary>Names the event in the detail when the message carried several (S3 records, batches).</summary>
    private static string? Describe(EventReport report, string? detail) => detail is null ? null : $"event {report.Id}: {detail}";

    private static MessageOutcome Outcome(IncomingMessage message, MessageStatus status, string? reason, string? detail, IReadOnlyList<EventReport> reports, TimeSpan duration) =>
        new()
        {
            Message = message,
            Status = status,
            Reason = reason,
            Detail = detail,
            Events = reports,
            Duration = duration,
        };
}
