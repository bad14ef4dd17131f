namespace Serverless.Gcp.Tests.Fakes;

/// <summary>A clock standing still at <see cref="Now"/>.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
