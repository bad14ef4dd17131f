using Azure.Storage.Queues;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Azure;

/// <summary>
/// Sends events to the Azure inbound Storage Queue as structured-mode CloudEvents JSON, Base64 encoded as the
/// Functions queue trigger expects. The service has no batch send, so events go one message each, concurrently
/// up to <see cref="StorageQueueSinkOptions.MaxConcurrentSends"/>.
/// </summary>
public sealed class StorageQueueSink : IEventSink
{
    private readonly QueueClient queue;
    private readonly StorageQueueSinkOptions options;

    /// <summary>
    /// Creates the sink over <paramref name="base64Queue"/>, which must have been created with
    /// <see cref="QueueMessageEncoding.Base64"/> (see <see cref="StorageQueueClients"/>).
    /// </summary>
    public StorageQueueSink(QueueClient base64Queue, StorageQueueSinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(base64Queue);
        queue = base64Queue;
        this.options = options ?? new StorageQueueSinkOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxConcurrentSends, 1, nameof(options));
    }

    /// <inheritdoc />
    public Cloud Destination => Cloud.Azure;

    /// <summary>The queue this sink writes to.</summary>
    public Uri QueueUri => queue.Uri;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var results = new SendResult[events.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, events.Count), parallel, async (i, token) =>
            results[i] = await SendOneAsync(events[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    private async Task<SendResult> SendOneAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        byte[] json;
        try
        {
            json = CloudEventJson.Encode(cloudEvent);
        }
        catch (ArgumentException ex)
        {
            return SendResult.Permanent(FailureReasons.Rejected, $"event cannot be encoded as JSON: {ex.Message}");
        }

        var encoded = StorageQueueLimits.Base64Length(json.Length);
        if (encoded > options.MaxMessageBytes)
        {
            return SendResult.Permanent(
                FailureReasons.TooLarge,
                $"event is {encoded} bytes after Base64; the Storage Queue limit is {options.MaxMessageBytes}");
        }

        try
        {
            await queue.SendMessageAsync(BinaryData.FromBytes(json), cancellationToken: cancellationToken).ConfigureAwait(false);
            return SendResult.Sent;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return StorageErrors.Classify(ex);
        }
    }
}
