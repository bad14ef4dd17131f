namespace Serverless.PubSubStandIn.Wire;

/// <summary>A message as published and as pulled; <see cref="Data"/> is base64.</summary>
public sealed record PubsubMessage
{
    public string? Data { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public string? MessageId { get; init; }
    public string? PublishTime { get; init; }
    public string? OrderingKey { get; init; }
}
