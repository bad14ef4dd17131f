namespace Evroute.Dlq;

/// <summary>Exit codes of <c>evroute dlq</c> (documented in docs/oncall.md).</summary>
internal static class DlqExitCodes
{
    /// <summary>Done; an empty dead-letter queue, or a --reason/--all that matched nothing, is done too.</summary>
    public const int Ok = 0;

    /// <summary>Part of the work failed (those messages are still in the dead-letter store), --id matched nothing, or a purge was declined.</summary>
    public const int Failed = 1;

    /// <summary>Bad command line or configuration: unknown cloud, missing selector, a store not configured, purge without --yes off a terminal.</summary>
    public const int Usage = 2;

    /// <summary>A store could not be reached: missing credentials, refused connection, queue or subscription not found.</summary>
    public const int Unavailable = 3;
}
