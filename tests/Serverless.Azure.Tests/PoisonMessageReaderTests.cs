using System.Text;
using Serverless.Routing.Azure;

namespace Serverless.Azure.Tests;

public sealed class PoisonMessageReaderTests
{
    [Fact]
    public void Parse_Wrapper_ReturnsFieldsAndOriginal()
    {
        var wrapper = PoisonMessageFormat.Wrap(DeadLetterWriterTests.Letter("m-7", Encoding.UTF8.GetBytes(Payloads.Malformed)))!;

        var parsed = PoisonMessageReader.Parse(wrapper);

        Assert.Equal(PoisonMessageKind.Wrapped, parsed.Kind);
        Assert.Equal(Payloads.Malformed, parsed.OriginalText);
        Assert.Equal("invalid", parsed.Reason);
        Assert.Equal("2026-12-03T09:00:00.000Z", parsed.Fields["evroute-failed-at"]);
        Assert.Equal("2", parsed.Fields["evroute-attempts"]);
        Assert.Equal("azure", parsed.Fields["evroute-cloud"]);
    }

    [Fact]
    public void Wrap_FieldsInDocumentedOrder_MessageLast()
    {
        var wrapper = PoisonMessageFormat.Wrap(DeadLetterWriterTests.Letter("m-8", "x"u8.ToArray()))!;

        Assert.Equal(
            """{"evroute-reason":"invalid","evroute-detail":"malformed JSON: test","evroute-failed-at":"2026-12-03T09:00:00.000Z","evroute-attempts":"2","evroute-message-id":"m-8","evroute-event-id":"ev-1","evroute-cloud":"azure","message":"x"}""",
            wrapper);
    }

    [Fact]
    public void Parse_HostPoisonBase64_ReturnsDecodedOriginal()
    {
        var stored = Convert.ToBase64String(Encoding.UTF8.GetBytes(Payloads.OrderCreated));

        var parsed = PoisonMessageReader.Parse(stored);

        Assert.Equal(PoisonMessageKind.Base64Original, parsed.Kind);
        Assert.Equal(Payloads.OrderCreated, parsed.OriginalText);
        Assert.Null(parsed.Reason);
        Assert.Empty(parsed.Fields);
    }

    [Theory]
    [InlineData("{\"message\": \"no evroute fields\"}")]
    [InlineData("{not json")]
    [InlineData("plain text, not base64!")]
    [InlineData("")]
    public void Parse_NeitherFormat_ReturnsTextAsIs(string stored)
    {
        var parsed = PoisonMessageReader.Parse(stored);

        Assert.Equal(PoisonMessageKind.Unrecognized, parsed.Kind);
        Assert.Equal(stored, parsed.OriginalText);
    }
}
