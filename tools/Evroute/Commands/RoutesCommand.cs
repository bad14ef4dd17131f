using System.CommandLine;
using Evroute.Verbs;

namespace Evroute.Commands;

/// <summary><c>evroute routes check FILE</c>: commands about routing tables.</summary>
internal static class RoutesCommand
{
    public static Command Create(CommandIo io)
    {
        var file = new Argument<string>("FILE") { Description = "The routing table (JSON)." };
        var check = new Command("check", "Validate a routing table: a one-line summary (exit 0) or every problem (exit 1).") { file };
        check.SetAction(result => new RoutesCheckVerb(io).Run(result.GetRequiredValue(file)));
        return new Command("routes", "Work with routing tables.") { check };
    }
}
