using System.Text.Json;

namespace Serverless.LocalCloud.Functions;

/// <summary>Reads a partial batch response (<c>{"batchItemFailures":[{"itemIdentifier":..}]}</c>) as Lambda does.</summary>
public static class BatchResponseReader
{
    /// <summary>
    /// The message ids the response reports as failed; null when the response fails the whole batch. Lambda's rules:
    /// an empty or null list means all succeeded; invalid JSON, or an empty or unknown itemIdentifier, fails them all.
    /// </summary>
    public static HashSet<string>? FailedIds(byte[] body, IEnumerable<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(messageIds);
        try
        {
            using var document = JsonDocument.Parse(body);
            var failed = new HashSet<string>(StringComparer.Ordinal);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("batchItemFailures", out var list) || list.ValueKind == JsonValueKind.Null)
            {
                return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Null ? failed : null;
            }

            var known = messageIds.ToHashSet(StringComparer.Ordinal);
            foreach (var item in list.EnumerateArray())
            {
                var id = item.TryGetProperty("itemIdentifier", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (string.IsNullOrEmpty(id) || !known.Contains(id))
                {
                    return null;
                }

                failed.Add(id);
            }

            return failed;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
