using System.Text;
using System.Text.Json;

namespace Serverless.Routing.Azure;

/// <summary>
/// Reads both poison-queue formats back (used by <c>evroute dlq</c>). Pass the message text as stored, that is
/// read with <c>QueueMessageEncoding.None</c>: a wrapper is plain JSON and starts with <c>{</c>, a Base64 message
/// never does. Never throws for bad input.
/// </summary>
public static class PoisonMessageReader
{
    /// <summary>Parses one stored poison message.</summary>
    public static PoisonMessage Parse(string storedText)
    {
        ArgumentNullException.ThrowIfNull(storedText);
        var trimmed = storedText.Trim();
        if (trimmed.StartsWith('{'))
        {
            return TryWrapped(trimmed) ?? Unrecognized(storedText);
        }

        var bytes = new byte[trimmed.Length];
        return Convert.TryFromBase64String(trimmed, bytes, out var written) && trimmed.Length > 0
            ? new PoisonMessage { Kind = PoisonMessageKind.Base64Original, Original = bytes.AsMemory(0, written) }
            : Unrecognized(storedText);
    }

    private static PoisonMessage? TryWrapped(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(PoisonMessageFormat.MessageMember, out var message)
                || message.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in root.EnumerateObject())
            {
                if (member.Name.StartsWith("evroute-", StringComparison.Ordinal) && member.Value.ValueKind == JsonValueKind.String)
                {
                    fields[member.Name] = member.Value.GetString()!;
                }
            }

            return fields.Count == 0
                ? null
                : new PoisonMessage { Kind = PoisonMessageKind.Wrapped, Original = Encoding.UTF8.GetBytes(message.GetString()!), Fields = fields };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PoisonMessage Unrecognized(string text) =>
        new() { Kind = PoisonMessageKind.Unrecognized, Original = Encoding.UTF8.GetBytes(text) };
}
