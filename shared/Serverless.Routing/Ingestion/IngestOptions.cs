using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>Settings of <see cref="MessageIngestor"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>The cloud whose queue the messages come from (used in fallback sources).</summary>
    public required Cloud Cloud { get; init; }

    /// <summary>
    /// The CloudEvent type given to a message that is neither a CloudEvent nor a known envelope; null turns the
    /// fallback off, so such messages are dead-lettered as <c>invalid</c>.
    /// </summary>
    public string? FallbackType { get; init; } = "com.evroute.message";

    /// <summary>The source given to fallback events; default <c>evroute://{cloud}/inbound</c>.</summary>
    public string? FallbackSource { get; init; }

    /// <summary>Decoder limits.</summary>
    public DecoderOptions Decoder { get; init; } = DecoderOptions.Default;
}
