namespace Serverless.Routing.Routing;

/// <summary>Loads and validates a routing table (see <c>routes.schema.json</c> beside this library).</summary>
public static class RoutingTableLoader
{
    /// <summary>Reads and validates the table at <paramref name="path"/>; throws <see cref="RoutingTableException"/>.</summary>
    public static RoutingTable Load(string path) => throw new NotImplementedException();

    /// <summary>Validates a table given as JSON text; <paramref name="sourceName"/> prefixes messages.</summary>
    public static RoutingTable Parse(string json, string sourceName = "routes") => throw new NotImplementedException();
}
