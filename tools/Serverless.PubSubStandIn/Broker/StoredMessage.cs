using System.Globalization;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>A published message, shared by every subscription of its topic; immutable.</summary>
internal sealed record StoredMessage(
    string MessageId,
    string Data,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset PublishTime,
    string? OrderingKey)
{
    public string PublishTimeText => PublishTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public PubsubMessage ToWire() => new()
    {
        Data = Data,
        Attributes = Attributes.Count == 0 ? null : Attributes,
        MessageId = MessageId,
        PublishTime = PublishTimeText,
        OrderingKey = string.IsNullOrEmpty(OrderingKey) ? null : OrderingKey,
    };

    public PushMessage ToPushWire() => new()
    {
        Data = Data,
        Attributes = Attributes.Count == 0 ? null : Attributes,
        MessageId = MessageId,
        MessageIdLegacy = MessageId,
        PublishTime = PublishTimeText,
        PublishTimeLegacy = PublishTimeText,
        OrderingKey = string.IsNullOrEmpty(OrderingKey) ? null : OrderingKey,
    };
}
