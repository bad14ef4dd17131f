using System.Globalization;
using System.Text.RegularExpressions;

namespace Evroute.Dlq;

/// <summary>Durations like <c>30m</c>, <c>2h</c>, <c>7d</c>, <c>1h30m</c> (units s, m, h, d, w).</summary>
internal static partial class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || !Whole().IsMatch(text))
        {
            return false;
        }

        foreach (Match part in Part().Matches(text))
        {
            if (!long.TryParse(part.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                return false;
            }

            duration += part.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return duration > TimeSpan.Zero;
    }

    [GeneratedRegex("^([0-9]+[smhdw])+$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex("([0-9]+)([smhdw])", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
