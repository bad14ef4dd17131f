namespace Serverless.Routing.Gcp;

/// <summary>Splits encoded entries into publish requests within the message-count and request-size limits.</summary>
internal static class PublishBatcher
{
    /// <summary>
    /// Index ranges of <paramref name="entries"/> (null entries skipped), each one request. An entry too big to
    /// share a request goes alone: its message is within the message limit, which is what Pub/Sub checks.
    /// </summary>
    public static List<List<int>> Split(IReadOnlyList<byte[]?> entries, PubSubLimits limits)
    {
        var batches = new List<List<int>>();
        List<int>? current = null;
        var bytes = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } entry)
            {
                continue;
            }

            var added = entry.Length + 1;
            if (current is null || current.Count >= limits.MaxMessagesPerRequest
                || PublishRequestJson.WrapperBytes + bytes + added > limits.MaxRequestBytes)
            {
                current = [];
                batches.Add(current);
                bytes = 0;
            }

            current.Add(i);
            bytes += added;
        }

        return batches;
    }
}
