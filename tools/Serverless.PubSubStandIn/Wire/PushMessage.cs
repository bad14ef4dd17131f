using System.Text.Json.Serialization;

namespace Serverless.PubSubStandIn.Wire;

/// <summary>The message inside a push envelope; Google also sends the older snake_case id and time fields.</summary>
public sealed record PushMessage
{
    public string? Data { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public string? MessageId { get; init; }

    [JsonPropertyName("message_id")]
    public string? MessageIdLegacy { get; init; }

    public string? PublishTime { get; init; }

    [JsonPropertyName("publish_time")]
    public string? PublishTimeLegacy { get; init; }

    public string? OrderingKey { get; init; }
}
