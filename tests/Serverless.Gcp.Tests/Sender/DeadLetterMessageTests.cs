using System.Text;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Gcp;

namespace Serverless.Gcp.Tests.Sender;

/// <summary>How a dead letter becomes a Pub/Sub message within the attribute limits.</summary>
public sealed class DeadLetterMessageTests
{
    [Fact]
    public void ToMessage_99OriginalAttributes_KeepsReasonsAndCountsTheDropped()
    {
        var originals = Enumerable.Range(0, 99).ToDictionary(i => $"a{i:D2}", i => $"v{i}");
        var letter = Letter(originals, "bad JSON");

        var message = PubSubDeadLetterWriter.ToMessage(letter);

        Assert.Equal(100, message.Attributes.Count);
        Assert.Equal(FailureReasons.Invalid, message.Attributes[DeadLetterFields.Reason]);
        var kept = message.Attributes.Keys.Count(k => k.StartsWith('a'));
        Assert.Equal((99 - kept).ToString(System.Globalization.CultureInfo.InvariantCulture), message.Attributes[PubSubDeadLetterWriter.DroppedAttributesField]);
        Assert.Equal("v0", message.Attributes["a00"]);
        Assert.Equal("payload"u8.ToArray(), message.Data.ToArray());
    }

    [Fact]
    public void ToMessage_FewAttributes_KeepsAllWithoutDroppedMarker()
    {
        var message = PubSubDeadLetterWriter.ToMessage(Letter(new Dictionary<string, string> { ["ce-type"] = "x" }, "why"));

        Assert.Equal("x", message.Attributes["ce-type"]);
        Assert.False(message.Attributes.ContainsKey(PubSubDeadLetterWriter.DroppedAttributesField));
    }

    [Fact]
    public void ToMessage_MultiByteDetail_FitsValueLimit()
    {
        var message = PubSubDeadLetterWriter.ToMessage(Letter(new Dictionary<string, string>(), new string('€', 900)));

        var detail = message.Attributes[DeadLetterFields.Detail];
        Assert.True(Encoding.UTF8.GetByteCount(detail) <= 1024);
        Assert.StartsWith("€€€", detail, StringComparison.Ordinal);
    }

    private static DeadLetter Letter(IReadOnlyDictionary<string, string> attributes, string detail) => new()
    {
        Message = new IncomingMessage { MessageId = "m-1", Body = "payload"u8.ToArray(), Attributes = attributes },
        Cloud = Cloud.Gcp,
        Reason = FailureReasons.Invalid,
        Detail = detail,
        FailedAt = DateTimeOffset.UtcNow,
    };
}
