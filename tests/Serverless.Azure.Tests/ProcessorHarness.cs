using Azure.Storage.Queues.Models;
using Serverless.Functions.Azure;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Azure.Tests;

/// <summary>
/// The processor as the function host would build it, with in-memory destinations (aws, gcp) and the dead-letter
/// queue on Azurite.
/// </summary>
internal sealed class ProcessorHarness : IAsyncDisposable
{
    private readonly Azurite azurite;

    private ProcessorHarness(Azurite azurite, Dictionary<string, string> settings, string? storage)
    {
        this.azurite = azurite;
        InboundQueue = azurite.NewQueueName("in");
        settings["EVROUTE_INBOUND_QUEUE"] = InboundQueue;
        settings["EVROUTE_STORAGE"] = storage ?? azurite.ConnectionString;
        settings.TryAdd("EVROUTE_ROUTES_JSON", Payloads.Routes);
        var reader = new SettingsReader(settings.GetValueOrDefault);
        var router = AzureStartup.Validate(reader, [Aws, Gcp]);
        var writer = StorageQueueDeadLetterFactory.FromSettings(reader, WriterLog);
        Processor = new InboundMessageProcessor(router, writer, Log, TimeProvider.System);
    }

    public InMemorySink Aws { get; } = new(Cloud.Aws);

    public InMemorySink Gcp { get; } = new(Cloud.Gcp) { MaxEventBytes = 4096 };

    public CapturingLogger<InboundMessageProcessor> Log { get; } = new();

    public CapturingLogger<StorageQueueDeadLetterWriter> WriterLog { get; } = new();

    public InboundMessageProcessor Processor { get; }

    public string InboundQueue { get; }

    public string PoisonQueue => InboundQueue + "-poison";

    public static async Task<ProcessorHarness> CreateAsync(Dictionary<string, string>? settings = null, string? storage = null) =>
        new(await Azurite.ConnectAsync(), settings ?? [], storage);

    /// <summary>A message as the worker binds it: id, decoded text, dequeue count.</summary>
    public static QueueMessage Message(string id, string text, long dequeueCount = 1) =>
        QueuesModelFactory.QueueMessage(id, "pop-" + id, text, dequeueCount, DateTimeOffset.UtcNow.AddSeconds(30), null, DateTimeOffset.UtcNow.AddDays(7));

    public async Task<IReadOnlyList<PoisonMessage>> PoisonAsync() =>
        (await azurite.PeekAllAsync(PoisonQueue)).Select(PoisonMessageReader.Parse).ToList();

    public ValueTask DisposeAsync() => azurite.DisposeAsync();
}
