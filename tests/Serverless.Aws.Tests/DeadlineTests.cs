using System.Diagnostics;
using Serverless.Functions.Aws;
using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

public sealed class DeadlineTests
{
    private readonly StringWriter log = new();

    [Fact]
    public async Task HandleAsync_DeadlineWithinMargin_StartsNothingAndReportsEveryRecord()
    {
        var gcp = new InMemorySink(Cloud.Gcp);
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, log, margin: TimeSpan.FromSeconds(3));
        var payload = SqsEvents.Event(
            SqsEvents.Record("d-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")),
            SqsEvents.Record("d-2", SqsEvents.CloudEvent("o-2", "com.example.order.created")));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddSeconds(2), CancellationToken.None);

        Assert.Equal(["d-1", "d-2"], Responses.FailedIds(response));
        Assert.Equal(0, gcp.Calls);
        Assert.All(Responses.LogLines(log), l => Assert.Equal(SqsBatchHandler.DeadlineReason, l.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task HandleAsync_DeadlineMarginReachedDuringSend_CancelsItAndStartsNoLaterChunk()
    {
        var gcp = new BlockingSink(Cloud.Gcp);
        var host = RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure));
        var handler = new SqsBatchHandler(host, null, new SqsHandlerOptions { DeadlineMargin = TimeSpan.FromSeconds(1), ChunkSize = 1 }, log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("d-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")),
            SqsEvents.Record("d-2", SqsEvents.CloudEvent("o-2", "com.example.order.created")),
            SqsEvents.Record("d-3", SqsEvents.CloudEvent("o-3", "com.example.order.created")));
        var clock = Stopwatch.StartNew();

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMilliseconds(1500), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["d-1", "d-2", "d-3"], Responses.FailedIds(response));
        Assert.Equal(1, gcp.Calls);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10));
        Assert.Equal("retry", Responses.LineFor(log, "d-1").GetProperty("outcome").GetString());
        Assert.Equal(SqsBatchHandler.DeadlineReason, Responses.LineFor(log, "d-3").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task HandleAsync_DeadlineFarAway_Routes()
    {
        var gcp = new InMemorySink(Cloud.Gcp);
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, log);
        var payload = SqsEvents.Event(SqsEvents.Record("d-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")));

        var response = await handler.HandleAsync(payload, DateTimeOffset.FromUnixTimeMilliseconds(99_999_999_999_999), CancellationToken.None);

        Assert.Empty(Responses.FailedIds(response));
        Assert.Single(gcp.Sent);
    }

    [Fact]
    public async Task HandleAsync_NoDeadline_RunsWithoutTheMargin()
    {
        var gcp = new InMemorySink(Cloud.Gcp);
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, log, margin: TimeSpan.FromHours(1));
        var payload = SqsEvents.Event(SqsEvents.Record("d-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")));

        var response = await handler.HandleAsync(payload, deadline: null, CancellationToken.None);

        Assert.Empty(Responses.FailedIds(response));
        Assert.Single(gcp.Sent);
    }
}
