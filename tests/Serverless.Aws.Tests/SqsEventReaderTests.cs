using Serverless.Functions.Aws;

namespace Serverless.Aws.Tests;

public sealed class SqsEventReaderTests
{
    [Fact]
    public void ToIncoming_DocumentedRecord_MapsIdBodyAttributesAndReceiveCount()
    {
        var payload = SqsEvents.Event(SqsEvents.Record("r-1", "héllo", receiveCount: 3, contentType: "text/plain"));

        var record = Assert.Single(SqsEventReader.Read(payload));
        var message = SqsEventReader.ToIncoming(record);

        Assert.Equal("r-1", message.MessageId);
        Assert.Equal("héllo"u8.ToArray(), message.Body.ToArray());
        Assert.Equal(3, message.DeliveryCount);
        Assert.Equal("text/plain", message.ContentType);
        Assert.Equal("text/plain", message.Attributes["content-type"]);
        Assert.False(message.Attributes.ContainsKey("trace-blob"));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082649183), message.EnqueuedAt);
        Assert.False(SqsEventReader.IsFifo([record]));
    }

    [Fact]
    public void IsFifo_FifoSourceArn_IsTrue()
    {
        var records = SqsEventReader.Read(SqsEvents.Event(SqsEvents.Record("r-1", "x", SqsEvents.FifoArn)));

        Assert.True(SqsEventReader.IsFifo(records));
    }
}
