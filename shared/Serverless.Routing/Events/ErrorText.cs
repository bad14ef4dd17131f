using System.Text;

namespace Serverless.Routing.Events;

/// <summary>Builds the one-line reasons the decoders return; hostile values must not break a log line.</summary>
internal static class ErrorText
{
    private const int MaxQuoted = 80;

    /// <summary>The value in single quotes, shortened, with control and line-breaking characters replaced.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = value.Length > MaxQuoted ? value.AsSpan(0, MaxQuoted) : value.AsSpan();
        var builder = new StringBuilder(text.Length + 3).Append('\'');
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c);
        }

        return builder.Append(value.Length > MaxQuoted ? "...'" : "'").ToString();
    }

    /// <summary>A library message (for example a <see cref="System.Text.Json.JsonException"/>) on one line.</summary>
    public static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Replace('\u2028', ' ').Replace('\u2029', ' ');

    public static string Missing(string name) => $"missing required attribute '{name}'";

    public static string Empty(string name) => $"attribute '{name}' must not be empty";

    public static string Duplicate(string name) => $"duplicate member '{name}'";

    public static string NotString(string name, string found) => $"attribute '{name}' must be a JSON string, found {found}";
}
