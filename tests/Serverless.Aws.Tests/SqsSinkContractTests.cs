using System.Text;
using Serverless.Routing.Aws;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.SinkContracts;

namespace Serverless.Aws.Tests;

/// <summary>The shared sink contract, against fauxqs.</summary>
public sealed class SqsSinkContractTests : SinkContractTests
{
    private Uri? queueUrl;

    protected override int MaxEventBytes => SqsSink.MaxEventBytes;

    protected override async Task<IEventSink> CreateSinkAsync()
    {
        queueUrl = await Fauxqs.CreateQueueAsync("contract");
        return new SqsSink(Fauxqs.Options(queueUrl));
    }

    protected override Task<IEventSink> CreateUnreachableSinkAsync() =>
        Task.FromResult<IEventSink>(new SqsSink(Fauxqs.Options(new Uri("http://127.0.0.1:1/000000000000/none"), Fauxqs.ClosedEndpoint())));

    protected override async Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout)
    {
        var messages = await Fauxqs.ReceiveAsync(queueUrl!, expected, timeout);
        return [.. messages.Select(m => CloudEventJson.Decode(Encoding.UTF8.GetBytes(m.Body)).Event!)];
    }
}
