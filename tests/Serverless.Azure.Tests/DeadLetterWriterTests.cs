using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Azure.Tests;

public sealed class DeadLetterWriterTests
{
    [Fact]
    public async Task WriteAsync_SmallMessage_WritesPlainTextWrapperKeepingTheOriginal()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var (writer, _, name) = Writer(azurite);
        var original = "{\"not\": \"a cloudevent\", \"üñí\": \"<&>\"}\n\u0001";

        await writer.WriteAsync([Letter("m-1", Encoding.UTF8.GetBytes(original))], CancellationToken.None);

        var stored = Assert.Single(await azurite.PeekAllAsync(name));
        Assert.StartsWith("{\"evroute-reason\":\"invalid\",", stored, StringComparison.Ordinal);
        Assert.Contains("üñí", stored, StringComparison.Ordinal);
        var parsed = PoisonMessageReader.Parse(stored);
        Assert.Equal(PoisonMessageKind.Wrapped, parsed.Kind);
        Assert.Equal(original, parsed.OriginalText);
        Assert.Equal("m-1", parsed.MessageId);
        Assert.Equal("ev-1", parsed.EventId);
        Assert.Equal("malformed JSON: test", parsed.Detail);
    }

    [Fact]
    public async Task WriteAsync_WrapperOverLimit_WritesBase64OriginalAndLogsWhy()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var (writer, log, name) = Writer(azurite);

        // 40,000 quotes escape to 80,000 bytes in JSON, but fit the limit as 53,336 bytes of Base64.
        var original = Encoding.UTF8.GetBytes(new string('"', 40_000));
        await writer.WriteAsync([Letter("m-big", original)], CancellationToken.None);

        var stored = Assert.Single(await azurite.PeekAllAsync(name));
        var parsed = PoisonMessageReader.Parse(stored);
        Assert.Equal(PoisonMessageKind.Base64Original, parsed.Kind);
        Assert.Equal(original, parsed.Original.ToArray());
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("m-big", warning.Properties["MessageId"]);
        Assert.Contains("limit is 65536", (string)warning.Properties["FallbackReason"]!, StringComparison.Ordinal);
        Assert.Equal(FailureReasons.Invalid, warning.Properties["Reason"]);
    }

    [Fact]
    public async Task WriteAsync_BodyNotUtf8_WritesBase64OriginalByteForByte()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var (writer, _, name) = Writer(azurite);
        byte[] original = [0x7B, 0xFF, 0xFE, 0x00, 0x7D];

        await writer.WriteAsync([Letter("m-bin", original)], CancellationToken.None);

        var parsed = PoisonMessageReader.Parse(Assert.Single(await azurite.PeekAllAsync(name)));
        Assert.Equal(PoisonMessageKind.Base64Original, parsed.Kind);
        Assert.Equal(original, parsed.Original.ToArray());
    }

    [Fact]
    public async Task WriteAsync_OriginalTooLargeEvenAsBase64_Throws()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var (writer, _, name) = Writer(azurite);

        var error = await Record.ExceptionAsync(() => writer.WriteAsync([Letter("m-huge", new byte[60_000])], CancellationToken.None));

        Assert.IsType<InvalidOperationException>(error);
        Assert.Empty(await azurite.PeekAllAsync(name));
    }

    private static (StorageQueueDeadLetterWriter Writer, CapturingLogger<StorageQueueDeadLetterWriter> Log, string Queue) Writer(Azurite azurite)
    {
        var name = azurite.NewQueueName("dlw");
        var log = new CapturingLogger<StorageQueueDeadLetterWriter>();
        var writer = new StorageQueueDeadLetterWriter(azurite.Client(name, QueueMessageEncoding.None), azurite.Client(name, QueueMessageEncoding.Base64), log);
        return (writer, log, name);
    }

    internal static DeadLetter Letter(string messageId, byte[] body) => new()
    {
        Message = new IncomingMessage { MessageId = messageId, Body = body, DeliveryCount = 2 },
        Cloud = Cloud.Azure,
        Reason = FailureReasons.Invalid,
        Detail = "malformed JSON: test",
        FailedAt = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero),
        EventId = "ev-1",
    };
}
