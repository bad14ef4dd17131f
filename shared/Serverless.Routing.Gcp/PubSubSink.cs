using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Gcp;

/// <summary>The Google destination: publishes events to the inbound topic (see <see cref="PubSubEventEncoder"/> for the encoding).</summary>
public sealed class PubSubSink : IEventSink
{
    private readonly PubSubPublisher publisher;

    /// <summary>Creates a sink publishing to <paramref name="topic"/> (<c>projects/P/topics/T</c>).</summary>
    public PubSubSink(PubSubPublisher publisher, string topic)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentException.ThrowIfNullOrEmpty(topic);
        this.publisher = publisher;
        Topic = topic;
    }

    /// <inheritdoc />
    public Cloud Destination => Cloud.Gcp;

    /// <summary>The topic published to.</summary>
    public string Topic { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var results = new SendResult[events.Count];
        var messages = new List<PubSubMessage>(events.Count);
        var positions = new List<int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                messages.Add(PubSubEventEncoder.Encode(events[i], publisher.Limits));
                positions.Add(i);
            }
            catch (ArgumentException ex)
            {
                results[i] = SendResult.Permanent(FailureReasons.Rejected, $"cannot encode the event for Pub/Sub: {ex.Message}");
            }
        }

        if (messages.Count > 0)
        {
            var published = await publisher.PublishAsync(Topic, messages, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < positions.Count; j++)
            {
                results[positions[j]] = published[j];
            }
        }

        return results;
    }
}
