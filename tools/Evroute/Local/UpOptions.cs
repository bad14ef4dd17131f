namespace Evroute.Local;

/// <summary>The options of <c>evroute local up</c>.</summary>
internal sealed record UpOptions
{
    public string? RepositoryRoot { get; init; }

    public string? RoutesFile { get; init; }

    public bool Demo { get; init; } = true;

    public string? DemoFile { get; init; }

    public string? DemoCloud { get; init; }

    public bool ExitAfterDemo { get; init; }

    public TimeSpan? Duration { get; init; }

    public bool AwsInProcess { get; init; }
}
