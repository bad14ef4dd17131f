using Serverless.Routing.Delivery;

namespace Serverless.Routing.Ingestion;

/// <summary>Turns a native queue message into CloudEvents: a CloudEvent as is, a native envelope mapped, anything else wrapped.</summary>
public interface IMessageIngestor
{
    /// <summary>Ingests one message. Never throws for bad input.</summary>
    IngestResult Ingest(IncomingMessage message);
}
