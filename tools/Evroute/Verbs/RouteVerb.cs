using Serverless.Routing;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Evroute.Verbs;

/// <summary><c>route</c>: prints the router's decision for one event arriving in a given cloud.</summary>
internal sealed class RouteVerb(CommandIo io)
{
    public int Run(string routesFile, Cloud from, string file)
    {
        if (RoutesCheckVerb.TryLoad(routesFile, io.Error) is not { } table)
        {
            return ExitCodes.Failed;
        }

        var bytes = EventInput.Read(file, io.In, out var readError);
        if (bytes is null)
        {
            io.Error.WriteLine($"evroute: {readError}");
            return ExitCodes.Failed;
        }

        // An event the decoder refuses is dead-lettered by the functions, so that is the decision shown.
        var decoded = CloudEventJson.Decode(bytes);
        var decision = decoded.Success
            ? new EventRouter(table, from).Decide(decoded.Event)
            : new RoutingDecision { Outcome = RoutingOutcome.DeadLetter, Reason = decoded.Reason, Detail = decoded.Error };

        io.Out.WriteLine(DecisionJson.Write(decision));
        return ExitCodes.Ok;
    }
}
