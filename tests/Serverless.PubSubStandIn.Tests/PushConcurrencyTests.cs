namespace Serverless.PubSubStandIn.Tests;

public sealed class PushConcurrencyTests : StandInHarness
{
    protected override PubSubStandInOptions Options => new() { MaxPushInFlight = 4, BackoffScale = 0.01 };

    [Fact]
    public async Task Push_SlowEndpoint_NeverMoreThanMaxInFlightAtOnce()
    {
        await using var receiver = await PushReceiver.StartAsync(async _ =>
        {
            await Task.Delay(150);
            return 204;
        });
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-push", new { topic = StandInClient.TopicName("orders"), pushConfig = new { pushEndpoint = receiver.Endpoint } });

        await Client.PublishAsync("orders", [.. Enumerable.Range(0, 16).Select(i => (object)new { data = Convert.ToBase64String([(byte)i]) })]);
        var pushes = await receiver.WaitForAsync(16, TimeSpan.FromSeconds(20));

        Assert.Equal(16, pushes.Select(p => p.Body["message"]!["messageId"]!.GetValue<string>()).Distinct().Count());
        Assert.InRange(receiver.MaxConcurrent, 2, 4);
    }
}
