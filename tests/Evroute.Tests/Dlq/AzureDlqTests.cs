using System.Text;
using Azure.Storage.Queues;
using Evroute.Dlq;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Evroute.Tests.Dlq;

/// <summary><c>evroute dlq</c> against Azurite: the wrapper and the host's Base64 poison message, redrive, failure, purge.</summary>
public sealed class AzureDlqTests : IAsyncLifetime
{
    private const string NativeBody = "plain native body, not JSON";
    private QueueClient poison = null!;
    private QueueClient inbound = null!;

    public async Task InitializeAsync()
    {
        var (poisonPlain, poisonBase64) = await Emulators.CreateAzureQueueAsync("poison");
        poison = poisonPlain;
        (_, inbound) = await Emulators.CreateAzureQueueAsync("inbound");

        // (a) the function's wrapper, written by its own dead-letter writer.
        var writer = new StorageQueueDeadLetterWriter(poisonPlain, poisonBase64, NullLogger.Instance);
        await writer.WriteAsync(
            [new DeadLetter
            {
                Message = new IncomingMessage { MessageId = "inbound-az-1", Body = Encoding.UTF8.GetBytes(Letters.EventJson("ev-az-1")), DeliveryCount = 2 },
                Cloud = Cloud.Azure,
                Reason = FailureReasons.Unmatched,
                Detail = "no route matched",
                FailedAt = DateTimeOffset.UtcNow,
                EventId = "ev-az-1",
            }],
            CancellationToken.None);

        // (b) the host's poison message after maxDequeueCount: the original, Base64.
        await poisonBase64.SendMessageAsync(NativeBody);
    }

    public async Task DisposeAsync()
    {
        await poison.DeleteIfExistsAsync();
        await inbound.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task List_BothFormats_ReasonsShownAndNothingConsumed()
    {
        var first = await ListAsync();
        var second = await ListAsync();

        Assert.Equal(2, first.Length);
        var wrapped = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.Unmatched);
        Assert.Equal("ev-az-1", wrapped.GetProperty("eventId").GetString());
        Assert.Equal(2, wrapped.GetProperty("attempts").GetInt32());
        var hostPoisoned = Assert.Single(first, e => e.GetProperty("reason").GetString() == FailureReasons.MaxDeliveries);
        Assert.StartsWith("plain native body", hostPoisoned.GetProperty("preview").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.Select(e => e.GetProperty("messageId").GetString()).Order(), second.Select(e => e.GetProperty("messageId").GetString()).Order());
        Assert.Equal(2, (await poison.ReceiveMessagesAsync(32)).Value.Length);
    }

    [Fact]
    public async Task Redrive_All_UnwrapsKeepsIdDropsHopsAndRoutes()
    {
        var (exit, output, error) = await RunAsync("redrive", "--cloud", "azure", "--all");

        Assert.True(exit == DlqExitCodes.Ok, output + error);
        var arrived = (await inbound.ReceiveMessagesAsync(32)).Value;
        Assert.Equal(2, arrived.Length);
        var incoming = arrived.Select(m => new IncomingMessage { MessageId = m.MessageId, Body = m.Body.ToArray() }).ToList();
        var structured = Assert.Single(incoming, m => m.Body.Span.IndexOf("ev-az-1"u8) >= 0);
        Assert.DoesNotContain("evroute-reason", Encoding.UTF8.GetString(structured.Body.Span), StringComparison.Ordinal);
        var cloudEvent = CloudEventJson.Decode(structured.Body.Span).Event!;
        Assert.Equal("ev-az-1", cloudEvent.Id);
        Assert.False(cloudEvent.Extensions.ContainsKey(HopExtensions.Hops));
        Assert.False(cloudEvent.Extensions.ContainsKey(HopExtensions.Path));
        Assert.Contains(incoming, m => Encoding.UTF8.GetString(m.Body.Span) == NativeBody);
        Assert.Empty(await ListAsync());

        var (outcomes, sink) = await RoutingCheck.RouteAsync(Cloud.Azure, Cloud.Aws, incoming);
        Assert.All(outcomes, o => Assert.Equal(MessageStatus.Routed, o.Status));
        Assert.Contains(sink.Sent, e => e.Id == "ev-az-1");
    }

    [Fact]
    public async Task Redrive_DestinationUnreachable_LosesNothing()
    {
        var port = Emulators.ClosedPort();

        var (exit, output, _) = await RunAsync(
            "redrive", "--cloud", "azure", "--all", "--to", "aws",
            "--aws-endpoint", $"http://127.0.0.1:{port}", "--aws-inbound-url", $"http://127.0.0.1:{port}/000000000000/nowhere");

        Assert.Equal(DlqExitCodes.Failed, exit);
        Assert.Contains("moved 0, failed 2", output, StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync()).Length);
    }

    [Fact]
    public async Task Purge_ByReason_RemovesExactlyThose()
    {
        var (exit, _, _) = await RunAsync("purge", "--cloud", "azure", "--reason", "max-deliveries", "--yes");

        Assert.Equal(DlqExitCodes.Ok, exit);
        var left = Assert.Single(await ListAsync());
        Assert.Equal("ev-az-1", left.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task List_MissingPoisonQueue_IsEmptyNotAnError()
    {
        var (exit, output, _) = await CliRunner.RunAsync(
            "dlq", "list", "--cloud", "azure", "--azure-connection-string", Emulators.Azurite, "--azure-poison-queue", "dlqtest-never-created-" + Guid.NewGuid().ToString("N")[..8]);

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("no dead letters in azure", output, StringComparison.Ordinal);
    }

    private async Task<System.Text.Json.JsonElement[]> ListAsync()
    {
        var (exit, output, error) = await RunAsync("list", "--cloud", "azure", "--json");
        Assert.True(exit == DlqExitCodes.Ok, error);
        return Emulators.ParseJsonArray(output);
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(["dlq", .. args, "--azure-connection-string", Emulators.Azurite, "--azure-poison-queue", poison.Name, "--azure-inbound-queue", inbound.Name]);
}
