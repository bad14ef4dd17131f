namespace Evroute.Dlq;

/// <summary>Which dead letters a command acts on: by id, by reason, or all; optionally only those failed since a time.</summary>
/// <param name="Id">Matches the event id, the dead-letter message id or the inbound message id.</param>
/// <param name="Reason">Matches the reason code (case-insensitive).</param>
/// <param name="Since">Only messages that failed at or after this time.</param>
internal sealed record DeadLetterSelection(string? Id = null, string? Reason = null, DateTimeOffset? Since = null)
{
    /// <summary>Everything.</summary>
    public static DeadLetterSelection All { get; } = new();

    /// <summary>True when <paramref name="message"/> is chosen.</summary>
    public bool Matches(DeadLetterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Id is not null && Id != message.EventId && Id != message.MessageId && Id != message.InboundMessageId)
        {
            return false;
        }

        if (Reason is not null && !string.Equals(Reason, message.Reason, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Since is not { } since || (message.FailedAt is { } failedAt && failedAt >= since);
    }
}
