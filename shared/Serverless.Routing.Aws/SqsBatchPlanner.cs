namespace Serverless.Routing.Aws;

/// <summary>Splits messages into <c>SendMessageBatch</c> calls of at most 10 entries and 1 MiB, keeping their order.</summary>
internal static class SqsBatchPlanner
{
    public static List<List<SqsOutgoing>> Plan(IEnumerable<SqsOutgoing> messages)
    {
        var batches = new List<List<SqsOutgoing>>();
        var current = new List<SqsOutgoing>();
        var bytes = 0;
        foreach (var message in messages)
        {
            if (current.Count == SqsLimits.MaxBatchEntries || (current.Count > 0 && bytes + message.Bytes > SqsLimits.MaxBatchBytes))
            {
                batches.Add(current);
                current = [];
                bytes = 0;
            }

            current.Add(message);
            bytes += message.Bytes;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
