namespace Serverless.Routing.Delivery;

/// <summary>The router's verdict on one incoming message, and the facts its log line and dead letter need.</summary>
public sealed record MessageOutcome
{
    /// <summary>The message this is about.</summary>
    public required IncomingMessage Message { get; init; }

    /// <summary>Routed, dropped, retry or dead-letter.</summary>
    public required MessageStatus Status { get; init; }

    /// <summary>Reason code (<see cref="FailureReasons"/>) for dead-letter, drop and retry.</summary>
    public string? Reason { get; init; }

    /// <summary>A sentence explaining the reason.</summary>
    public string? Detail { get; init; }

    /// <summary>The events the message carried (none when it could not be decoded).</summary>
    public IReadOnlyList<EventReport> Events { get; init; } = [];

    /// <summary>Time spent on the message, decoding to last send.</summary>
    public TimeSpan Duration { get; init; }
}
