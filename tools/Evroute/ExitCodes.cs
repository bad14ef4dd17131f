namespace Evroute;

/// <summary>The tool's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Done: the event is valid, the table is good, or a decision was printed.</summary>
    public const int Ok = 0;

    /// <summary>The input is bad: an invalid event for <c>validate</c>, a bad routing table, an unreadable file.</summary>
    public const int Failed = 1;

    /// <summary>Bad command line: unknown verb or option, missing argument, a value not among those allowed.</summary>
    public const int Usage = 2;
}
