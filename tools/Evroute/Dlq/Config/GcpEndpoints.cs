namespace Evroute.Dlq.Config;

/// <summary>Where the Google dead-letter subscription and inbound topic are, as full resource names.</summary>
internal sealed record GcpEndpoints
{
    /// <summary>The REST endpoint: an emulator (plain HTTP, no credentials) or Google's.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>True for an emulator: no access token is sent.</summary>
    public bool Emulator { get; init; }

    /// <summary><c>projects/P/subscriptions/S</c>.</summary>
    public string? DlqSubscription { get; init; }

    /// <summary><c>projects/P/topics/T</c>.</summary>
    public string? InboundTopic { get; init; }
}
