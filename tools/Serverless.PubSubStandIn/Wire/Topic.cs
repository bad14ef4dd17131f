namespace Serverless.PubSubStandIn.Wire;

/// <summary>A topic resource as Google's REST API shows it.</summary>
public sealed record Topic
{
    public string? Name { get; init; }
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
    public string? MessageRetentionDuration { get; init; }
}
