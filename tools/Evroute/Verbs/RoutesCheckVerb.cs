using Serverless.Routing;
using Serverless.Routing.Routing;

namespace Evroute.Verbs;

/// <summary><c>routes check</c>: loads a table as the functions do at start-up.</summary>
internal sealed class RoutesCheckVerb(CommandIo io)
{
    public int Run(string file)
    {
        if (TryLoad(file, io.Error) is not { } table)
        {
            return ExitCodes.Failed;
        }

        var destinations = CloudNames.All.Where(c => table.Routes.Any(r => r.To.Contains(c))).Select(c => c.ToName()).ToList();
        io.Out.WriteLine(
            $"{file}: valid: {Count(table.Routes.Count, "route")}, maxHops {table.MaxHops}, " +
            $"unmatched {(table.Unmatched == UnmatchedAction.Drop ? "drop" : "deadletter")}, " +
            $"destinations {(destinations.Count == 0 ? "none" : string.Join(", ", destinations))}");
        return ExitCodes.Ok;
    }

    /// <summary>The table, or null after printing each of its problems on its own line.</summary>
    public static RoutingTable? TryLoad(string file, TextWriter stderr)
    {
        try
        {
            return RoutingTableLoader.Load(file);
        }
        catch (RoutingTableException e)
        {
            foreach (var error in e.Errors)
            {
                stderr.WriteLine(EventInput.OneLine(error));
            }

            return null;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"evroute: bad routing table path '{file}': {EventInput.OneLine(e.Message)}");
            return null;
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
