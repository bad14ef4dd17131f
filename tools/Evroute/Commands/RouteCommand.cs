using System.CommandLine;
using Evroute.Verbs;
using Serverless.Routing;

namespace Evroute.Commands;

/// <summary><c>evroute route --routes FILE --from CLOUD FILE|-</c>.</summary>
internal static class RouteCommand
{
    public static Command Create(CommandIo io)
    {
        var routes = new Option<string>("--routes")
        {
            Description = "The routing table (JSON).",
            DefaultValueFactory = _ => "routes.json",
            HelpName = "FILE",
        };
        var from = new Option<string>("--from")
        {
            Description = "The cloud the event arrives in.",
            Required = true,
            HelpName = "azure|aws|gcp",
        };
        from.AcceptOnlyFromAmong([.. CloudNames.All.Select(c => c.ToName())]);
        var file = new Argument<string>("FILE") { Description = "A structured-mode CloudEvent (JSON), or - for standard input." };
        var command = new Command("route", "Print where the router would send an event, as one JSON object (exit 0).")
        {
            routes,
            from,
            file,
        };
        command.SetAction(result => new RouteVerb(io).Run(
            result.GetRequiredValue(routes),
            CloudNames.Parse(result.GetRequiredValue(from)),
            result.GetRequiredValue(file)));
        return command;
    }
}
