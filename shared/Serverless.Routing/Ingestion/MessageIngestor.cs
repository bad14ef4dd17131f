using Serverless.Routing.Delivery;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// The default ingestor: structured and binary-mode CloudEvents, then the native envelopes (EventBridge, SNS, S3,
/// Event Grid, Cloud Storage notifications), then the configured fallback.
/// </summary>
public sealed class MessageIngestor : IMessageIngestor
{
    /// <summary>Creates an ingestor.</summary>
    public MessageIngestor(IngestOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The settings in force.</summary>
    public IngestOptions Options { get; }

    /// <inheritdoc />
    public IngestResult Ingest(IncomingMessage message) => throw new NotImplementedException();
}
