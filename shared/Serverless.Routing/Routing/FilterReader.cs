using System.Buffers;
using System.Text.Json;

namespace Serverless.Routing.Routing;

/// <summary>Reads a Subscriptions API filter expression, reporting every problem with its JSON path.</summary>
internal static class FilterReader
{
    /// <summary>Deepest nesting accepted, so a hostile table cannot exhaust the stack when it is read or matched.</summary>
    public const int MaxDepth = 32;

    private const string Dialects = "exact, prefix, suffix, all, any or not";

    private static readonly SearchValues<char> AttributeNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The filter, or null when it has errors (they are added to <paramref name="errors"/>).</summary>
    public static IEventFilter? Read(JsonElement element, string path, int depth, TableErrors errors)
    {
        if (depth > MaxDepth)
        {
            errors.Add(path, $"filters nested deeper than {MaxDepth} levels");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected a filter object with one of {Dialects}, found {TableErrors.Describe(element.ValueKind)}");
            return null;
        }

        var members = errors.Members(element, path).ToList();
        if (members.Count != 1)
        {
            errors.Add(path, members.Count == 0
                ? $"empty filter: expected one of {Dialects}"
                : $"a filter has exactly one dialect, found {string.Join(", ", members.Select(m => m.Name))}");
            return null;
        }

        var (name, value) = (members[0].Name, members[0].Value);
        var memberPath = $"{path}.{name}";
        return name switch
        {
            "exact" => ReadAttributes(value, memberPath, errors) is { } a ? new ExactFilter(a) : null,
            "prefix" => ReadAttributes(value, memberPath, errors) is { } a ? new PrefixFilter(a) : null,
            "suffix" => ReadAttributes(value, memberPath, errors) is { } a ? new SuffixFilter(a) : null,
            "all" => ReadList(value, memberPath, depth, errors) is { } l ? new AllFilter(l) : null,
            "any" => ReadList(value, memberPath, depth, errors) is { } l ? new AnyFilter(l) : null,
            "not" => Read(value, memberPath, depth + 1, errors) is { } f ? new NotFilter(f) : null,
            _ => Unknown(name, memberPath, errors),
        };
    }

    private static IEventFilter? Unknown(string name, string path, TableErrors errors)
    {
        errors.Add(path, $"unknown filter dialect '{name}': expected {Dialects}");
        return null;
    }

    private static List<IEventFilter>? ReadList(JsonElement value, string path, int depth, TableErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"expected an array of filters, found {TableErrors.Describe(value.ValueKind)}");
            return null;
        }

        // The Subscriptions API requires at least one nested expression in all and any.
        if (value.GetArrayLength() == 0)
        {
            errors.Add(path, "expected at least one filter");
            return null;
        }

        var filters = new List<IEventFilter>();
        var failed = false;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var filter = Read(item, $"{path}[{index++}]", depth + 1, errors);
            failed |= filter is null;
            if (filter is not null)
            {
                filters.Add(filter);
            }
        }

        return failed ? null : filters;
    }

    private static List<KeyValuePair<string, string>>? ReadAttributes(JsonElement value, string path, TableErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"expected an object of attribute name to string, found {TableErrors.Describe(value.ValueKind)}");
            return null;
        }

        var attributes = new List<KeyValuePair<string, string>>();
        var failed = false;
        foreach (var member in errors.Members(value, path))
        {
            var memberPath = $"{path}.{member.Name}";
            if (!IsAttributeName(member.Name))
            {
                errors.Add(memberPath, "attribute names are lower-case letters and digits");
                failed = true;
            }
            else if (member.Value.ValueKind != JsonValueKind.String || member.Value.GetString() is not { Length: > 0 } text)
            {
                errors.Add(memberPath, $"expected a non-empty string, found {Found(member.Value)}");
                failed = true;
            }
            else
            {
                attributes.Add(new(member.Name, text));
            }
        }

        if (!failed && attributes.Count == 0)
        {
            errors.Add(path, "expected at least one attribute");
            failed = true;
        }

        return failed ? null : attributes;
    }

    private static string Found(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? "an empty string" : TableErrors.Describe(value.ValueKind);

    private static bool IsAttributeName(string name) =>
        name.Length > 0 && !name.AsSpan().ContainsAnyExcept(AttributeNameChars);
}
