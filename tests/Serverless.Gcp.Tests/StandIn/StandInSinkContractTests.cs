using Serverless.Gcp.Tests.Fakes;
using Serverless.Gcp.Tests.Sender;
using Serverless.PubSubStandIn;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;
using Serverless.SinkContracts;

namespace Serverless.Gcp.Tests.StandIn;

/// <summary>The sink contract against the Pub/Sub stand-in, reached through PUBSUB_EMULATOR_HOST as in local runs; read back by pull.</summary>
public sealed class StandInSinkContractTests : SinkContractTests, IAsyncLifetime
{
    private PubSubStandInServer server = null!;
    private StandInClient client = null!;

    protected override int MaxEventBytes => PubSubLimits.Default.MaxMessageBytes;

    public async Task InitializeAsync()
    {
        server = await PubSubStandInServer.StartAsync(new PubSubStandInOptions { Port = 0 }, CancellationToken.None);
        client = new StandInClient(server.BaseAddress);
        await client.CreateTopicAsync("inbound");
        await client.CreateSubscriptionAsync("inbound-pull", "inbound");
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    protected override Task<IEventSink> CreateSinkAsync()
    {
        var settings = new SettingsReader(name => name switch
        {
            "PUBSUB_EMULATOR_HOST" => server.EmulatorHost,
            "EVROUTE_GCP_TOPIC" => StandInClient.Topic("inbound"),
            _ => null,
        });
        return Task.FromResult(PubSubSinkFactory.FromSettings(settings)!);
    }

    protected override Task<IEventSink> CreateUnreachableSinkAsync() =>
        Task.FromResult<IEventSink>(new PubSubSink(new PubSubPublisher(new HttpClient(), new Uri($"http://127.0.0.1:{ClosedPort.Get()}"), null), StandInClient.Topic("inbound")));

    protected override async Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout) =>
        SenderKit.Decode(await client.PullAsync("inbound-pull", expected, timeout));
}
