using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>Prints what a redrive or purge did: one line per chosen message, then a summary.</summary>
internal static class MoveOutput
{
    public static async Task WriteAsync(TextWriter output, MoveReport report, bool dryRun, bool purge = false)
    {
        foreach (var outcome in report.Outcomes)
        {
            var letter = outcome.Letter;
            var what = outcome.Status switch
            {
                MoveStatus.WouldMove => "would move",
                MoveStatus.Moved => "moved",
                MoveStatus.Purged => "purged",
                MoveStatus.Skipped => "skipped",
                _ => "failed",
            };
            var id = letter.EventId is { } eventId ? $"event {eventId}" : $"message {letter.MessageId}";
            var detail = outcome.Detail is null ? string.Empty : $": {outcome.Detail}";
            await output.WriteLineAsync($"{what} {letter.Cloud.ToName()} {id} ({letter.Reason}){detail}").ConfigureAwait(false);
        }

        var store = $"{report.Cloud.ToName()} ({report.Store})";
        var summary = dryRun
            ? $"dry run, nothing changed: would move {report.Count(MoveStatus.WouldMove)}, would skip {report.Count(MoveStatus.Skipped)} from {store}"
            : purge
                ? $"{store}: purged {report.Count(MoveStatus.Purged)}, failed {report.Count(MoveStatus.Failed)}"
                : $"{store}: moved {report.Count(MoveStatus.Moved)}, failed {report.Count(MoveStatus.Failed)}, skipped {report.Count(MoveStatus.Skipped)}";
        await output.WriteLineAsync(summary).ConfigureAwait(false);
    }

    /// <summary>The exit code: failures, or an <c>--id</c> that matched nothing, are 1.</summary>
    public static int ExitCode(MoveReport report, DeadLetterSelection selection) =>
        report.HasFailures || (selection.Id is not null && report.Outcomes.Count == 0) ? DlqExitCodes.Failed : DlqExitCodes.Ok;

    public static string NothingMatched(Cloud cloud, string store, DeadLetterSelection selection) =>
        selection.Id is { } id ? $"no dead letter in {cloud.ToName()} ({store}) has id {id}"
        : selection.Reason is { } reason ? $"no dead letters in {cloud.ToName()} ({store}) with reason {reason}"
        : $"no dead letters in {cloud.ToName()} ({store})";
}
