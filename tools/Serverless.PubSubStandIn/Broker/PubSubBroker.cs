using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>The in-memory Pub/Sub service: topics, publishing and dead-letter forwarding (subscriptions in the other part).</summary>
internal sealed partial class PubSubBroker(TimeScales scales, FaultInjector faults, TimeProvider clock, ILogger logger)
{
    private readonly ConcurrentDictionary<string, TopicState> topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SubscriptionState> subscriptions = new(StringComparer.Ordinal);
    private readonly Lock topology = new();
    private long lastMessageId = 4_000_000_000_000_000;

    /// <summary>Set when something new may be ready for push delivery.</summary>
    public WakeSignal PushWork { get; } = new();

    public DateTimeOffset Now => clock.GetUtcNow();

    public Topic CreateTopic(string project, string id, Topic? body)
    {
        var name = ResourceNames.Topic(project, id);
        if (body?.MessageRetentionDuration is { } retention)
        {
            Durations.Parse(retention, "messageRetentionDuration");
        }

        var resource = (body ?? new Topic()) with { Name = name };
        lock (topology)
        {
            return topics.TryAdd(name, new TopicState(resource)) ? resource : throw ApiException.AlreadyExists(name);
        }
    }

    public Topic GetTopic(string project, string id) => FindTopic(ResourceNames.Topic(project, id)).Resource;

    public void DeleteTopic(string project, string id)
    {
        var name = ResourceNames.Topic(project, id);
        lock (topology)
        {
            if (!topics.TryRemove(name, out _))
            {
                throw ApiException.NotFound(name);
            }

            foreach (var subscription in subscriptions.Values.Where(s => s.Settings.Topic == name))
            {
                subscription.Update(s => s with { Topic = ResourceNames.DeletedTopic });
            }
        }
    }

    public ListTopicsResponse ListTopics(string project) =>
        new([.. topics.Values.Select(t => t.Resource).Where(t => t.Name!.StartsWith($"projects/{project}/", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal)]);

    public ListTopicSubscriptionsResponse ListTopicSubscriptions(string project, string id)
    {
        var name = FindTopic(ResourceNames.Topic(project, id)).Resource.Name;
        return new([.. subscriptions.Values.Where(s => s.Settings.Topic == name).Select(s => s.Name).Order(StringComparer.Ordinal)]);
    }

    public PublishResponse Publish(string project, string id, PublishRequest request)
    {
        faults.ThrowIfPublishFails();
        var topic = FindTopic(ResourceNames.Topic(project, id));
        var data = MessageValidator.Validate(request);
        var messages = request.Messages!.Select((m, i) => new StoredMessage(
            NextMessageId(), data[i], m.Attributes ?? new Dictionary<string, string>(), Now, m.OrderingKey)).ToList();
        Deliver(topic, messages);
        return new PublishResponse([.. messages.Select(m => m.MessageId)]);
    }

    private void Deliver(TopicState topic, List<StoredMessage> messages)
    {
        topic.AddPublished(messages.Count);
        var now = Now;
        foreach (var subscription in subscriptions.Values.Where(s => s.Settings.Topic == topic.Resource.Name))
        {
            foreach (var message in messages)
            {
                subscription.Enqueue(message, now);
            }
        }

        PushWork.Set();
    }

    /// <summary>Republishes exhausted messages on the dead-letter topic with Google's source attributes.</summary>
    private void ForwardDeadLetters(SubscriptionState source, IReadOnlyList<PendingMessage> dead)
    {
        var (project, shortName) = ResourceNames.Split(source.Name);
        foreach (var pending in dead)
        {
            source.Counters.AddDeadLettered();
            var attributes = new Dictionary<string, string>(pending.Message.Attributes, StringComparer.Ordinal)
            {
                ["CloudPubSubDeadLetterSourceDeliveryCount"] = pending.DeliveryAttempts.ToString(CultureInfo.InvariantCulture),
                ["CloudPubSubDeadLetterSourceSubscription"] = shortName,
                ["CloudPubSubDeadLetterSourceSubscriptionProject"] = project,
                ["CloudPubSubDeadLetterSourceTopicPublishTime"] =
                    pending.Message.PublishTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture),
            };
            var forwarded = new StoredMessage(NextMessageId(), pending.Message.Data, attributes, Now, pending.Message.OrderingKey);
            if (source.Settings.DeadLetterTopic is { } target && topics.TryGetValue(target, out var topic))
            {
                Deliver(topic, [forwarded]);
            }
            else
            {
                // Google loses these too: a dead-letter topic deleted after the policy was set cannot take them.
                logger.LogWarning("Dead-letter topic of {Subscription} is gone; message {MessageId} is dropped", source.Name, pending.Message.MessageId);
            }
        }
    }

    private TopicState FindTopic(string name) =>
        topics.TryGetValue(name, out var topic) ? topic : throw ApiException.NotFound(name);

    private string NextMessageId() => Interlocked.Increment(ref lastMessageId).ToString(CultureInfo.InvariantCulture);
}
