using Evroute.Dlq.Config;
using Serverless.Routing;
using Spectre.Console;

namespace Evroute.Dlq;

/// <summary><c>dlq redrive</c>: sends chosen dead letters back to an inbound queue, removing each only once it is re-sent.</summary>
internal sealed class RedriveVerb(DlqContext context)
{
    public Task<int> RunAsync(DlqFlags flags, Cloud cloud, DeadLetterSelection selection, Cloud? to, bool dryRun, CancellationToken cancellationToken) =>
        context.RunAsync(flags, async operations =>
        {
            MoveReport report;
            if (context.Terminal.OutputIsTerminal && !dryRun)
            {
                report = await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"redrive {cloud.ToName()}", autoStart: true, maxValue: 1);
                    return await operations.RedriveAsync(cloud, selection, to, dryRun, (done, total) =>
                    {
                        task.MaxValue = total;
                        task.Value = done;
                    }, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                report = await operations.RedriveAsync(cloud, selection, to, dryRun, null, cancellationToken).ConfigureAwait(false);
            }

            if (report.Outcomes.Count == 0)
            {
                var message = MoveOutput.NothingMatched(cloud, report.Store, selection);
                await (selection.Id is null ? context.Io.Out.WriteLineAsync(message) : context.ErrorAsync(message)).ConfigureAwait(false);
                return MoveOutput.ExitCode(report, selection);
            }

            await MoveOutput.WriteAsync(context.Io.Out, report, dryRun).ConfigureAwait(false);
            return MoveOutput.ExitCode(report, selection);
        });
}
