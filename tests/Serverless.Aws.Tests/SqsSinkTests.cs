using System.Text;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Aws.Tests;

/// <summary>The SQS sender against fauxqs, beyond the shared contract.</summary>
public sealed class SqsSinkTests
{
    [Fact]
    public async Task SendAsync_TwelveEvents_SendsStructuredModeWithContentTypeAttribute()
    {
        var queue = await Fauxqs.CreateQueueAsync("sink");
        var sink = new SqsSink(Fauxqs.Options(queue));
        var events = Enumerable.Range(0, 12).Select(i => Event($"e-{i}", "//orders")).ToArray();

        var results = await sink.SendAsync(events, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        var received = await Fauxqs.ReceiveAsync(queue, 12, TimeSpan.FromSeconds(20));
        Assert.Equal(12, received.Count);
        Assert.All(received, m => Assert.Equal(CloudEventJson.MediaType, m.MessageAttributes["content-type"].StringValue));
        Assert.Equal(events.Select(e => e.Id).Order(), received.Select(m => CloudEventJson.Decode(Encoding.UTF8.GetBytes(m.Body)).Event!.Id).Order());
    }

    [Fact]
    public async Task SendAsync_FifoQueue_SetsGroupFromAttributeAndDeduplicatesBySourceAndId()
    {
        var queue = await Fauxqs.CreateQueueAsync("sinkfifo", fifo: true);
        var sink = new SqsSink(Fauxqs.Options(queue) with { FifoGroupAttribute = "subject" });
        CloudEvent[] events = [Event("a", "//s") with { Subject = "customer-1" }, Event("b", "//s") with { Subject = "customer-2" }, Event("a", "//s") with { Subject = "customer-1" }];

        var results = await sink.SendAsync(events, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        var received = await Fauxqs.ReceiveAsync(queue, 3, TimeSpan.FromSeconds(5));
        Assert.Equal(2, received.Count);
        Assert.Equal(["customer-1", "customer-2"], received.Select(m => m.Attributes["MessageGroupId"]).Order());
        Assert.All(received, m => Assert.Equal(64, m.Attributes["MessageDeduplicationId"].Length));
    }

    [Fact]
    public async Task SendAsync_EventOverOneMebibyte_FailsAsTooLargeNamingTheLimit()
    {
        var sink = new SqsSink(Fauxqs.Options(await Fauxqs.CreateQueueAsync("sinkbig")));
        var big = Event("big", "//s") with { Data = EventData.FromBinary(new byte[800_000]) };

        var result = Assert.Single(await sink.SendAsync([big], CancellationToken.None));

        Assert.Equal(SendStatus.Permanent, result.Status);
        Assert.Equal(FailureReasons.TooLarge, result.Reason);
        Assert.Matches("^event is [0-9]+ bytes; the SQS limit is 1048576 ", result.Detail);
    }

    [Fact]
    public async Task SendAsync_UnreachableEndpoint_ReportsTransient()
    {
        var sink = new SqsSink(Fauxqs.Options(new Uri("http://127.0.0.1:1/000000000000/q"), Fauxqs.ClosedEndpoint()));

        var results = await sink.SendAsync([Event("x", "//s"), Event("y", "//s")], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Transient, r.Status));
    }

    [Fact]
    public async Task SendAsync_QueueDoesNotExist_ReportsTransientForTheOperatorToFix()
    {
        var sink = new SqsSink(Fauxqs.Options(new Uri(Fauxqs.Endpoint, "/000000000000/evroute-missing-" + Guid.NewGuid().ToString("N")[..8])));

        var result = Assert.Single(await sink.SendAsync([Event("x", "//s")], CancellationToken.None));

        Assert.Equal(SendStatus.Transient, result.Status);
    }

    private static CloudEvent Event(string id, string source) => new()
    {
        Id = id,
        Source = source,
        Type = "com.example.order.created",
        DataContentType = "application/json",
        Data = EventData.FromJson("{\"n\":1}"u8.ToArray()),
    };
}
