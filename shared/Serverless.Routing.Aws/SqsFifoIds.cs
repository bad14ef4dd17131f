using System.Security.Cryptography;
using System.Text;

namespace Serverless.Routing.Aws;

/// <summary>FIFO ids: a group id from an event attribute, a deduplication id from the event's identity.</summary>
internal static class SqsFifoIds
{
    private const string FallbackGroup = "evroute";

    /// <summary>
    /// The attribute's value when it is a valid group id (1-128 of SQS's allowed characters); a longer or odd value
    /// becomes its readable prefix plus a hash, so equal values still land in one group.
    /// </summary>
    public static string GroupId(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return FallbackGroup;
        }

        if (value.Length <= SqsLimits.MaxFifoIdLength && value.All(IsAllowed))
        {
            return value;
        }

        var hash = Sha256Hex(value);
        var prefix = new string([.. value.Where(IsAllowed).Take(SqsLimits.MaxFifoIdLength - hash.Length - 1)]);
        return prefix.Length == 0 ? hash : $"{prefix}-{hash}";
    }

    /// <summary>Source and id identify a CloudEvent, so a resend of the same event is deduplicated by SQS.</summary>
    public static string DeduplicationId(string source, string id) => Sha256Hex(source + "\n" + id);

    // SQS allows alphanumerics and ASCII punctuation in FIFO ids: every printable ASCII character but space.
    private static bool IsAllowed(char c) => c is >= '!' and <= '~';

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
