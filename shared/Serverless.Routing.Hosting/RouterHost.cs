using Serverless.Routing.Aws;
using Serverless.Routing.Azure;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;
using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Hosting;

/// <summary>
/// Everything a function needs to route, built once at start-up from settings (docs/settings.md). Building it
/// validates the whole configuration: a bad table, a bad setting or a route to an unconfigured destination throws
/// <see cref="SettingsException"/> naming the problem, so the function fails at start-up instead of per message.
/// </summary>
public sealed class RouterHost
{
    private RouterHost(Cloud cloud, RoutingTable table, IMessageIngestor ingestor, IReadOnlyList<IEventSink> sinks, BatchRouter batchRouter)
    {
        Cloud = cloud;
        Table = table;
        Ingestor = ingestor;
        Sinks = sinks;
        BatchRouter = batchRouter;
    }

    /// <summary>The cloud this function runs in.</summary>
    public Cloud Cloud { get; }

    /// <summary>The routing table in force.</summary>
    public RoutingTable Table { get; }

    /// <summary>Turns native messages into CloudEvents.</summary>
    public IMessageIngestor Ingestor { get; }

    /// <summary>The destination sinks, one per configured other cloud.</summary>
    public IReadOnlyList<IEventSink> Sinks { get; }

    /// <summary>Routes batches of incoming messages.</summary>
    public BatchRouter BatchRouter { get; }

    /// <summary>
    /// Builds the host. <paramref name="sinks"/> replaces the sinks built from settings (tests, the local
    /// environment); <paramref name="baseDirectory"/> is where a packaged <c>routes.json</c> is looked for;
    /// <paramref name="observer"/> sees every outcome (the local environment's journey view).
    /// </summary>
    public static RouterHost Create(Cloud cloud, SettingsReader settings, string? baseDirectory = null, IEnumerable<IEventSink>? sinks = null, Action<Cloud, MessageOutcome>? observer = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var table = LoadTable(settings, baseDirectory ?? AppContext.BaseDirectory);
        var decoder = new DecoderOptions { MaxEventBytes = settings.PositiveInt("EVROUTE_MAX_EVENT_BYTES", DecoderOptions.DefaultMaxEventBytes) };
        var fallbackType = settings.Optional("EVROUTE_FALLBACK_TYPE") ?? "com.evroute.message";
        var ingestor = new MessageIngestor(new IngestOptions
        {
            Cloud = cloud,
            FallbackType = fallbackType == "none" ? null : fallbackType,
            FallbackSource = settings.Optional("EVROUTE_FALLBACK_SOURCE"),
            Decoder = decoder,
        });
        var sinkList = (sinks ?? BuildSinks(cloud, settings)).ToList();
        var options = new BatchRouterOptions
        {
            MaxConcurrentSends = settings.PositiveInt("EVROUTE_MAX_CONCURRENT_SENDS", 8),
            OnOutcome = observer is null ? null : outcome => observer(cloud, outcome),
        };
        BatchRouter batchRouter;
        try
        {
            batchRouter = new BatchRouter(new EventRouter(table, cloud), ingestor, sinkList, options);
        }
        catch (ArgumentException ex)
        {
            throw new SettingsException(ex.Message, ex);
        }

        return new RouterHost(cloud, table, ingestor, sinkList, batchRouter);
    }

    private static RoutingTable LoadTable(SettingsReader settings, string baseDirectory)
    {
        try
        {
            var inline = settings.Optional("EVROUTE_ROUTES_JSON");
            if (inline is not null)
            {
                return RoutingTableLoader.Parse(inline, "EVROUTE_ROUTES_JSON");
            }

            var path = settings.Optional("EVROUTE_ROUTES_FILE") ?? Path.Combine(baseDirectory, "routes.json");
            return RoutingTableLoader.Load(path);
        }
        catch (RoutingTableException ex)
        {
            throw new SettingsException($"routing table: {ex.Message}", ex);
        }
    }

    private static IEnumerable<IEventSink> BuildSinks(Cloud cloud, SettingsReader settings)
    {
        IEventSink?[] all =
        [
            cloud == Cloud.Aws ? null : SqsSinkFactory.FromSettings(settings),
            cloud == Cloud.Azure ? null : StorageQueueSinkFactory.FromSettings(settings),
            cloud == Cloud.Gcp ? null : PubSubSinkFactory.FromSettings(settings),
        ];
        return all.OfType<IEventSink>();
    }
}
