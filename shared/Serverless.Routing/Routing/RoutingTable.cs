namespace Serverless.Routing.Routing;

/// <summary>The routing table all three functions (and the Pulumi program) read.</summary>
public sealed record RoutingTable
{
    /// <summary>Default of <see cref="MaxHops"/>.</summary>
    public const int DefaultMaxHops = 4;

    /// <summary>Largest number of forwards an event may undergo; past it the event is dead-lettered (reason <c>loop</c>).</summary>
    public int MaxHops { get; init; } = DefaultMaxHops;

    /// <summary>What to do with an event no route matches.</summary>
    public UnmatchedAction Unmatched { get; init; } = UnmatchedAction.DeadLetter;

    /// <summary>Routes in file order.</summary>
    public required IReadOnlyList<Route> Routes { get; init; }
}
