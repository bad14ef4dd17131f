using System.Text;
using System.Text.Json.Nodes;
using Evroute.Dlq;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;

namespace Evroute.Tests.Dlq;

/// <summary><c>evroute dlq</c> against the in-process Pub/Sub stand-in: both dead-letter formats, redrive, failure, purge.</summary>
public sealed class PubSubDlqTests : IAsyncLifetime
{
    private const string NativeBody = "plain native body, not JSON";
    private StandIn standIn = null!;

    public async Task InitializeAsync()
    {
        standIn = await StandIn.StartAsync();
        foreach (var topic in new[] { "source", "deadletter", "inbound" })
        {
            await standIn.CreateTopicAsync(topic);
        }

        await standIn.CreatePullSubscriptionAsync("source-sub", "source", deadLetterTopic: "deadletter");
        await standIn.CreatePullSubscriptionAsync("deadletter-keep", "deadletter");
        await standIn.CreatePullSubscriptionAsync("inbound-sub", "inbound");

        // (a) the Google function's dead-letter writer: a binary-mode CloudEvent plus evroute-* attributes.
        var encoded = PubSubEventEncoder.Encode(CloudEventJson.Decode(Encoding.UTF8.GetBytes(Letters.EventJson("ev-gcp-1"))).Event!);
        var publisher = new PubSubPublisher(standIn.Http, standIn.Server.BaseAddress, tokenSource: null);
        await new PubSubDeadLetterWriter(publisher, StandIn.Topic("deadletter")).WriteAsync(
            [new DeadLetter
            {
                Message = new IncomingMessage { MessageId = "inbound-g-1", Body = encoded.Data, Attributes = encoded.Attributes, DeliveryCount = 1 },
                Cloud = Cloud.Gcp,
                Reason = FailureReasons.Rejected,
                Detail = "destination refused it",
                FailedAt = DateTimeOffset.UtcNow,
                EventId = "ev-gcp-1",
            }],
            CancellationToken.None);

        // (b) forwarded by the subscription's dead-letter policy after 5 failed deliveries.
        await standIn.PublishAsync("source", Encoding.UTF8.GetBytes(NativeBody), new Dictionary<string, string> { ["origin"] = "test" });
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var pulled = await standIn.PullAsync("source-sub");
            await standIn.NackAsync("source-sub", pulled.Select(m => m!["ackId"]!.GetValue<string>()));
        }
    }

    public async Task DisposeAsync() => await standIn.DisposeAsync();

    [Fact]
    public async Task List_BothFormats_ReasonsShownAndNothingConsumed()
    {
        var first = await ListAsync();
        var second = await ListAsync();

        Assert.Equal(2, first.Length);
        var written = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.Rejected);
        Assert.Equal("ev-gcp-1", written.GetProperty("eventId").GetString());
        Assert.True(written.GetProperty("cloudEvent").GetBoolean());
        var forwarded = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.MaxDeliveries);
        Assert.Equal(5, forwarded.GetProperty("attempts").GetInt32());
        Assert.StartsWith("plain native body", forwarded.GetProperty("preview").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.Select(e => e.GetProperty("messageId").GetString()).Order(), second.Select(e => e.GetProperty("messageId").GetString()).Order());
        Assert.Equal(2, (await standIn.PullAsync("deadletter-keep")).Count);
    }

    [Fact]
    public async Task Redrive_All_KeepsIdDropsHopsAndDeadLetterAttributesAndRoutes()
    {
        var (exit, output, error) = await RunAsync("redrive", "--cloud", "gcp", "--all");

        Assert.True(exit == DlqExitCodes.Ok, output + error);
        var arrived = await standIn.PullAsync("inbound-sub");
        Assert.Equal(2, arrived.Count);
        var incoming = arrived.Select(ToIncoming).ToList();
        var binary = Assert.Single(incoming, m => m.Attributes.TryGetValue("ce-id", out var id) && id == "ev-gcp-1");
        Assert.DoesNotContain(binary.Attributes.Keys, k => k is "ce-evroutehops" or "ce-evroutepath" || k.StartsWith("evroute-", StringComparison.Ordinal));
        var native = Assert.Single(incoming, m => Encoding.UTF8.GetString(m.Body.Span) == NativeBody);
        Assert.Equal("test", native.Attributes["origin"]);
        Assert.DoesNotContain(native.Attributes.Keys, k => k.StartsWith("CloudPubSubDeadLetter", StringComparison.Ordinal));
        Assert.Empty(await ListAsync());

        var (outcomes, sink) = await RoutingCheck.RouteAsync(Cloud.Gcp, Cloud.Azure, incoming);
        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Routed, o.Status));
        Assert.Contains(sink.Sent, e => e.Id == "ev-gcp-1");
    }

    [Fact]
    public async Task Redrive_PublishFails_LosesNothing()
    {
        await standIn.FailPublishesAsync(503);

        var (exit, output, _) = await RunAsync("redrive", "--cloud", "gcp", "--all");

        Assert.Equal(DlqExitCodes.Failed, exit);
        Assert.Contains("moved 0, failed 2", output, StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync()).Length);
    }

    [Fact]
    public async Task Purge_ById_RemovesExactlyThatOne()
    {
        var (exit, _, _) = await RunAsync("purge", "--cloud", "gcp", "--id", "ev-gcp-1", "--yes");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Equal(FailureReasons.MaxDeliveries, Assert.Single(await ListAsync()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Redrive_DryRun_ChangesNothing()
    {
        var (exit, output, _) = await RunAsync("redrive", "--cloud", "gcp", "--reason", "rejected", "--to", "gcp", "--dry-run");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("would move 1", output, StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync()).Length);
        Assert.Empty(await standIn.PullAsync("inbound-sub"));
    }

    private static IncomingMessage ToIncoming(JsonNode? received)
    {
        var message = received!["message"]!;
        var attributes = (message["attributes"] as JsonObject ?? []).ToDictionary(a => a.Key, a => a.Value!.GetValue<string>());
        var data = message["data"]?.GetValue<string>() is { } base64 ? Convert.FromBase64String(base64) : [];
        return new IncomingMessage { MessageId = message["messageId"]!.GetValue<string>(), Body = data, Attributes = attributes };
    }

    private async Task<System.Text.Json.JsonElement[]> ListAsync()
    {
        var (exit, output, error) = await RunAsync("list", "--cloud", "gcp", "--json");
        Assert.True(exit == DlqExitCodes.Ok, error);
        return Emulators.ParseJsonArray(output);
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(["dlq", .. args, "--gcp-endpoint", standIn.Server.EmulatorHost, "--gcp-project", StandIn.Project,
            "--gcp-dlq-subscription", "deadletter-keep", "--gcp-inbound-topic", "inbound"]);
}
