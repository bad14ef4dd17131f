using System.Text.Json;

namespace Serverless.Routing.Routing;

/// <summary>Reads one entry of <c>routes</c>; problems are reported as <c>routes[i] (name).member: ...</c>.</summary>
internal static class RouteReader
{
    private const string Clouds = "expected azure, aws or gcp";

    /// <summary>The route, or null when it has errors (they are added to <paramref name="errors"/>).</summary>
    public static Route? Read(JsonElement element, int index, TableErrors errors)
    {
        var path = $"routes[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected a route object, found {TableErrors.Describe(element.ValueKind)}");
            return null;
        }

        // Label the route by its name first, so every later message names it even when the name comes last.
        if (NameOf(element) is { } label)
        {
            path = $"{path} ({label})";
        }

        var before = errors.Count;
        string? name = null;
        IReadOnlyList<Cloud>? from = null, to = null;
        IEventFilter? filter = null;
        bool hasName = false, hasTo = false;
        foreach (var member in errors.Members(element, path))
        {
            var memberPath = $"{path}.{member.Name}";
            switch (member.Name)
            {
                case "name":
                    hasName = true;
                    name = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
                    if (string.IsNullOrEmpty(name))
                    {
                        errors.Add(memberPath, $"expected a non-empty string, found {Found(member.Value)}");
                    }

                    break;
                case "from":
                    from = ReadClouds(member.Value, memberPath, "cloud", errors);
                    break;
                case "to":
                    hasTo = true;
                    to = ReadClouds(member.Value, memberPath, "destination", errors);
                    break;
                case "filter":
                    filter = FilterReader.Read(member.Value, memberPath, 1, errors);
                    break;
                default:
                    errors.Add(memberPath, "unknown key: expected name, from, filter or to");
                    break;
            }
        }

        if (!hasName)
        {
            errors.Add(path, "name is required");
        }

        if (!hasTo)
        {
            errors.Add(path, "to is required: list at least one destination (azure, aws or gcp)");
        }

        return errors.Count > before || name is null || to is null
            ? null
            : new Route { Name = name, From = from is null ? null : new HashSet<Cloud>(from), Filter = filter, To = to };
    }

    /// <summary>The route's name when it is a non-empty string (the first one, as the reader keeps the first of repeated keys).</summary>
    public static string? NameOf(JsonElement element)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (member.NameEquals("name"))
            {
                return member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() is { Length: > 0 } name ? name : null;
            }
        }

        return null;
    }

    private static List<Cloud>? ReadClouds(JsonElement value, string path, string what, TableErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"expected an array of cloud names (azure, aws, gcp), found {TableErrors.Describe(value.ValueKind)}");
            return null;
        }

        if (value.GetArrayLength() == 0)
        {
            errors.Add(path, what == "cloud"
                ? "expected at least one cloud (leave from out to apply the route in every cloud)"
                : "expected at least one destination");
            return null;
        }

        var clouds = new List<Cloud>();
        var failed = false;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (text is null)
            {
                errors.Add(itemPath, $"expected a cloud name string, found {TableErrors.Describe(item.ValueKind)}");
                failed = true;
            }
            else if (!CloudNames.TryParse(text, out var cloud))
            {
                errors.Add(itemPath, $"unknown {what} '{text}': {Clouds}");
                failed = true;
            }
            else if (clouds.Contains(cloud.Value))
            {
                errors.Add(itemPath, $"duplicate {what} '{text}'");
                failed = true;
            }
            else
            {
                clouds.Add(cloud.Value);
            }
        }

        return failed ? null : clouds;
    }

    private static string Found(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? "an empty string" : TableErrors.Describe(value.ValueKind);
}
