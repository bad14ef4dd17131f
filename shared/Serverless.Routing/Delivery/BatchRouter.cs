using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Delivery;

/// <summary>
/// Routes a batch of incoming messages: ingest, decide, group by destination, send concurrently (bounded), and
/// return a verdict per message. Delivery is at least once: a message whose fan-out failed transiently anywhere
/// is retried whole, so destinations that already accepted it may see it twice.
/// </summary>
public sealed class BatchRouter
{
    /// <summary>Creates a router; throws when a route that applies here names a destination without a sink.</summary>
    public BatchRouter(EventRouter router, IMessageIngestor ingestor, IEnumerable<IEventSink> sinks, BatchRouterOptions? options = null, TimeProvider? timeProvider = null) =>
        throw new NotImplementedException();

    /// <summary>Routes <paramref name="messages"/>; the result has one outcome per message, in order.</summary>
    public Task<IReadOnlyList<MessageOutcome>> RouteAsync(IReadOnlyList<IncomingMessage> messages, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
