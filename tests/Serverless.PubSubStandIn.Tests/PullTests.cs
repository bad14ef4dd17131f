using System.Diagnostics;

namespace Serverless.PubSubStandIn.Tests;

public sealed class PullTests : StandInHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Pull_PublishedMessage_ArrivesWithDataAttributesIdAndTime()
    {
        await SetUpAsync(deadLetter: false);
        var ids = await Client.PublishAsync("orders", new { data = "aGVsbG8=", attributes = new { kind = "order" }, orderingKey = "k1" });

        var received = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        var message = received["message"]!;
        Assert.Equal("hello", StandInClient.Text(received));
        Assert.Equal("order", message["attributes"]!["kind"]!.GetValue<string>());
        Assert.Equal(ids[0], message["messageId"]!.GetValue<string>());
        Assert.Equal("k1", message["orderingKey"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(message["publishTime"]!.GetValue<string>(), out _));
        Assert.False(string.IsNullOrEmpty(received["ackId"]!.GetValue<string>()));
        Assert.Null(received["deliveryAttempt"]);
    }

    [Fact]
    public async Task Acknowledge_PulledMessage_IsNotRedelivered()
    {
        await SetUpAsync(deadLetter: false, ackDeadlineSeconds: 60);
        await Client.PublishTextAsync("orders", "once");
        var received = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        await Client.AcknowledgeAsync("orders-sub", received["ackId"]!.GetValue<string>());
        await Task.Delay(1500); // past the scaled ack deadline (60 s x 0.01)

        Assert.Empty(await Client.PullAsync("orders-sub"));
    }

    [Fact]
    public async Task ModifyAckDeadline_Zero_RedeliversWithNextDeliveryAttempt()
    {
        await SetUpAsync(deadLetter: true);
        await Client.PublishTextAsync("orders", "nack me");
        var first = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        await Client.ModifyAckDeadlineAsync("orders-sub", 0, first["ackId"]!.GetValue<string>());
        var second = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        Assert.Equal(1, first["deliveryAttempt"]!.GetValue<int>());
        Assert.Equal(2, second["deliveryAttempt"]!.GetValue<int>());
        Assert.NotEqual(first["ackId"]!.GetValue<string>(), second["ackId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AckDeadline_Lapsed_MessageIsDeliveredAgainAndCounted()
    {
        await SetUpAsync(deadLetter: true);
        await Client.PublishTextAsync("orders", "slow consumer");
        var clock = Stopwatch.StartNew();
        var first = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        var second = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(90), $"redelivered after {clock.Elapsed}");
        Assert.Equal(2, second["deliveryAttempt"]!.GetValue<int>());
        Assert.True((await Client.StatsAsync())["subscriptions"]![$"projects/{StandInClient.Project}/subscriptions/orders-sub"]!["expired"]!.GetValue<long>() >= 1);
        await Client.AcknowledgeAsync("orders-sub", first["ackId"]!.GetValue<string>()); // stale: ignored, no error
    }

    [Fact]
    public async Task ModifyAckDeadline_Extended_KeepsTheLease()
    {
        await SetUpAsync(deadLetter: false, ackDeadlineSeconds: 60);
        await Client.PublishTextAsync("orders", "long job");
        var received = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));

        await Client.ModifyAckDeadlineAsync("orders-sub", 600, received["ackId"]!.GetValue<string>());
        await Task.Delay(1500); // past the original scaled deadline (600 ms), well inside the extended one (6 s)

        Assert.Empty(await Client.PullAsync("orders-sub"));
    }

    [Fact]
    public async Task Pull_ReturnImmediatelyOnEmpty_ReturnsNoMessages()
    {
        await SetUpAsync(deadLetter: false);

        Assert.Empty(await Client.PullAsync("orders-sub"));
    }

    [Fact]
    public async Task Pull_MaxMessages_BoundsTheBatch()
    {
        await SetUpAsync(deadLetter: false);
        await Client.PublishAsync("orders", [.. Enumerable.Range(0, 5).Select(i => (object)new { data = Convert.ToBase64String([(byte)i]) })]);

        Assert.Equal(2, (await Client.PullAsync("orders-sub", maxMessages: 2)).Count);
    }

    [Fact]
    public async Task Nack_MaxDeliveryAttemptsTimes_ForwardsToDeadLetterTopicWithGoogleAttributes()
    {
        await SetUpAsync(deadLetter: true);
        await Client.PublishTextAsync("orders", "poison", new { origin = "test" });

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var received = Assert.Single(await Client.PullUntilAsync("orders-sub", 1, Timeout));
            Assert.Equal(attempt, received["deliveryAttempt"]!.GetValue<int>());
            await Client.ModifyAckDeadlineAsync("orders-sub", 0, received["ackId"]!.GetValue<string>());
        }

        var dead = Assert.Single(await Client.PullUntilAsync("orders-dead-sub", 1, Timeout));
        var attributes = dead["message"]!["attributes"]!;
        Assert.Equal("poison", StandInClient.Text(dead));
        Assert.Equal("test", attributes["origin"]!.GetValue<string>());
        Assert.Equal("5", attributes["CloudPubSubDeadLetterSourceDeliveryCount"]!.GetValue<string>());
        Assert.Equal("orders-sub", attributes["CloudPubSubDeadLetterSourceSubscription"]!.GetValue<string>());
        Assert.Equal(StandInClient.Project, attributes["CloudPubSubDeadLetterSourceSubscriptionProject"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(attributes["CloudPubSubDeadLetterSourceTopicPublishTime"]!.GetValue<string>(), out _));
        Assert.Empty(await Client.PullAsync("orders-sub"));
    }

    [Fact]
    public async Task Pull_OrderingEnabled_HoldsLaterMessagesOfAKeyUntilTheFirstIsAcked()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders"), enableMessageOrdering = true, ackDeadlineSeconds = 600 });
        await Client.PublishAsync("orders", new { data = "MQ==", orderingKey = "a" }, new { data = "Mg==", orderingKey = "a" }, new { data = "Mw==", orderingKey = "b" });

        var firstBatch = await Client.PullAsync("orders-sub");
        foreach (var received in firstBatch)
        {
            await Client.AcknowledgeAsync("orders-sub", received!["ackId"]!.GetValue<string>());
        }

        var secondBatch = await Client.PullAsync("orders-sub");

        Assert.Equal(["1", "3"], firstBatch.Select(r => StandInClient.Text(r!)).Order());
        Assert.Equal("2", StandInClient.Text(Assert.Single(secondBatch)!));
    }

    // ackDeadlineSeconds is scaled by 0.01: the default 10 s is a 100 ms lease, which a loaded CI machine can
    // overrun between pull and ack. Tests that ack or extend use 60 s (600 ms) and wait well past it.
    private async Task SetUpAsync(bool deadLetter, int ackDeadlineSeconds = 10)
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateTopicAsync("orders-dead");
        await Client.CreateSubscriptionAsync("orders-dead-sub", new { topic = StandInClient.TopicName("orders-dead") });
        await Client.CreateSubscriptionAsync("orders-sub", new
        {
            topic = StandInClient.TopicName("orders"),
            ackDeadlineSeconds,
            deadLetterPolicy = deadLetter ? new { deadLetterTopic = StandInClient.TopicName("orders-dead"), maxDeliveryAttempts = 5 } : null,
        });
    }
}
