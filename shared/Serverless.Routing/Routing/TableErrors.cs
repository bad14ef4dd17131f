using System.Text.Json;

namespace Serverless.Routing.Routing;

/// <summary>Collects every problem found while reading a table, each prefixed with the source name.</summary>
internal sealed class TableErrors(string sourceName)
{
    private readonly List<string> errors = [];

    public int Count => errors.Count;

    public IReadOnlyList<string> All => errors;

    public void Add(string path, string problem) =>
        errors.Add(path.Length == 0 ? $"{sourceName}: {problem}" : $"{sourceName}: {path}: {problem}");

    /// <summary>
    /// The object's members; a repeated key is reported and skipped, because System.Text.Json keeps both and the
    /// one that wins would depend on the reader.
    /// </summary>
    public IEnumerable<JsonProperty> Members(JsonElement element, string path)
    {
        HashSet<string>? seen = null;
        foreach (var member in element.EnumerateObject())
        {
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(member.Name))
            {
                Add(Join(path, member.Name), "duplicate key");
                continue;
            }

            yield return member;
        }
    }

    public static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
