using System.Globalization;
using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>The loop guard's view of an event: hops made so far and the clouds on its path, as a bit set.</summary>
internal readonly record struct HopState(int Hops, int PathMask, string? PathText)
{
    public static int Bit(Cloud cloud) => 1 << (int)cloud;

    public bool OnPath(Cloud cloud) => (PathMask & Bit(cloud)) != 0;

    /// <summary>Reads both extensions; false (with a one-line error) when either is malformed.</summary>
    public static bool TryRead(CloudEvent cloudEvent, out HopState state, out string? error)
    {
        state = default;
        error = null;
        var hops = 0;
        var extensions = cloudEvent.Extensions;

        // Binary-mode transports carry every extension as a string, so the text decides, not the JSON kind.
        if (extensions.TryGetValue(HopExtensions.Hops, out var hopsValue)
            && !int.TryParse(hopsValue.Text, NumberStyles.None, CultureInfo.InvariantCulture, out hops))
        {
            error = $"malformed {HopExtensions.Hops} '{hopsValue.Text}': expected a non-negative integer";
            return false;
        }

        var mask = 0;
        string? pathText = null;
        if (extensions.TryGetValue(HopExtensions.Path, out var pathValue) && pathValue.Text.Length > 0)
        {
            pathText = pathValue.Text;

            // Walks the text in place: splitting into strings would allocate on every hop-stamped event.
            foreach (var range in pathText.AsSpan().Split(','))
            {
                var name = pathText.AsSpan()[range];
                var bit = name switch
                {
                    "azure" => Bit(Cloud.Azure),
                    "aws" => Bit(Cloud.Aws),
                    "gcp" => Bit(Cloud.Gcp),
                    _ => 0,
                };
                if (bit == 0)
                {
                    error = $"malformed {HopExtensions.Path} '{pathText}': unknown cloud '{name}', expected azure, aws or gcp";
                    return false;
                }

                mask |= bit;
            }
        }

        state = new HopState(hops, mask, pathText);
        return true;
    }
}
