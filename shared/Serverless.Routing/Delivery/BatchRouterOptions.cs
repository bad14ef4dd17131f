namespace Serverless.Routing.Delivery;

/// <summary>Settings of <see cref="BatchRouter"/>.</summary>
public sealed record BatchRouterOptions
{
    /// <summary>How many destination sends run at once (default 8).</summary>
    public int MaxConcurrentSends { get; init; } = 8;

    /// <summary>
    /// Called with every outcome once a batch is routed: the local environment and the end-to-end tests watch
    /// journeys through it. An observer that throws is ignored; it never changes an outcome.
    /// </summary>
    public Action<MessageOutcome>? OnOutcome { get; init; }
}
