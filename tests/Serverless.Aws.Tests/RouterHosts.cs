using Serverless.Functions.Aws;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Hosting;

namespace Serverless.Aws.Tests;

/// <summary>Builds the handler under test over an inline routing table and in-memory destinations.</summary>
internal static class RouterHosts
{
    // Orders go to Google, EventBridge "Invoice Paid" to Azure; anything unmatched is dropped.
    public const string Routes = """
        {
          "maxHops": 4,
          "unmatched": "drop",
          "routes": [
            { "name": "orders-to-gcp", "from": ["aws"], "filter": { "prefix": { "type": "com.example.order." } }, "to": ["gcp"] },
            { "name": "invoices-to-azure", "from": ["aws"], "filter": { "exact": { "type": "Invoice Paid" } }, "to": ["azure"] }
          ]
        }
        """;

    public static RouterHost Host(params IEventSink[] sinks) =>
        RouterHost.Create(Cloud.Aws, Settings(), AppContext.BaseDirectory, sinks);

    public static SettingsReader Settings(params (string Name, string Value)[] extra)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["EVROUTE_ROUTES_JSON"] = Routes };
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return new SettingsReader(name => values.GetValueOrDefault(name));
    }

    public static SqsBatchHandler Handler(RouterHost host, IDeadLetterWriter? deadLetters, TextWriter log, TimeSpan? margin = null, TimeProvider? time = null) =>
        new(host, deadLetters, new SqsHandlerOptions { DeadlineMargin = margin ?? TimeSpan.FromSeconds(3) }, log, time);
}
