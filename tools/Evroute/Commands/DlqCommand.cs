using System.CommandLine;
using Evroute.Dlq;
using Evroute.Dlq.Config;
using Serverless.Routing;

namespace Evroute.Commands;

/// <summary><c>evroute dlq list|redrive|purge</c>: the dead letters of all three clouds (docs/oncall.md).</summary>
internal static class DlqCommand
{
    public static Command Create(CommandIo io) => Create(io, DlqTerminal.Detect(io), DlqContext.RealClouds(io));

    /// <summary>The command over given terminal facts and backends (tests use fakes).</summary>
    public static Command Create(CommandIo io, DlqTerminal terminal, Func<DlqFlags, IDlqBackends> connect)
    {
        var context = new DlqContext(io, terminal, connect);
        return new Command("dlq", "On-call: list, redrive and purge the dead letters of all three clouds.")
        {
            List(context),
            Redrive(context),
            Purge(context),
        };
    }

    private static Command List(DlqContext context)
    {
        var cloud = CloudOption("Only this cloud (default: every configured cloud).", required: false);
        var since = new Option<string?>("--since") { Description = "Only those that failed within this long, e.g. 30m, 2h, 7d.", HelpName = "DURATION" };
        var reason = new Option<string?>("--reason") { Description = "Only those with this reason.", HelpName = "TEXT" };
        var json = new Option<bool>("--json") { Description = "Print one JSON array (field names in docs/oncall.md)." };
        var connection = new ConnectionOptions();
        var command = new Command("list", "Show every dead letter in one table: cloud, reason, event id, type, source, when, attempts.") { cloud, since, reason, json };
        connection.AddTo(command);
        command.SetAction(async (result, token) =>
        {
            TimeSpan? age = null;
            if (result.GetValue(since) is { } text)
            {
                if (!DurationText.TryParse(text, out var parsed))
                {
                    await context.ErrorAsync($"--since '{text}' is not a duration like 30m, 2h or 7d").ConfigureAwait(false);
                    return DlqExitCodes.Usage;
                }

                age = parsed;
            }

            return await new ListVerb(context).RunAsync(connection.Read(result), ParseCloud(result.GetValue(cloud)), age, result.GetValue(reason), result.GetValue(json), token).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Redrive(DlqContext context)
    {
        var cloud = CloudOption("The cloud whose dead letters to send back.", required: true);
        var to = new Option<string>("--to") { Description = "Where to: the source cloud's inbound queue, or another cloud's.", HelpName = "source|azure|aws|gcp", DefaultValueFactory = _ => "source" };
        to.AcceptOnlyFromAmong(["source", .. CloudNames.All.Select(c => c.ToName())]);
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would move; change nothing." };
        var selector = new SelectorOptions();
        var connection = new ConnectionOptions();
        var command = new Command("redrive", "Send dead letters back to an inbound queue (original event id, hop extensions reset).") { cloud, to, dryRun };
        selector.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (result, token) =>
        {
            if (selector.Read(result, out var error) is not { } selection)
            {
                await context.ErrorAsync(error!).ConfigureAwait(false);
                return DlqExitCodes.Usage;
            }

            var target = result.GetValue(to) is "source" or null ? (Cloud?)null : CloudNames.Parse(result.GetValue(to));
            return await new RedriveVerb(context).RunAsync(connection.Read(result), CloudNames.Parse(result.GetValue(cloud)), selection, target, result.GetValue(dryRun), token).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Purge(DlqContext context)
    {
        var cloud = CloudOption("The cloud whose dead letters to delete.", required: true);
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation (required when standard input is not a terminal)." };
        var selector = new SelectorOptions();
        var connection = new ConnectionOptions();
        var command = new Command("purge", "Delete dead letters for good (asks y/N unless --yes).") { cloud, yes };
        selector.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (result, token) =>
        {
            if (selector.Read(result, out var error) is not { } selection)
            {
                await context.ErrorAsync(error!).ConfigureAwait(false);
                return DlqExitCodes.Usage;
            }

            return await new PurgeVerb(context).RunAsync(connection.Read(result), CloudNames.Parse(result.GetValue(cloud)), selection, result.GetValue(yes), token).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string?> CloudOption(string description, bool required)
    {
        var option = new Option<string?>("--cloud") { Description = description, Required = required, HelpName = "azure|aws|gcp" };
        option.AcceptOnlyFromAmong([.. CloudNames.All.Select(c => c.ToName())]);
        return option;
    }

    private static Cloud? ParseCloud(string? name) => name is null ? null : CloudNames.Parse(name);
}
