namespace Serverless.Routing.Delivery;

/// <summary>Per-event result of <see cref="IEventSink.SendAsync"/>.</summary>
/// <param name="Status">Sent, transient or permanent.</param>
/// <param name="Reason">For permanent failures, a <see cref="FailureReasons"/> code (<c>too-large</c>, <c>rejected</c>).</param>
/// <param name="Detail">A sentence for logs and dead letters, e.g. naming the limit that was exceeded.</param>
public readonly record struct SendResult(SendStatus Status, string? Reason = null, string? Detail = null)
{
    /// <summary>Accepted.</summary>
    public static SendResult Sent { get; } = new(SendStatus.Sent);

    /// <summary>A failure worth retrying.</summary>
    public static SendResult Transient(string detail) => new(SendStatus.Transient, null, detail);

    /// <summary>A failure that retrying will not fix.</summary>
    public static SendResult Permanent(string reason, string detail) => new(SendStatus.Permanent, reason, detail);
}
