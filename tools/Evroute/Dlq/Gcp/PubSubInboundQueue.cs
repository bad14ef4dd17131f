using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Gcp;

namespace Evroute.Dlq.Gcp;

/// <summary>The Google inbound topic: CloudEvents through the router's own <see cref="PubSubSink"/>, native messages as they were.</summary>
internal sealed class PubSubInboundQueue(PubSubPublisher publisher, string topic) : IInboundQueue
{
    private readonly PubSubSink sink = new(publisher, topic);

    public Cloud Cloud => Cloud.Gcp;

    public string Name { get; } = topic.Split('/')[^1];

    public async Task<SendResult> SendAsync(RedriveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Event is { } cloudEvent)
        {
            return (await sink.SendAsync([cloudEvent], cancellationToken).ConfigureAwait(false))[0];
        }

        var native = new PubSubMessage { Data = message.Body, Attributes = message.Attributes };
        return (await publisher.PublishAsync(topic, [native], cancellationToken).ConfigureAwait(false))[0];
    }
}
