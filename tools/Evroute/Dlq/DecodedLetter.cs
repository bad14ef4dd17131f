using Serverless.Routing.Events;

namespace Evroute.Dlq;

/// <summary>What the core's <c>MessageIngestor</c> makes of a dead letter's original message.</summary>
internal sealed record DecodedLetter
{
    /// <summary>The ingestor's format (<c>cloudevent</c>, <c>eventbridge</c>, <c>sns</c>, ...), or <c>invalid</c>/<c>drop</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The events the message became (empty when invalid).</summary>
    public IReadOnlyList<CloudEvent> Events { get; init; } = [];

    /// <summary>The event id: the first event's, else the id the dead letter recorded.</summary>
    public string? EventId { get; init; }

    /// <summary>The first event's type.</summary>
    public string? Type { get; init; }

    /// <summary>The first event's source.</summary>
    public string? Source { get; init; }

    /// <summary>The first bytes of the body as text, for anything that is not a CloudEvent; null for CloudEvents.</summary>
    public string? Preview { get; init; }

    /// <summary>True when the original is a CloudEvent (structured, batch or binary mode).</summary>
    public bool IsCloudEvent => Format == Serverless.Routing.Ingestion.IngestFormats.CloudEvent;
}
