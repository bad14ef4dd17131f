using Serverless.Routing.Routing;

namespace Serverless.Routing.Delivery;

/// <summary>What happened to one event of an incoming message: for logs and dead letters.</summary>
public sealed record EventReport
{
    /// <summary>The event id.</summary>
    public required string Id { get; init; }

    /// <summary>The event type.</summary>
    public required string Type { get; init; }

    /// <summary>The event source.</summary>
    public required string Source { get; init; }

    /// <summary>The routing decision for the event.</summary>
    public required RoutingDecision Decision { get; init; }

    /// <summary>Destinations that accepted it.</summary>
    public IReadOnlyList<Cloud> DeliveredTo { get; init; } = [];

    /// <summary>Per destination failure detail, when a send failed.</summary>
    public IReadOnlyDictionary<Cloud, SendResult> Failures { get; init; } = new Dictionary<Cloud, SendResult>();
}
