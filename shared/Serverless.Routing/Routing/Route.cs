namespace Serverless.Routing.Routing;

/// <summary>One entry of the routing table.</summary>
public sealed record Route
{
    /// <summary>Unique, required name; appears in logs and decisions.</summary>
    public required string Name { get; init; }

    /// <summary>The clouds where the route applies; null means every cloud.</summary>
    public IReadOnlySet<Cloud>? From { get; init; }

    /// <summary>The filter; null matches every event.</summary>
    public IEventFilter? Filter { get; init; }

    /// <summary>Destinations (each cloud's inbound queue), at least one.</summary>
    public required IReadOnlyList<Cloud> To { get; init; }
}
