using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;
using static Serverless.Routing.Tests.Delivery.BatchRouterFixture;

namespace Serverless.Routing.Tests.Delivery;

public class BatchRouterTests
{
    [Fact]
    public async Task RouteAsync_FannedOutEvent_ReachesEachDestinationOnceWithHopsStamped()
    {
        var fixture = new BatchRouterFixture();

        var outcomes = await fixture.RouteAsync(Message("m1", Event("inv-1", "com.example.invoice.issued")));

        var outcome = Assert.Single(outcomes);
        Assert.Equal(MessageStatus.Routed, outcome.Status);
        Assert.Equal(["invoices", "invoices-again"], outcome.Events[0].Decision.MatchedRoutes);
        var toGcp = Assert.Single(fixture.Gcp.Sent);
        var toAzure = Assert.Single(fixture.Azure.Sent);
        foreach (var sent in new[] { toGcp, toAzure })
        {
            Assert.Equal("inv-1", sent.Id);
            Assert.Equal("2026-12-03T08:00:00Z", sent.Time);
            Assert.Equal("1", sent.Extensions[HopExtensions.Hops].Text);
            Assert.Equal("aws", sent.Extensions[HopExtensions.Path].Text);
            Assert.True(sent.Extensions.ContainsKey("traceparent"));
        }
    }

    [Fact]
    public async Task RouteAsync_MixedBatch_EachMessageGetsItsOwnVerdict()
    {
        var fixture = new BatchRouterFixture();

        var outcomes = await fixture.RouteAsync(
            Message("ok", Event("o-1", "com.example.order.created")),
            Message("garbage", "{\"specversion\":\"1.0\",\"id\":"),
            Message("nobody", Event("n-1", "com.example.nobody")),
            Message("invalid", """{"specversion":"0.9","id":"x","source":"//s","type":"t"}"""));

        Assert.Equal(MessageStatus.Routed, outcomes[0].Status);
        Assert.Equal(MessageStatus.DeadLetter, outcomes[1].Status);
        Assert.Equal(FailureReasons.Invalid, outcomes[1].Reason);
        Assert.Equal(MessageStatus.DeadLetter, outcomes[2].Status);
        Assert.Equal(FailureReasons.Unmatched, outcomes[2].Reason);
        Assert.Equal(MessageStatus.DeadLetter, outcomes[3].Status);
        Assert.Equal(FailureReasons.Invalid, outcomes[3].Reason);
        Assert.Contains("specversion", outcomes[3].Detail, StringComparison.Ordinal);
        Assert.Equal("o-1", Assert.Single(fixture.Gcp.Sent).Id);
        Assert.Equal(["ok", "garbage", "nobody", "invalid"], outcomes.Select(o => o.Message.MessageId));
    }

    [Fact]
    public async Task RouteAsync_OneDestinationTransient_RetriesTheWholeMessage()
    {
        var fixture = new BatchRouterFixture();
        fixture.Azure.Behaviour = _ => SendResult.Transient("503 from azure");

        var outcomes = await fixture.RouteAsync(Message("m1", Event("inv-1", "com.example.invoice.issued")));

        Assert.Equal(MessageStatus.Retry, outcomes[0].Status);
        Assert.Equal(FailureReasons.Transient, outcomes[0].Reason);
        Assert.Contains("503 from azure", outcomes[0].Detail, StringComparison.Ordinal);
        Assert.Single(fixture.Gcp.Sent);
    }

    [Fact]
    public async Task RouteAsync_DestinationRefusesPermanently_DeadLettersWithTheSinksReason()
    {
        var fixture = new BatchRouterFixture();
        fixture.Gcp.Behaviour = _ => SendResult.Permanent(FailureReasons.TooLarge, "event is 2000000 bytes; the limit is 1048576");

        var outcomes = await fixture.RouteAsync(Message("m1", Event("o-1", "com.example.order.created")));

        Assert.Equal(MessageStatus.DeadLetter, outcomes[0].Status);
        Assert.Equal(FailureReasons.TooLarge, outcomes[0].Reason);
        Assert.Contains("1048576", outcomes[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_SinkThrows_EveryMessageSentThereIsRetried()
    {
        var fixture = new BatchRouterFixture();
        fixture.Gcp.Behaviour = _ => throw new HttpRequestException("connection refused");

        var outcomes = await fixture.RouteAsync(
            Message("a", Event("o-1", "com.example.order.created")),
            Message("b", Event("o-2", "com.example.order.created")));

        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Retry, o.Status));
        Assert.All(outcomes, o => Assert.Contains("connection refused", o.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteAsync_Cancelled_RetriesInsteadOfLosing()
    {
        var fixture = new BatchRouterFixture();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var outcomes = await fixture.Router.RouteAsync([Message("a", Event("o-1", "com.example.order.created"))], cancelled.Token);

        Assert.Equal(MessageStatus.Retry, outcomes[0].Status);
        Assert.Empty(fixture.Gcp.Sent);
    }

    [Fact]
    public async Task RouteAsync_EventAlreadyOnItsDestinationsPath_DeadLettersAsLoop()
    {
        var fixture = new BatchRouterFixture();
        var looping = Event("o-1", "com.example.order.created", ",\"evroutehops\":1,\"evroutepath\":\"gcp\"");

        var outcomes = await fixture.RouteAsync(Message("m", looping));

        Assert.Equal(MessageStatus.DeadLetter, outcomes[0].Status);
        Assert.Equal(FailureReasons.Loop, outcomes[0].Reason);
        Assert.Empty(fixture.Gcp.Sent);
    }

    [Fact]
    public async Task RouteAsync_UnmatchedWithDrop_DropsAndAcknowledges()
    {
        var fixture = new BatchRouterFixture(Table.Replace("\"deadletter\"", "\"drop\"", StringComparison.Ordinal));

        var outcomes = await fixture.RouteAsync(Message("m", Event("n-1", "com.example.nobody")));

        Assert.Equal(MessageStatus.Dropped, outcomes[0].Status);
        Assert.Equal(FailureReasons.Unmatched, outcomes[0].Reason);
    }

    [Fact]
    public async Task RouteAsync_ThousandMessages_GroupsSendsPerDestination()
    {
        var fixture = new BatchRouterFixture();
        var messages = Enumerable.Range(0, 1000).Select(i => Message($"m{i}", Event($"o-{i}", "com.example.order.created"))).ToArray();

        var outcomes = await fixture.RouteAsync(messages);

        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Routed, o.Status));
        Assert.Equal(1000, fixture.Gcp.Sent.Count);
        Assert.Equal(2, fixture.Gcp.Calls);
    }

    [Fact]
    public async Task RouteAsync_ManyChunks_NeverExceedsTheConcurrencyBound()
    {
        var sink = new ConcurrencyProbeSink(Cloud.Gcp);
        var table = RoutingTableLoader.Parse("""{"routes":[{"name":"all","to":["gcp"]}]}""");
        var router = new BatchRouter(new EventRouter(table, Cloud.Aws), new Serverless.Routing.Ingestion.MessageIngestor(new() { Cloud = Cloud.Aws }), [sink], new BatchRouterOptions { MaxConcurrentSends = 2 });
        var messages = Enumerable.Range(0, 3000).Select(i => Message($"m{i}", Event($"e-{i}", "t"))).ToArray();

        var outcomes = await router.RouteAsync(messages, CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Routed, o.Status));
        Assert.Equal(6, sink.Calls);
        Assert.InRange(sink.MaxInFlight, 1, 2);
    }

    [Fact]
    public void Constructor_RouteToUnconfiguredDestination_ThrowsNamingRouteAndCloud()
    {
        var table = RoutingTableLoader.Parse("""{"routes":[{"name":"to-azure","to":["azure"]}]}""");

        var error = Assert.Throws<ArgumentException>(() =>
            new BatchRouter(new EventRouter(table, Cloud.Aws), new Serverless.Routing.Ingestion.MessageIngestor(new() { Cloud = Cloud.Aws }), []));

        Assert.Contains("to-azure", error.Message, StringComparison.Ordinal);
        Assert.Contains("azure", error.Message, StringComparison.Ordinal);
    }

    private sealed class ConcurrencyProbeSink(Cloud destination) : IEventSink
    {
        private int inFlight;

        public Cloud Destination { get; } = destination;

        public int MaxInFlight { get; private set; }

        public int Calls { get; private set; }

        public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (this)
            {
                Calls++;
                MaxInFlight = Math.Max(MaxInFlight, now);
            }

            await Task.Delay(30, cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return events.Select(_ => SendResult.Sent).ToArray();
        }
    }
}
