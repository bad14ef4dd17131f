namespace Evroute.Dlq;

/// <summary>What happened to one chosen dead letter in a redrive or purge.</summary>
internal enum MoveStatus
{
    /// <summary>Re-sent and removed from the dead-letter store.</summary>
    Moved,

    /// <summary>Removed from the dead-letter store (purge).</summary>
    Purged,

    /// <summary>Not sent or not removed; it is still in the dead-letter store.</summary>
    Failed,

    /// <summary>Cannot go to the chosen destination; left in the dead-letter store.</summary>
    Skipped,

    /// <summary>Dry run: would be moved.</summary>
    WouldMove,
}
