using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>Runs the core's BatchRouter over what arrived in an inbound queue: a redriven message must route again.</summary>
internal static class RoutingCheck
{
    private const string Table = """
        { "maxHops": 4, "unmatched": "deadletter",
          "routes": [ { "name": "everything", "filter": { "prefix": { "type": "com." } }, "to": ["__TO__"] } ] }
        """;

    public static async Task<(IReadOnlyList<MessageOutcome> Outcomes, InMemorySink Sink)> RouteAsync(Cloud from, Cloud to, IReadOnlyList<IncomingMessage> messages)
    {
        var table = RoutingTableLoader.Parse(Table.Replace("__TO__", to.ToName(), StringComparison.Ordinal), "dlq-test");
        var sink = new InMemorySink(to);
        var router = new BatchRouter(new EventRouter(table, from), new MessageIngestor(new IngestOptions { Cloud = from }), [sink]);
        return (await router.RouteAsync(messages, CancellationToken.None), sink);
    }
}
