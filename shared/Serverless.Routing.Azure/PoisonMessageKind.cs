namespace Serverless.Routing.Azure;

/// <summary>Which of the two poison-queue formats a message is in.</summary>
public enum PoisonMessageKind
{
    /// <summary>The function's JSON wrapper: the original text plus the <c>evroute-*</c> fields saying why.</summary>
    Wrapped,

    /// <summary>
    /// The original message alone, Base64 encoded: the Functions host's own poison message after
    /// <c>maxDequeueCount</c> transient failures, or the function's fallback when a wrapper would not fit.
    /// </summary>
    Base64Original,

    /// <summary>Neither format: the stored text is returned as it is.</summary>
    Unrecognized,
}
