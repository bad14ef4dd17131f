using System.Globalization;

namespace Serverless.Routing.Configuration;

/// <summary>
/// Reads settings through an injected lookup (normally <see cref="Environment.GetEnvironmentVariable(string)"/>),
/// so tests never touch the real environment. Empty values count as absent.
/// </summary>
/// <param name="getSetting">Returns a setting's value, or null.</param>
public sealed class SettingsReader(Func<string, string?> getSetting)
{
    /// <summary>A reader over the process environment.</summary>
    public static SettingsReader FromEnvironment() => new(Environment.GetEnvironmentVariable);

    /// <summary>The value, or null when absent or empty.</summary>
    public string? Optional(string name)
    {
        var value = getSetting(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The value; throws <see cref="SettingsException"/> naming the setting when absent.</summary>
    public string Required(string name) =>
        Optional(name) ?? throw new SettingsException(name, "is required but not set");

    /// <summary>A positive integer, or <paramref name="defaultValue"/> when absent.</summary>
    public int PositiveInt(string name, int defaultValue)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new SettingsException(name, $"'{text}' is not a positive integer");
    }

    /// <summary>
    /// The value as an error message may show it: a URL's query string can be a SAS token, and a value that is
    /// not a URL at all may be a secret pasted into the wrong setting, so only its start is shown.
    /// </summary>
    public static string Redact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var query = value.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            return value[..query] + "?…";
        }

        return value.Length <= 12 ? value : value[..12] + "…";
    }

    /// <summary>An absolute URI, or null when absent.</summary>
    public Uri? OptionalUri(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new SettingsException(name, $"'{Redact(text)}' is not an absolute URI");
    }
}
