using System.CommandLine;
using Evroute.Verbs;

namespace Evroute.Commands;

/// <summary><c>evroute validate FILE|-</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIo io)
    {
        var file = new Argument<string>("FILE") { Description = "A structured-mode CloudEvent (JSON), or - for standard input." };
        var compact = new Option<bool>("--compact") { Description = "Print the event as the router forwards it: compact, byte for byte." };
        var command = new Command("validate", "Check that a file holds a valid CloudEvent; print it normalised (exit 0) or the problem (exit 1).")
        {
            file,
            compact,
        };
        command.SetAction(result => new ValidateVerb(io).Run(result.GetRequiredValue(file), result.GetValue(compact)));
        return command;
    }
}
