using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;
using Serverless.SinkContracts;

namespace Serverless.Gcp.Tests.Sender;

/// <summary>The shared sink contract, against the loopback fake of the publish API.</summary>
public sealed class PubSubSinkContractTests : SinkContractTests, IAsyncLifetime
{
    private FakePubSubServer server = null!;

    protected override int MaxEventBytes => PubSubLimits.Default.MaxMessageBytes;

    public async Task InitializeAsync() => server = await FakePubSubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    protected override Task<IEventSink> CreateSinkAsync() => Task.FromResult<IEventSink>(SenderKit.Sink(server, new StaticTokenSource("t")));

    protected override Task<IEventSink> CreateUnreachableSinkAsync() =>
        Task.FromResult<IEventSink>(new PubSubSink(new PubSubPublisher(new HttpClient(), new Uri($"http://127.0.0.1:{ClosedPort.Get()}"), null), SenderKit.Topic));

    protected override Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout) =>
        Task.FromResult(SenderKit.Decode(server.Accepted));
}
