using Evroute.Dlq.Config;
using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary><c>dlq purge</c>: deletes chosen dead letters for good, after a y/N confirmation unless <c>--yes</c>.</summary>
internal sealed class PurgeVerb(DlqContext context)
{
    public Task<int> RunAsync(DlqFlags flags, Cloud cloud, DeadLetterSelection selection, bool yes, CancellationToken cancellationToken) =>
        context.RunAsync(flags, async operations =>
        {
            if (!yes)
            {
                if (!context.Terminal.InputIsTerminal)
                {
                    await context.ErrorAsync("purge deletes dead letters for good: standard input is not a terminal, so confirm with --yes").ConfigureAwait(false);
                    return DlqExitCodes.Usage;
                }

                var chosen = await operations.PreviewAsync(cloud, selection, cancellationToken).ConfigureAwait(false);
                var store = operations.Backends.Store(cloud).Name;
                if (chosen.Count == 0)
                {
                    return await NothingAsync(cloud, store, selection).ConfigureAwait(false);
                }

                await context.Io.Out.WriteAsync($"Delete {chosen.Count} dead letter(s) from {cloud.ToName()} ({store}) for good? [y/N] ").ConfigureAwait(false);
                await context.Io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                var answer = (await context.Io.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
                if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
                {
                    await context.Io.Out.WriteLineAsync("nothing purged").ConfigureAwait(false);
                    return DlqExitCodes.Failed;
                }
            }

            var report = await operations.PurgeAsync(cloud, selection, cancellationToken).ConfigureAwait(false);
            if (report.Outcomes.Count == 0)
            {
                return await NothingAsync(cloud, report.Store, selection).ConfigureAwait(false);
            }

            await MoveOutput.WriteAsync(context.Io.Out, report, dryRun: false, purge: true).ConfigureAwait(false);
            return MoveOutput.ExitCode(report, selection);
        });

    private async Task<int> NothingAsync(Cloud cloud, string store, DeadLetterSelection selection)
    {
        var message = MoveOutput.NothingMatched(cloud, store, selection);
        await (selection.Id is null ? context.Io.Out.WriteLineAsync(message) : context.ErrorAsync(message)).ConfigureAwait(false);
        return selection.Id is null ? DlqExitCodes.Ok : DlqExitCodes.Failed;
    }
}
