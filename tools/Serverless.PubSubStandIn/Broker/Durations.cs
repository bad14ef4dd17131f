using System.Globalization;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>Protobuf JSON durations: seconds with an optional fraction and an "s" suffix ("10s", "3.5s").</summary>
internal static class Durations
{
    public static TimeSpan Parse(string text, string field)
    {
        if (text.EndsWith('s')
            && double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        throw ApiException.Invalid($"Invalid duration for {field}: \"{text}\" (expected e.g. \"10s\").");
    }

    public static string Format(TimeSpan value) =>
        value.TotalSeconds.ToString("0.#########", CultureInfo.InvariantCulture) + "s";
}
