using System.Net;

namespace Serverless.PubSubStandIn.Tests;

public sealed class StandInControlTests : StandInHarness
{
    [Fact]
    public async Task Faults_Count_FailsThatManyPublishesThenRecovers()
    {
        await Client.CreateTopicAsync("orders");
        await Client.OkAsync(HttpMethod.Post, "standin/faults", new { publishStatus = 503, count = 2 });

        var first = await PublishStatusAsync();
        var second = await PublishStatusAsync();
        var third = await PublishStatusAsync();

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [first, second, third]);
        Assert.Equal(2, (await Client.StatsAsync())["failedPublishes"]!.GetValue<long>());
    }

    [Fact]
    public async Task Faults_Duration_FailsUntilItEnds()
    {
        await Client.CreateTopicAsync("orders");
        await Client.OkAsync(HttpMethod.Post, "standin/faults", new { publishStatus = 500, durationMs = 300 });

        var during = await PublishStatusAsync();
        await Task.Delay(400);
        var after = await PublishStatusAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, during);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task Faults_Delete_EndsAnOpenEndedFault()
    {
        await Client.CreateTopicAsync("orders");
        await Client.OkAsync(HttpMethod.Post, "standin/faults", new { publishStatus = 429 });
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"v1/projects/{StandInClient.Project}/topics/orders:publish", new { messages = new[] { new { data = "aGk=" } } });

        await Client.OkAsync(HttpMethod.Delete, "standin/faults");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        TopicEndpointTests.AssertError(body, 429, "RESOURCE_EXHAUSTED");
        Assert.Equal(HttpStatusCode.OK, await PublishStatusAsync());
    }

    [Theory]
    [InlineData("""{"publishStatus":200}""")]
    [InlineData("""{"publishStatus":503,"count":0}""")]
    [InlineData("{}")]
    public async Task Faults_InvalidRequest_Returns400(string body)
    {
        var (status, error) = await Client.SendAsync(HttpMethod.Post, "standin/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        TopicEndpointTests.AssertError(error, 400, "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Stats_AfterPublishPullAck_CountsEachStep()
    {
        await Client.CreateTopicAsync("orders");
        // A 6 s scaled lease, so a slow machine cannot let it lapse between the pull and the ack.
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders"), ackDeadlineSeconds = 600 });
        await Client.PublishTextAsync("orders", "one");
        await Client.PublishTextAsync("orders", "two");
        var received = await Client.PullAsync("orders-sub", maxMessages: 1);
        await Client.AcknowledgeAsync("orders-sub", received[0]!["ackId"]!.GetValue<string>());

        var stats = await Client.StatsAsync();

        var subscription = stats["subscriptions"]![$"projects/{StandInClient.Project}/subscriptions/orders-sub"]!;
        Assert.Equal(2, stats["topics"]![StandInClient.TopicName("orders")]!["published"]!.GetValue<long>());
        Assert.Equal(2, subscription["received"]!.GetValue<long>());
        Assert.Equal(1, subscription["delivered"]!.GetValue<long>());
        Assert.Equal(1, subscription["acked"]!.GetValue<long>());
        Assert.Equal(1, subscription["backlog"]!.GetValue<int>());
        Assert.Equal(0, subscription["outstanding"]!.GetValue<int>());
    }

    private async Task<HttpStatusCode> PublishStatusAsync() =>
        (await Client.SendAsync(HttpMethod.Post, $"v1/projects/{StandInClient.Project}/topics/orders:publish", new { messages = new[] { new { data = "aGk=" } } })).Status;
}
