using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Serverless.PubSubStandIn.Tests;

public sealed class PushTests : StandInHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Push_EndpointAnswers204_SendsGoogleEnvelopeOnceAndAcks()
    {
        await using var receiver = await PushReceiver.StartAsync(204);
        await SetUpAsync(receiver.Endpoint);
        var ids = await Client.PublishTextAsync("orders", "pushed", new { kind = "order" });

        var push = Assert.Single(await receiver.WaitForAsync(1, Timeout));
        await Task.Delay(300); // several scaled ack deadlines: a second push would have come by now

        var message = push.Body["message"]!;
        Assert.Equal("application/json", push.ContentType?.Split(';')[0]);
        Assert.Equal("pushed", StandInClient.Text(push.Body));
        Assert.Equal("order", message["attributes"]!["kind"]!.GetValue<string>());
        Assert.Equal(ids[0], message["messageId"]!.GetValue<string>());
        Assert.Equal(ids[0], message["message_id"]!.GetValue<string>());
        Assert.Equal(message["publishTime"]!.GetValue<string>(), message["publish_time"]!.GetValue<string>());
        Assert.Equal($"projects/{StandInClient.Project}/subscriptions/orders-push", push.Body["subscription"]!.GetValue<string>());
        Assert.Null(push.Body["deliveryAttempt"]);
        Assert.Empty(push.Authorization);
        Assert.Single(receiver.Requests);
        var stats = (await Client.StatsAsync())["subscriptions"]![$"projects/{StandInClient.Project}/subscriptions/orders-push"]!;
        Assert.Equal(1, stats["acked"]!.GetValue<long>());
        Assert.Equal(0, stats["backlog"]!.GetValue<int>());
    }

    [Fact]
    public async Task Push_EndpointAnswers500_RetriesWithGrowingBackoffUntilAcked()
    {
        var calls = 0;
        await using var receiver = await PushReceiver.StartAsync(_ => Task.FromResult(Interlocked.Increment(ref calls) <= 3 ? 500 : 200));
        await SetUpAsync(receiver.Endpoint, retryPolicy: new { minimumBackoff = "10s", maximumBackoff = "600s" });
        await Client.PublishTextAsync("orders", "flaky");

        var pushes = await receiver.WaitForAsync(4, Timeout);
        await Task.Delay(300);

        Assert.Equal(4, receiver.Requests.Count);
        var gaps = pushes.Zip(pushes.Skip(1), (a, b) => b.At - a.At).ToList();
        // Back-off 10 s, 20 s, 40 s scaled x0.01: 100, 200, 400 ms (a little slack for timer granularity).
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(85), $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[1] >= TimeSpan.FromMilliseconds(180), $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[2] >= TimeSpan.FromMilliseconds(370), $"gaps {string.Join(", ", gaps)}");
        var stats = (await Client.StatsAsync())["subscriptions"]![$"projects/{StandInClient.Project}/subscriptions/orders-push"]!;
        Assert.Equal(3, stats["nacked"]!.GetValue<long>());
        Assert.Equal(1, stats["acked"]!.GetValue<long>());
    }

    [Fact]
    public async Task Push_ConnectionRefused_RetriedAndDeliveredOnceEndpointIsReachable()
    {
        await SetUpAsync(new Uri($"http://127.0.0.1:{ClosedPort()}/push"), retryPolicy: new { minimumBackoff = "1s", maximumBackoff = "2s" });
        await Client.PublishTextAsync("orders", "patience");
        await WaitForStatAsync("delivered", 3);

        await using var receiver = await PushReceiver.StartAsync(204);
        await Client.OkAsync(HttpMethod.Post, $"v1/projects/{StandInClient.Project}/subscriptions/orders-push:modifyPushConfig", new { pushConfig = new { pushEndpoint = receiver.Endpoint } });

        var push = Assert.Single(await receiver.WaitForAsync(1, Timeout));
        Assert.Equal("patience", StandInClient.Text(push.Body));
        await WaitForStatAsync("acked", 1);
    }

    [Fact]
    public async Task Push_AlwaysFailing_DeadLettersAfterMaxDeliveryAttempts()
    {
        await using var receiver = await PushReceiver.StartAsync(503);
        await Client.CreateTopicAsync("orders-dead");
        await Client.CreateSubscriptionAsync("orders-dead-sub", new { topic = StandInClient.TopicName("orders-dead") });
        await SetUpAsync(
            receiver.Endpoint,
            retryPolicy: new { minimumBackoff = "1s", maximumBackoff = "5s" },
            deadLetterPolicy: new { deadLetterTopic = StandInClient.TopicName("orders-dead"), maxDeliveryAttempts = 5 });
        await Client.PublishTextAsync("orders", "poison");

        var dead = Assert.Single(await Client.PullUntilAsync("orders-dead-sub", 1, Timeout));
        await Task.Delay(200);

        Assert.Equal([1, 2, 3, 4, 5], receiver.Requests.Select(r => r.Body["deliveryAttempt"]!.GetValue<int>()));
        var attributes = dead["message"]!["attributes"]!;
        Assert.Equal("5", attributes["CloudPubSubDeadLetterSourceDeliveryCount"]!.GetValue<string>());
        Assert.Equal("orders-push", attributes["CloudPubSubDeadLetterSourceSubscription"]!.GetValue<string>());
        Assert.Equal(StandInClient.Project, attributes["CloudPubSubDeadLetterSourceSubscriptionProject"]!.GetValue<string>());
        Assert.NotNull(attributes["CloudPubSubDeadLetterSourceTopicPublishTime"]);
        await WaitForStatAsync("deadLettered", 1);
    }

    [Fact]
    public async Task Push_EndpointSlowerThanAckDeadline_CountsAsNackAndIsRetried()
    {
        var calls = 0;
        await using var receiver = await PushReceiver.StartAsync(async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(1000); // the scaled ack deadline is 100 ms
            }

            return 204;
        });
        await SetUpAsync(receiver.Endpoint, retryPolicy: new { minimumBackoff = "1s", maximumBackoff = "1s" });
        await Client.PublishTextAsync("orders", "timeout");

        await receiver.WaitForAsync(2, Timeout);

        Assert.True(receiver.Requests.Count >= 2);
        await WaitForStatAsync("acked", 1);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForStatAsync(string counter, long atLeast)
    {
        var clock = Stopwatch.StartNew();
        long value;
        while ((value = (await Client.StatsAsync())["subscriptions"]![$"projects/{StandInClient.Project}/subscriptions/orders-push"]![counter]!.GetValue<long>()) < atLeast)
        {
            Assert.True(clock.Elapsed < Timeout, $"{counter} stayed at {value}, expected {atLeast}");
            await Task.Delay(20);
        }
    }

    private async Task SetUpAsync(Uri endpoint, object? retryPolicy = null, object? deadLetterPolicy = null)
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-push", new
        {
            topic = StandInClient.TopicName("orders"),
            pushConfig = new { pushEndpoint = endpoint },
            retryPolicy,
            deadLetterPolicy,
        });
    }
}
