namespace Serverless.LocalCloud.Journal;

/// <summary>One event of a journal entry: what it is, what matched, where it went, and its hop extensions on arrival.</summary>
public sealed record JourneyEvent
{
    /// <summary>The CloudEvent id.</summary>
    public required string Id { get; init; }

    /// <summary>The CloudEvent type.</summary>
    public string? Type { get; init; }

    /// <summary>The CloudEvent source.</summary>
    public string? Source { get; init; }

    /// <summary>Routes that matched.</summary>
    public IReadOnlyList<string> Routes { get; init; } = [];

    /// <summary>Clouds it was forwarded to.</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary><c>evroutehops</c> as the function received it (absent on the first hop).</summary>
    public int? Hops { get; init; }

    /// <summary><c>evroutepath</c> as the function received it.</summary>
    public string? Path { get; init; }
}
