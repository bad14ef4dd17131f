using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using Azure.Storage.Queues;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;

namespace Serverless.LocalCloud.Sending;

/// <summary>
/// Puts raw messages on a cloud's inbound queue as an event source would: the bytes as the SQS body, as the
/// Storage message (Base64, the Functions host's default), or as the Pub/Sub data. A structured CloudEvent sent to
/// Pub/Sub carries <c>content-type: application/cloudevents+json</c>, as Google's binding asks.
/// </summary>
public sealed class LocalSender(IAmazonSQS sqs, Uri awsInbound, QueueClient azureInbound, PubSubPublisher publisher, string gcpTopic)
{
    /// <summary>Sends one message; throws when the queue refuses it.</summary>
    public async Task<string> SendAsync(Cloud cloud, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        switch (cloud)
        {
            case Cloud.Aws:
                var sent = await sqs.SendMessageAsync(new SendMessageRequest(awsInbound.ToString(), System.Text.Encoding.UTF8.GetString(body)), cancellationToken).ConfigureAwait(false);
                return sent.MessageId;
            case Cloud.Azure:
                var receipt = await azureInbound.SendMessageAsync(new BinaryData(body), cancellationToken: cancellationToken).ConfigureAwait(false);
                return receipt.Value.MessageId;
            default:
                var results = await publisher.PublishAsync(gcpTopic, [ToPubSub(body)], cancellationToken).ConfigureAwait(false);
                return results[0].Status == SendStatus.Sent
                    ? "published"
                    : throw new HttpRequestException($"publish to {gcpTopic} failed: {results[0].Detail}");
        }
    }

    /// <summary>
    /// Sends many messages the fast way: SQS SendMessageBatch of 10, Pub/Sub publish requests of up to 1000, Storage
    /// sends in parallel; <paramref name="concurrency"/> requests at once. Returns how many were accepted.
    /// </summary>
    public async Task<int> SendManyAsync(Cloud cloud, IReadOnlyList<byte[]> bodies, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var chunkSize = cloud switch { Cloud.Aws => 10, Cloud.Gcp => 250, _ => 1 };
        var chunks = bodies.Chunk(chunkSize).ToList();
        var accepted = 0;
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (chunk, token) =>
        {
            var ok = await SendChunkAsync(cloud, chunk, token).ConfigureAwait(false);
            Interlocked.Add(ref accepted, ok);
        }).ConfigureAwait(false);
        return accepted;
    }

    private async Task<int> SendChunkAsync(Cloud cloud, byte[][] chunk, CancellationToken cancellationToken)
    {
        switch (cloud)
        {
            case Cloud.Aws:
                var entries = chunk.Select((b, i) => new SendMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), System.Text.Encoding.UTF8.GetString(b))).ToList();
                var answer = await sqs.SendMessageBatchAsync(awsInbound.ToString(), entries, cancellationToken).ConfigureAwait(false);
                return answer.Successful?.Count ?? 0;
            case Cloud.Azure:
                await azureInbound.SendMessageAsync(new BinaryData(chunk[0]), cancellationToken: cancellationToken).ConfigureAwait(false);
                return 1;
            default:
                var results = await publisher.PublishAsync(gcpTopic, [.. chunk.Select(ToPubSub)], cancellationToken).ConfigureAwait(false);
                return results.Count(r => r.Status == SendStatus.Sent);
        }
    }

    /// <summary>The Pub/Sub message for raw bytes: a structured CloudEvent is marked as such, anything else goes as plain data.</summary>
    public static PubSubMessage ToPubSub(byte[] body)
    {
        var isCloudEvent = CloudEventJson.Decode(body).Success;
        return new PubSubMessage
        {
            Data = body,
            Attributes = isCloudEvent
                ? new Dictionary<string, string>(StringComparer.Ordinal) { [PubSubEventEncoder.ContentTypeAttribute] = CloudEventJson.MediaType }
                : new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }
}
