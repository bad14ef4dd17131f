using Azure.Storage.Queues;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.SinkContracts;

namespace Serverless.Azure.Tests;

public sealed class StorageQueueSinkTests
{
    [Fact]
    public async Task SendAsync_Event_IsBase64StructuredJsonReadableByBase64Client()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var queue = await azurite.CreateQueueAsync("sink", QueueMessageEncoding.Base64);
        var sink = new StorageQueueSink(queue);

        var results = await sink.SendAsync([SampleEvents.JsonData("b64-1")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, Assert.Single(results).Status);
        var stored = Assert.Single(await azurite.PeekAllAsync(queue.Name));
        Assert.False(stored.StartsWith('{'));
        var received = Assert.Single((await queue.ReceiveMessagesAsync(1)).Value);
        var decoded = CloudEventJson.Decode(received.Body.ToMemory());
        Assert.True(decoded.Success, decoded.Error);
        Assert.Equal("b64-1", decoded.Event!.Id);
        Assert.Equal("acme", decoded.Event.Extensions["tenant"].Text);
    }

    [Theory]
    [InlineData(48_000, SendStatus.Sent)]
    [InlineData(49_500, SendStatus.Permanent)]
    public async Task SendAsync_SizeAroundLimit_ChecksEncodedSize(int encodedJsonBytes, SendStatus expected)
    {
        await using var azurite = await Azurite.ConnectAsync();
        var queue = await azurite.CreateQueueAsync("size", QueueMessageEncoding.Base64);
        var cloudEvent = SampleEvents.OfSize("sized", encodedJsonBytes);
        var encoded = StorageQueueLimits.Base64Length(CloudEventJson.Encode(cloudEvent).Length);

        var result = Assert.Single(await new StorageQueueSink(queue).SendAsync([cloudEvent], CancellationToken.None));

        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == SendStatus.Sent, encoded <= StorageQueueLimits.MaxMessageBytes);
        if (expected == SendStatus.Permanent)
        {
            Assert.Equal(FailureReasons.TooLarge, result.Reason);
            Assert.Equal($"event is {encoded} bytes after Base64; the Storage Queue limit is 65536", result.Detail);
            Assert.Empty(await azurite.PeekAllAsync(queue.Name));
        }
    }

    [Fact]
    public async Task SendAsync_UnreachableEndpoint_IsTransientWithinSeconds()
    {
        var sink = new StorageQueueSink(StorageQueueClients.FromConnectionString(Azurite.Unreachable, "nowhere", QueueMessageEncoding.Base64));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = Assert.Single(await sink.SendAsync([SampleEvents.TextData("lost")], CancellationToken.None));

        Assert.Equal(SendStatus.Transient, result.Status);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task SendAsync_QueueMissing_IsTransient()
    {
        await using var azurite = await Azurite.ConnectAsync();
        var sink = new StorageQueueSink(azurite.Client(azurite.NewQueueName("gone"), QueueMessageEncoding.Base64));

        var result = Assert.Single(await sink.SendAsync([SampleEvents.TextData("x")], CancellationToken.None));

        Assert.Equal(SendStatus.Transient, result.Status);
        Assert.Contains("QueueNotFound", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Destination_IsAzure() =>
        Assert.Equal(Cloud.Azure, new StorageQueueSink(StorageQueueClients.FromConnectionString(Azurite.Unreachable, "q-1", QueueMessageEncoding.Base64)).Destination);
}
