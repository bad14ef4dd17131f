using System.Globalization;
using Serverless.Routing.DeadLetters;

namespace Evroute.Dlq;

/// <summary>Reads the <see cref="DeadLetterFields"/> from a string map, the same in all three clouds.</summary>
internal static class LetterFields
{
    /// <summary>True for a field the function adds (<c>evroute-*</c>), which a redrive must not carry back.</summary>
    public static bool IsLetterField(string name) => name.StartsWith("evroute-", StringComparison.Ordinal);

    public static string? Get(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public static DateTimeOffset? Time(IReadOnlyDictionary<string, string> fields, string name) =>
        Get(fields, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    public static int? Int(IReadOnlyDictionary<string, string> fields, string name) =>
        Get(fields, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
