using Azure;
using Serverless.Functions.Azure;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;

namespace Serverless.Azure.Tests;

public sealed class InboundMessageProcessorTests
{
    [Fact]
    public async Task ProcessAsync_ValidCloudEvent_ForwardsAndWritesNoDeadLetter()
    {
        await using var harness = await ProcessorHarness.CreateAsync();

        await harness.Processor.ProcessAsync(ProcessorHarness.Message("m-ok", Payloads.OrderCreated, dequeueCount: 2), CancellationToken.None);

        var sent = Assert.Single(harness.Gcp.Sent);
        Assert.Equal("7d0f3c5e-2f1a-4a8e-9a51-0c6f2b1d9e42", sent.Id);
        Assert.Empty(harness.Aws.Sent);
        Assert.Empty(await harness.PoisonAsync());
        var line = Assert.Single(harness.Log.Entries);
        Assert.Equal("m-ok", line.Properties["MessageId"]);
        Assert.Equal("routed", line.Properties["Outcome"]);
        Assert.Equal(["7d0f3c5e-2f1a-4a8e-9a51-0c6f2b1d9e42"], Assert.IsType<string[]>(line.Properties["EventIds"]));
        Assert.Equal(["com.example.order.created"], Assert.IsType<string[]>(line.Properties["EventTypes"]));
        Assert.Equal(["https://shop.example.com/orders"], Assert.IsType<string[]>(line.Properties["EventSources"]));
        Assert.Equal(["orders-to-gcp"], Assert.IsType<string[]>(line.Properties["MatchedRoutes"]));
        Assert.Equal(["gcp"], Assert.IsType<string[]>(line.Properties["Destinations"]));
        Assert.Equal(2, line.Properties["DequeueCount"]);
        Assert.IsType<double>(line.Properties["DurationMs"]);
    }

    [Fact]
    public async Task ProcessAsync_MixedSet_ReturnsDeadLettersOrThrowsPerMessage()
    {
        await using var harness = await ProcessorHarness.CreateAsync();
        harness.Aws.Behaviour = e => e.Type.StartsWith("com.example.invoice.", StringComparison.Ordinal)
            ? SendResult.Transient("503 ServerBusy from the test")
            : SendResult.Sent;
        (string Id, string Text, string Expect)[] messages =
        [
            ("m-cloudevent", Payloads.OrderCreated, "return"),
            ("m-eventgrid", Payloads.EventGridBlobCreated, "return"),
            ("m-eventgrid-ce", Payloads.EventGridCloudEvent, "return"),
            ("m-malformed", Payloads.Malformed, FailureReasons.Invalid),
            ("m-too-large", Payloads.LargeOrder("big-1", 6000), FailureReasons.TooLarge),
            ("m-unmatched", Payloads.Unmatched, FailureReasons.Unmatched),
            ("m-loop", Payloads.Looping, FailureReasons.Loop),
            ("m-transient", Payloads.InvoiceIssued, "throw"),
        ];

        var thrown = new Dictionary<string, Exception>();
        foreach (var (id, text, _) in messages)
        {
            var error = await Record.ExceptionAsync(() => harness.Processor.ProcessAsync(ProcessorHarness.Message(id, text, 3), CancellationToken.None));
            if (error is not null)
            {
                thrown[id] = error;
            }
        }

        var retry = Assert.IsType<MessageRetryException>(Assert.Single(thrown, t => t.Key == "m-transient").Value);
        Assert.Contains("503 ServerBusy", retry.Message, StringComparison.Ordinal);
        Assert.Single(thrown);
        Assert.Equal(["7d0f3c5e-2f1a-4a8e-9a51-0c6f2b1d9e42"], harness.Gcp.Sent.Select(e => e.Id));
        Assert.Equal(["831e1650-001e-001b-66ab-eeb76e069631", "9aeb0fdf-c01e-0131-0922-9eb54906e209"], harness.Aws.Sent.Select(e => e.Id).Order());

        var poison = await harness.PoisonAsync();
        var expected = messages.Where(m => m.Expect is not ("return" or "throw")).ToList();
        Assert.Equal(expected.Count, poison.Count);
        foreach (var (id, text, reason) in expected)
        {
            var letter = Assert.Single(poison, p => p.MessageId == id);
            Assert.Equal(PoisonMessageKind.Wrapped, letter.Kind);
            Assert.Equal(reason, letter.Reason);
            Assert.Equal(text, letter.OriginalText);
            Assert.Equal("3", letter.Fields["evroute-attempts"]);
            Assert.Equal("azure", letter.Fields["evroute-cloud"]);
            Assert.True(DateTimeOffset.TryParse(letter.Fields["evroute-failed-at"], out _));
        }

        Assert.Equal("big-1", Assert.Single(poison, p => p.MessageId == "m-too-large").EventId);
        Assert.Contains("4096", Assert.Single(poison, p => p.MessageId == "m-too-large").Detail, StringComparison.Ordinal);
        Assert.Equal(messages.Length, harness.Log.Entries.Count);
    }

    [Fact]
    public async Task ProcessAsync_DeadLetterWriteFails_Throws()
    {
        await using var harness = await ProcessorHarness.CreateAsync(storage: Azurite.Unreachable);

        var error = await Record.ExceptionAsync(() => harness.Processor.ProcessAsync(ProcessorHarness.Message("m-dlq-down", Payloads.Malformed), CancellationToken.None));

        // Azure.Core's retry policy wraps the failures of its tries; any exception makes the host retry.
        var failure = Assert.IsType<AggregateException>(error);
        Assert.All(failure.InnerExceptions, e => Assert.IsType<RequestFailedException>(e));
    }

    [Fact]
    public async Task ProcessAsync_ConfiguredDeadLetterQueue_WritesThere()
    {
        var azurite = await Azurite.ConnectAsync();
        await using var _ = azurite;
        var deadLetters = azurite.NewQueueName("dlq");
        await using var harness = await ProcessorHarness.CreateAsync(new() { ["EVROUTE_DEADLETTER_QUEUE"] = deadLetters });

        await harness.Processor.ProcessAsync(ProcessorHarness.Message("m-custom", Payloads.Unmatched), CancellationToken.None);

        Assert.Empty(await harness.PoisonAsync());
        var letter = PoisonMessageReader.Parse(Assert.Single(await azurite.PeekAllAsync(deadLetters)));
        Assert.Equal(FailureReasons.Unmatched, letter.Reason);
        Assert.Equal("nobody-1", letter.EventId);
    }
}
