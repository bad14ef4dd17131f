using System.Text;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Delivery;

/// <summary>A batch router running in <c>aws</c> over in-memory sinks for azure and gcp.</summary>
internal sealed class BatchRouterFixture
{
    public const string Table = """
        { "maxHops": 4, "unmatched": "deadletter",
          "routes": [
            { "name": "orders", "filter": { "prefix": { "type": "com.example.order." } }, "to": ["gcp"] },
            { "name": "invoices", "filter": { "prefix": { "type": "com.example.invoice." } }, "to": ["gcp", "azure"] },
            { "name": "invoices-again", "filter": { "suffix": { "type": ".issued" } }, "to": ["gcp"] },
            { "name": "quiet", "filter": { "exact": { "type": "com.example.quiet" } }, "to": ["aws"] }
          ] }
        """;

    public BatchRouterFixture(string table = Table, BatchRouterOptions? options = null)
    {
        var routingTable = RoutingTableLoader.Parse(table);
        Router = new BatchRouter(
            new EventRouter(routingTable, Cloud.Aws),
            new MessageIngestor(new IngestOptions { Cloud = Cloud.Aws }),
            [Azure, Gcp],
            options);
    }

    public InMemorySink Azure { get; } = new(Cloud.Azure);

    public InMemorySink Gcp { get; } = new(Cloud.Gcp);

    public BatchRouter Router { get; }

    public static IncomingMessage Message(string id, string body) =>
        new() { MessageId = id, Body = Encoding.UTF8.GetBytes(body) };

    public static string Event(string id, string type, string extra = "") =>
        $$$"""{"specversion":"1.0","id":"{{{id}}}","source":"//tests","type":"{{{type}}}","time":"2026-12-03T08:00:00Z"{{{extra}}},"data":{"n":1}}""";

    public Task<IReadOnlyList<MessageOutcome>> RouteAsync(params IncomingMessage[] messages) =>
        Router.RouteAsync(messages, CancellationToken.None);
}
