using System.Text.Json;

namespace Serverless.Routing.Routing;

/// <summary>Loads and validates a routing table (see <c>routes.schema.json</c> beside this library).</summary>
public static class RoutingTableLoader
{
    // Deeper than the filter limit allows, so a deep filter gets the clearer message from FilterReader.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    /// <summary>Reads and validates the table at <paramref name="path"/>; throws <see cref="RoutingTableException"/>.</summary>
    public static RoutingTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new RoutingTableException($"{path}: cannot read the routing table: {e.Message}", e);
        }

        return Parse(json, path);
    }

    /// <summary>Validates a table given as JSON text; <paramref name="sourceName"/> prefixes messages.</summary>
    public static RoutingTable Parse(string json, string sourceName = "routes")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new RoutingTableException($"{sourceName}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var errors = new TableErrors(sourceName);
            var table = Read(document.RootElement, errors);
            return errors.Count > 0 || table is null ? throw new RoutingTableException(errors.All) : table;
        }
    }

    private static RoutingTable? Read(JsonElement root, TableErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(string.Empty, $"expected a JSON object at the top level, found {TableErrors.Describe(root.ValueKind)}");
            return null;
        }

        var maxHops = RoutingTable.DefaultMaxHops;
        var unmatched = UnmatchedAction.DeadLetter;
        List<Route>? routes = null;
        foreach (var member in errors.Members(root, string.Empty))
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "$schema" when value.ValueKind != JsonValueKind.String:
                    errors.Add(member.Name, $"expected a string, found {TableErrors.Describe(value.ValueKind)}");
                    break;
                case "$schema":
                    break;
                case "maxHops" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var hops) && hops > 0:
                    maxHops = hops;
                    break;
                case "maxHops":
                    errors.Add(member.Name, $"expected a positive integer, found {value.GetRawText()}");
                    break;
                case "unmatched" when value.ValueKind == JsonValueKind.String && value.GetString() is "drop" or "deadletter":
                    unmatched = value.GetString() == "drop" ? UnmatchedAction.Drop : UnmatchedAction.DeadLetter;
                    break;
                case "unmatched":
                    errors.Add(member.Name, $"expected \"drop\" or \"deadletter\", found {value.GetRawText()}");
                    break;
                case "routes":
                    routes = ReadRoutes(value, errors);
                    break;
                default:
                    errors.Add(member.Name, "unknown key: expected $schema, maxHops, unmatched or routes");
                    break;
            }
        }

        if (routes is null && !root.TryGetProperty("routes", out _))
        {
            errors.Add("routes", "required: the list of routes (it may be empty)");
        }

        return routes is null ? null : new RoutingTable { MaxHops = maxHops, Unmatched = unmatched, Routes = routes };
    }

    private static List<Route>? ReadRoutes(JsonElement value, TableErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("routes", $"expected an array of routes, found {TableErrors.Describe(value.ValueKind)}");
            return null;
        }

        var routes = new List<Route>();
        var firstIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            // Checked apart from the route's other problems, so a duplicate is reported even in a broken route.
            if (item.ValueKind == JsonValueKind.Object && RouteReader.NameOf(item) is { } text
                && !firstIndexByName.TryAdd(text, index))
            {
                errors.Add($"routes[{index}] ({text}).name", $"duplicate route name '{text}' (first used by routes[{firstIndexByName[text]}])");
            }

            if (RouteReader.Read(item, index, errors) is { } route)
            {
                routes.Add(route);
            }

            index++;
        }

        return routes;
    }
}
