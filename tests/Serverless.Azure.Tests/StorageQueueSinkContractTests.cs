using Azure.Storage.Queues;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.SinkContracts;

namespace Serverless.Azure.Tests;

/// <summary>The shared sink contract against a real queue on Azurite.</summary>
public sealed class StorageQueueSinkContractTests : SinkContractTests, IAsyncLifetime
{
    private Azurite? azurite;
    private QueueClient? queue;

    protected override int MaxEventBytes => StorageQueueLimits.MaxMessageBytes;

    public async Task InitializeAsync() => azurite = await Azurite.ConnectAsync();

    public async Task DisposeAsync() => await azurite!.DisposeAsync();

    protected override async Task<IEventSink> CreateSinkAsync()
    {
        queue = await azurite!.CreateQueueAsync("contract", QueueMessageEncoding.Base64);
        return new StorageQueueSink(queue);
    }

    protected override Task<IEventSink> CreateUnreachableSinkAsync() =>
        Task.FromResult<IEventSink>(new StorageQueueSink(StorageQueueClients.FromConnectionString(Azurite.Unreachable, "nowhere", QueueMessageEncoding.Base64)));

    protected override async Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout)
    {
        var events = new List<CloudEvent>();
        using var deadline = new CancellationTokenSource(timeout);
        while (events.Count < expected && !deadline.IsCancellationRequested)
        {
            var batch = (await queue!.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), deadline.Token)).Value;
            foreach (var message in batch)
            {
                var decoded = CloudEventJson.Decode(message.Body.ToArray());
                Assert.True(decoded.Success, decoded.Error);
                events.Add(decoded.Event!);
            }

            if (batch.Length == 0)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }

        return events;
    }
}
