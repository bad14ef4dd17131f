using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

public sealed class SqsBatchHandlerTests
{
    private readonly InMemorySink gcp = new(Cloud.Gcp) { MaxEventBytes = 4096 };
    private readonly InMemorySink azure = new(Cloud.Azure);
    private readonly StringWriter log = new();

    [Fact]
    public async Task HandleAsync_ValidCloudEvent_RoutesAndReportsNoFailures()
    {
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), null, log);
        var payload = SqsEvents.Event(SqsEvents.Record("m-1", SqsEvents.CloudEvent("order-1", "com.example.order.created")));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Empty(Responses.FailedIds(response));
        Assert.Equal("order-1", Assert.Single(gcp.Sent).Id);
        var line = Responses.LineFor(log, "m-1");
        Assert.Equal("info", line.GetProperty("level").GetString());
        Assert.Equal("routed", line.GetProperty("outcome").GetString());
        Assert.Equal("order-1", line.GetProperty("eventId").GetString());
        Assert.Equal("orders-to-gcp", Assert.Single(line.GetProperty("routes").EnumerateArray()).GetString());
        Assert.Equal("gcp", Assert.Single(line.GetProperty("destinations").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData(true, new[] { "m-flaky" })]
    [InlineData(false, new[] { "m-malformed", "m-large", "m-flaky" })]
    public async Task HandleAsync_MixedBatch_ReportsExactlyTheFailedIds(bool withDeadLetterQueue, string[] expected)
    {
        gcp.Behaviour = e => e.Id == "flaky" ? SendResult.Transient("503 from the test destination") : SendResult.Sent;
        var deadLetters = withDeadLetterQueue ? new RecordingDeadLetterWriter() : null;
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), deadLetters, log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("m-ok", SqsEvents.CloudEvent("order-1", "com.example.order.created")),
            SqsEvents.Record("m-eventbridge", SqsEvents.EventBridge("eb-1", "Invoice Paid")),
            SqsEvents.Record("m-malformed", "{\"specversion\": \"1.0\", \"id\": ", contentType: "application/json"),
            SqsEvents.Record("m-large", SqsEvents.CloudEvent("order-big", "com.example.order.created", new string('x', 10_000))),
            SqsEvents.Record("m-flaky", SqsEvents.CloudEvent("flaky", "com.example.order.created")),
            SqsEvents.Record("m-unmatched", SqsEvents.CloudEvent("other-1", "com.example.other")));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal(expected, Responses.FailedIds(response));
        Assert.Equal(["order-1"], gcp.Sent.Select(e => e.Id));
        Assert.Equal("eb-1", Assert.Single(azure.Sent).Id);
        Assert.Equal(6, Responses.LogLines(log).Count);
        Assert.Equal("dropped", Responses.LineFor(log, "m-unmatched").GetProperty("outcome").GetString());
        Assert.Equal("retry", Responses.LineFor(log, "m-flaky").GetProperty("outcome").GetString());
        Assert.Equal(FailureReasons.TooLarge, Responses.LineFor(log, "m-large").GetProperty("reason").GetString());
        if (deadLetters is not null)
        {
            var written = deadLetters.Written.ToDictionary(l => l.Message.MessageId, l => l.Reason);
            Assert.Equal(new Dictionary<string, string> { ["m-malformed"] = FailureReasons.Invalid, ["m-large"] = FailureReasons.TooLarge }, written);
        }
    }

    [Fact]
    public async Task HandleAsync_DeadLetterWriteFails_ReportsTheDeadLetteredMessage()
    {
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), new RecordingDeadLetterWriter { Fail = true }, log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("m-ok", SqsEvents.CloudEvent("order-1", "com.example.order.created")),
            SqsEvents.Record("m-malformed", "{ not json"));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal(["m-malformed"], Responses.FailedIds(response));
        Assert.Contains("dead-letter write failed", Responses.LineFor(log, "m-malformed").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FifoTransientFailure_StopsAndReportsItAndEveryLaterRecord()
    {
        gcp.Behaviour = e => e.Id == "o-2" ? SendResult.Transient("throttled") : SendResult.Sent;
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), new RecordingDeadLetterWriter(), log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("f-1", SqsEvents.CloudEvent("o-1", "com.example.order.created"), SqsEvents.FifoArn),
            SqsEvents.Record("f-2", SqsEvents.CloudEvent("o-2", "com.example.order.created"), SqsEvents.FifoArn),
            SqsEvents.Record("f-3", SqsEvents.CloudEvent("o-3", "com.example.order.created"), SqsEvents.FifoArn),
            SqsEvents.Record("f-4", SqsEvents.CloudEvent("o-4", "com.example.order.created"), SqsEvents.FifoArn));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal(["f-2", "f-3", "f-4"], Responses.FailedIds(response));
        Assert.Equal(["o-1"], gcp.Sent.Select(e => e.Id));
        Assert.Equal(2, gcp.Calls);
        Assert.Equal("fifo-order", Responses.LineFor(log, "f-3").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task HandleAsync_FifoPermanentFailureDeadLettered_ContinuesWithLaterRecords()
    {
        var deadLetters = new RecordingDeadLetterWriter();
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), deadLetters, log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("f-1", SqsEvents.CloudEvent("o-1", "com.example.order.created"), SqsEvents.FifoArn),
            SqsEvents.Record("f-2", "{ broken", SqsEvents.FifoArn),
            SqsEvents.Record("f-3", SqsEvents.CloudEvent("o-3", "com.example.order.created"), SqsEvents.FifoArn));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Empty(Responses.FailedIds(response));
        Assert.Equal(["o-1", "o-3"], gcp.Sent.Select(e => e.Id));
        Assert.Equal("f-2", Assert.Single(deadLetters.Written).Message.MessageId);
    }

    [Fact]
    public async Task HandleAsync_FifoWithoutDeadLetterQueue_StopsAtThePermanentFailure()
    {
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, azure), null, log);
        var payload = SqsEvents.Event(
            SqsEvents.Record("f-1", "{ broken", SqsEvents.FifoArn),
            SqsEvents.Record("f-2", SqsEvents.CloudEvent("o-2", "com.example.order.created"), SqsEvents.FifoArn));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal(["f-1", "f-2"], Responses.FailedIds(response));
        Assert.Empty(gcp.Sent);
    }
}
