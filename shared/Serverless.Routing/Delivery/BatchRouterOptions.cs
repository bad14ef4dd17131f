namespace Serverless.Routing.Delivery;

/// <summary>Settings of <see cref="BatchRouter"/>.</summary>
public sealed record BatchRouterOptions
{
    /// <summary>How many destination sends run at once (default 8).</summary>
    public int MaxConcurrentSends { get; init; } = 8;
}
