using System.Text.RegularExpressions;
using Serverless.Routing.Configuration;

namespace Serverless.Routing.Gcp;

/// <summary>Checks topic names of the form <c>projects/PROJECT/topics/TOPIC</c> (Pub/Sub "Resource names").</summary>
public static partial class PubSubTopicName
{
    /// <summary>True for a full topic name with a valid topic id (3 to 255 characters, starting with a letter, not <c>goog</c>).</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name) && !name.Split('/')[3].StartsWith("goog", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="setting"/> as a topic name; null when absent, <see cref="SettingsException"/> when malformed.</summary>
    public static string? FromSettings(SettingsReader settings, string setting)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var value = settings.Optional(setting);
        return value is null || IsValid(value)
            ? value
            : throw new SettingsException(setting, $"'{value}' is not a Pub/Sub topic name of the form projects/PROJECT/topics/TOPIC");
    }

    [GeneratedRegex(@"^projects/[a-z0-9.:-]{1,100}/topics/[A-Za-z][-A-Za-z0-9_.~+%]{2,254}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
