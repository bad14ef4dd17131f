using System.Text;
using Amazon.SQS;
using Amazon.SQS.Model;
using Evroute.Dlq;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Evroute.Tests.Dlq;

/// <summary><c>evroute dlq</c> against fauxqs: both dead-letter formats, redrive, failure part-way, purge.</summary>
public sealed class SqsDlqTests : IAsyncLifetime, IDisposable
{
    private const string NativeBody = "plain native body, not JSON";
    private readonly IAmazonSQS client = Emulators.Sqs();
    private string dlq = string.Empty;
    private string inbound = string.Empty;

    public async Task InitializeAsync()
    {
        dlq = await Emulators.CreateSqsQueueAsync(client, "dlq");
        inbound = await Emulators.CreateSqsQueueAsync(client, "in");

        // (a) written by the Lambda's dead-letter writer: original body, evroute-* attributes.
        var writer = new SqsDeadLetterWriter(client, new Uri(dlq));
        await writer.WriteAsync(
            [new DeadLetter
            {
                Message = new IncomingMessage
                {
                    MessageId = "inbound-1",
                    Body = Encoding.UTF8.GetBytes(Letters.EventJson("ev-aws-1")),
                    ContentType = CloudEventJson.MediaType,
                    DeliveryCount = 1,
                },
                Cloud = Cloud.Aws,
                Reason = FailureReasons.Loop,
                Detail = "past maxHops",
                FailedAt = DateTimeOffset.UtcNow,
                EventId = "ev-aws-1",
            }],
            CancellationToken.None);

        // (b) moved by the redrive policy: the original message alone.
        await client.SendMessageAsync(new SendMessageRequest { QueueUrl = dlq, MessageBody = NativeBody });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task List_BothFormats_ReasonsShownAndNothingConsumed()
    {
        var first = await ListAsync();
        var second = await ListAsync();

        Assert.Equal(2, first.Length);
        var written = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.Loop);
        Assert.Equal("ev-aws-1", written.GetProperty("eventId").GetString());
        Assert.Equal("inbound-1", written.GetProperty("inboundMessageId").GetString());
        Assert.Equal("com.example.order.created", written.GetProperty("type").GetString());
        var moved = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.MaxDeliveries);
        Assert.StartsWith("plain native body", moved.GetProperty("preview").GetString(), StringComparison.Ordinal);
        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(2, (await Emulators.ReceiveSqsAsync(client, dlq, 2)).Count);
    }

    [Fact]
    public async Task Redrive_All_ArrivesWithOriginalIdWithoutHopsAndRoutes()
    {
        var (exit, output, error) = await RunAsync("redrive", "--cloud", "aws", "--all");

        Assert.True(exit == DlqExitCodes.Ok, output + error);
        var arrived = await Emulators.ReceiveSqsAsync(client, inbound, 2);
        Assert.Equal(2, arrived.Count);
        var incoming = arrived.Select(m => new IncomingMessage
        {
            MessageId = m.MessageId,
            Body = Encoding.UTF8.GetBytes(m.Body),
            Attributes = (m.MessageAttributes ?? []).ToDictionary(a => a.Key, a => a.Value.StringValue),
        }).ToList();
        var cloudEvent = CloudEventJson.Decode(Assert.Single(incoming, m => m.Body.Span.IndexOf("ev-aws-1"u8) >= 0).Body.Span).Event!;
        Assert.Equal("ev-aws-1", cloudEvent.Id);
        Assert.False(cloudEvent.Extensions.ContainsKey(HopExtensions.Hops));
        Assert.False(cloudEvent.Extensions.ContainsKey(HopExtensions.Path));
        Assert.Contains(incoming, m => Encoding.UTF8.GetString(m.Body.Span) == NativeBody);
        Assert.DoesNotContain(incoming.SelectMany(m => m.Attributes.Keys), k => k.StartsWith("evroute-", StringComparison.Ordinal));
        Assert.Empty(await ListAsync());

        var (outcomes, sink) = await RoutingCheck.RouteAsync(Cloud.Aws, Cloud.Gcp, incoming);
        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Routed, o.Status));
        Assert.Contains(sink.Sent, e => e.Id == "ev-aws-1");
    }

    [Fact]
    public async Task Redrive_DestinationUnreachable_LosesNothing()
    {
        var port = Emulators.ClosedPort();

        var (exit, output, _) = await RunAsync(
            "redrive", "--cloud", "aws", "--all", "--to", "gcp",
            "--gcp-endpoint", $"127.0.0.1:{port}", "--gcp-project", "p", "--gcp-inbound-topic", "t");

        Assert.Equal(DlqExitCodes.Failed, exit);
        Assert.Contains("moved 0, failed 2", output, StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync()).Length);
    }

    [Fact]
    public async Task Redrive_DryRun_ChangesNothing()
    {
        var (exit, output, _) = await RunAsync("redrive", "--cloud", "aws", "--all", "--dry-run");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("would move 2", output, StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync()).Length);
        Assert.Empty(await Emulators.ReceiveSqsAsync(client, inbound, 1));
    }

    [Fact]
    public async Task Purge_ById_RemovesExactlyThatOne()
    {
        var (exit, output, _) = await RunAsync("purge", "--cloud", "aws", "--id", "ev-aws-1", "--yes");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("purged 1, failed 0", output, StringComparison.Ordinal);
        var left = Assert.Single(await ListAsync());
        Assert.Equal(FailureReasons.MaxDeliveries, left.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task List_QueueMissing_Exits3()
    {
        var (exit, _, error) = await CliRunner.RunAsync(
            "dlq", "list", "--cloud", "aws", "--aws-endpoint", Emulators.SqsEndpoint, "--aws-dlq-url", dlq + "-missing");

        Assert.Equal(DlqExitCodes.Unavailable, exit);
        Assert.Contains("aws:", error, StringComparison.Ordinal);
    }

    private static string[] Ids(System.Text.Json.JsonElement[] rows) => [.. rows.Select(r => r.GetProperty("messageId").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Redrive_BinaryModeCloudEvent_ComesBackWithItsCeAttributes()
    {
        var writer = new SqsDeadLetterWriter(client, new Uri(dlq));
        var attributes = new Dictionary<string, string>
        {
            ["ce-specversion"] = "1.0",
            ["ce-id"] = "bin-7",
            ["ce-source"] = "//orders",
            ["ce-type"] = "com.example.order.created",
        };
        await writer.WriteAsync(
            [new DeadLetter
            {
                Message = new IncomingMessage { MessageId = "inbound-bin", Body = "{\"n\":7}"u8.ToArray(), Attributes = attributes },
                Cloud = Cloud.Aws,
                Reason = FailureReasons.Unmatched,
                FailedAt = DateTimeOffset.UtcNow,
                EventId = "bin-7",
            }],
            CancellationToken.None);

        var listed = await ListAsync();
        Assert.Contains(listed, e => e.GetProperty("eventId").GetString() == "bin-7" && e.GetProperty("type").GetString() == "com.example.order.created");

        var (exit, output, error) = await RunAsync("redrive", "--cloud", "aws", "--id", "bin-7");

        Assert.True(exit == DlqExitCodes.Ok, output + error);
        // A CloudEvent goes back encoded as the SQS sink encodes it: structured JSON, the same event.
        var arrived = Assert.Single(await Emulators.ReceiveSqsAsync(client, inbound, 1));
        var redriven = CloudEventJson.Decode(Encoding.UTF8.GetBytes(arrived.Body));
        Assert.True(redriven.Success, redriven.Error);
        Assert.Equal("bin-7", redriven.Event.Id);
        Assert.Equal("//orders", redriven.Event.Source);
        Assert.Equal("com.example.order.created", redriven.Event.Type);
        Assert.Equal("{\"n\":7}", Encoding.UTF8.GetString(CloudEventBinaryMode.GetDataBytes(redriven.Event).Span));
    }

    private async Task<System.Text.Json.JsonElement[]> ListAsync()
    {
        var (exit, output, error) = await RunAsync("list", "--cloud", "aws", "--json");
        Assert.True(exit == DlqExitCodes.Ok, error);
        return Emulators.ParseJsonArray(output);
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(["dlq", .. args, "--aws-endpoint", Emulators.SqsEndpoint, "--aws-dlq-url", dlq, "--aws-inbound-url", inbound]);
}
