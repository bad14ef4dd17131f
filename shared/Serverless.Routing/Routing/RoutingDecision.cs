namespace Serverless.Routing.Routing;

/// <summary>The decision for one event: outcome, destinations (each once), the routes that matched, and why.</summary>
public sealed record RoutingDecision
{
    /// <summary>Forward, drop or dead-letter.</summary>
    public required RoutingOutcome Outcome { get; init; }

    /// <summary>Where to send it (empty unless <see cref="RoutingOutcome.Forward"/>), each cloud once, in table order.</summary>
    public IReadOnlyList<Cloud> Destinations { get; init; } = [];

    /// <summary>Names of the routes whose <c>from</c> and filter matched.</summary>
    public IReadOnlyList<string> MatchedRoutes { get; init; } = [];

    /// <summary>Reason code (<see cref="FailureReasons"/>) for drop and dead-letter; null when forwarded.</summary>
    public string? Reason { get; init; }

    /// <summary>A human sentence explaining <see cref="Reason"/>, or naming destinations skipped by the loop guard.</summary>
    public string? Detail { get; init; }
}
