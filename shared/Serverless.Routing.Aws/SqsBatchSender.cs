using Amazon.SQS;
using Amazon.SQS.Model;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Aws;

/// <summary>Sends prepared messages in <c>SendMessageBatch</c> calls, concurrently (bounded), one result per message.</summary>
internal static class SqsBatchSender
{
    /// <summary>Fills <paramref name="results"/> at each message's <see cref="SqsOutgoing.Index"/>.</summary>
    public static Task SendAsync(
        IAmazonSQS client, Uri queueUrl, IEnumerable<SqsOutgoing> messages, SendResult[] results, int maxConcurrency, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(SqsBatchPlanner.Plan(messages), parallel, async (batch, token) =>
            await SendBatchAsync(client, queueUrl, batch, results, token).ConfigureAwait(false));
    }

    private static async Task SendBatchAsync(IAmazonSQS client, Uri queueUrl, List<SqsOutgoing> batch, SendResult[] results, CancellationToken cancellationToken)
    {
        var request = new SendMessageBatchRequest { QueueUrl = queueUrl.ToString(), Entries = [.. batch.Select(m => m.ToEntry())] };
        SendMessageBatchResponse response;
        try
        {
            response = await client.SendMessageBatchAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = SqsErrors.Classify(ex);
            batch.ForEach(m => results[m.Index] = failure);
            return;
        }

        // SDK v4 leaves empty collections null.
        var sent = (response.Successful ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var failed = (response.Failed ?? []).ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var message in batch)
        {
            var id = message.EntryId;
            results[message.Index] = sent.Contains(id) ? SendResult.Sent
                : failed.TryGetValue(id, out var error) ? SqsErrors.Classify(error)
                : SendResult.Transient("SQS answered without a result for the message");
        }
    }
}
