using Azure.Storage.Queues;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;

namespace Evroute.Dlq.Azure;

/// <summary>
/// The Azure inbound queue, Base64 as the Functions trigger expects: CloudEvents through the router's own
/// <see cref="StorageQueueSink"/>, native messages as the original text (the poison wrapper already removed).
/// </summary>
internal sealed class StorageInboundQueue(QueueClient base64Queue) : IInboundQueue
{
    private readonly StorageQueueSink sink = new(base64Queue);

    public Cloud Cloud => Cloud.Azure;

    public string Name => base64Queue.Name;

    public async Task<SendResult> SendAsync(RedriveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Event is { } cloudEvent)
        {
            var results = await sink.SendAsync([cloudEvent], cancellationToken).ConfigureAwait(false);
            return results[0];
        }

        try
        {
            await base64Queue.SendMessageAsync(BinaryData.FromBytes(message.Body), cancellationToken: cancellationToken).ConfigureAwait(false);
            return SendResult.Sent;
        }
        catch (Exception ex) when (StorageFailures.IsStoreFailure(ex))
        {
            return SendResult.Transient(StorageFailures.Describe(ex));
        }
    }
}
