using System.CommandLine;

namespace Evroute.Dlq;

/// <summary><c>--id ID | --reason TEXT | --all</c>: exactly one chooses what a redrive or purge acts on.</summary>
internal sealed class SelectorOptions
{
    private readonly Option<string?> id = new("--id") { Description = "The event id, or the native message id (dead-letter or inbound).", HelpName = "ID" };
    private readonly Option<string?> reason = new("--reason") { Description = "Every dead letter with this reason (invalid, unmatched, loop, too-large, rejected, max-deliveries).", HelpName = "TEXT" };
    private readonly Option<bool> all = new("--all") { Description = "Every dead letter." };

    public void AddTo(Command command)
    {
        command.Options.Add(id);
        command.Options.Add(reason);
        command.Options.Add(all);
    }

    /// <summary>The selection, or null with <paramref name="error"/> unless exactly one selector is given.</summary>
    public DeadLetterSelection? Read(ParseResult result, out string? error)
    {
        var chosenId = result.GetValue(id);
        var chosenReason = result.GetValue(reason);
        var given = (chosenId is null ? 0 : 1) + (chosenReason is null ? 0 : 1) + (result.GetValue(all) ? 1 : 0);
        error = given == 1 ? null : "choose the dead letters with exactly one of --id ID, --reason TEXT or --all";
        return given == 1 ? new DeadLetterSelection(chosenId, chosenReason) : null;
    }
}
