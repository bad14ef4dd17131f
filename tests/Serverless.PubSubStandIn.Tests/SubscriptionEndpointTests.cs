using System.Net;

namespace Serverless.PubSubStandIn.Tests;

public sealed class SubscriptionEndpointTests : StandInHarness
{
    private const string Subscriptions = $"v1/projects/{StandInClient.Project}/subscriptions";

    [Fact]
    public async Task CreateSubscription_FullBody_EchoesGoogleShape()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateTopicAsync("orders-dead");

        var created = await Client.CreateSubscriptionAsync("orders-push", new
        {
            topic = StandInClient.TopicName("orders"),
            pushConfig = new { pushEndpoint = "http://127.0.0.1:9/push", oidcToken = new { serviceAccountEmail = "pusher@p.iam.gserviceaccount.com", audience = "aud" } },
            ackDeadlineSeconds = 30,
            retryPolicy = new { minimumBackoff = "10s", maximumBackoff = "600s" },
            deadLetterPolicy = new { deadLetterTopic = StandInClient.TopicName("orders-dead"), maxDeliveryAttempts = 7 },
            messageRetentionDuration = "3600s",
        });
        var fetched = await Client.OkAsync(HttpMethod.Get, $"{Subscriptions}/orders-push");

        Assert.Equal($"projects/{StandInClient.Project}/subscriptions/orders-push", created["name"]!.GetValue<string>());
        Assert.Equal(30, created["ackDeadlineSeconds"]!.GetValue<int>());
        Assert.Equal("pusher@p.iam.gserviceaccount.com", created["pushConfig"]!["oidcToken"]!["serviceAccountEmail"]!.GetValue<string>());
        Assert.Equal("10s", created["retryPolicy"]!["minimumBackoff"]!.GetValue<string>());
        Assert.Equal(7, created["deadLetterPolicy"]!["maxDeliveryAttempts"]!.GetValue<int>());
        Assert.Equal("3600s", created["messageRetentionDuration"]!.GetValue<string>());
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
    }

    [Fact]
    public async Task CreateSubscription_Defaults_AreGoogles()
    {
        await Client.CreateTopicAsync("orders");

        var created = await Client.CreateSubscriptionAsync("orders-pull", new { topic = StandInClient.TopicName("orders") });

        Assert.Equal(10, created["ackDeadlineSeconds"]!.GetValue<int>());
        Assert.Equal("604800s", created["messageRetentionDuration"]!.GetValue<string>());
        Assert.Equal("{}", created["pushConfig"]!.ToJsonString());
        Assert.Null(created["deadLetterPolicy"]);
    }

    [Fact]
    public async Task CreateSubscription_MissingTopic_Returns404()
    {
        var (status, body) = await Client.SendAsync(HttpMethod.Put, $"{Subscriptions}/s-missing", new { topic = StandInClient.TopicName("missing") });

        Assert.Equal(HttpStatusCode.NotFound, status);
        TopicEndpointTests.AssertError(body, 404, "NOT_FOUND");
    }

    [Fact]
    public async Task CreateSubscription_Twice_Returns409()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-pull", new { topic = StandInClient.TopicName("orders") });

        var (status, body) = await Client.SendAsync(HttpMethod.Put, $"{Subscriptions}/orders-pull", new { topic = StandInClient.TopicName("orders") });

        Assert.Equal(HttpStatusCode.Conflict, status);
        TopicEndpointTests.AssertError(body, 409, "ALREADY_EXISTS");
    }

    public static TheoryData<string> InvalidBodies() => new()
    {
        """{"topic":"orders"}""",
        """{"topic":"projects/test-project/topics/orders","ackDeadlineSeconds":5}""",
        """{"topic":"projects/test-project/topics/orders","ackDeadlineSeconds":601}""",
        """{"topic":"projects/test-project/topics/orders","deadLetterPolicy":{"deadLetterTopic":"projects/test-project/topics/orders","maxDeliveryAttempts":4}}""",
        """{"topic":"projects/test-project/topics/orders","deadLetterPolicy":{"deadLetterTopic":"projects/test-project/topics/orders","maxDeliveryAttempts":101}}""",
        """{"topic":"projects/test-project/topics/orders","retryPolicy":{"minimumBackoff":"20s","maximumBackoff":"10s"}}""",
        """{"topic":"projects/test-project/topics/orders","retryPolicy":{"minimumBackoff":"ten"}}""",
        """{"topic":"projects/test-project/topics/orders","pushConfig":{"pushEndpoint":"ftp://x/y"}}""",
        """{"topic":"projects/test-project/topics/orders","messageRetentionDuration":"60s"}""",
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task CreateSubscription_OutOfGoogleRanges_Returns400(string body)
    {
        await Client.CreateTopicAsync("orders");

        var (status, error) = await Client.SendAsync(HttpMethod.Put, $"{Subscriptions}/orders-bad", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        TopicEndpointTests.AssertError(error, 400, "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task DeleteSubscription_Existing_GoneAndNotListed()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-a", new { topic = StandInClient.TopicName("orders") });
        await Client.CreateSubscriptionAsync("orders-b", new { topic = StandInClient.TopicName("orders") });

        await Client.OkAsync(HttpMethod.Delete, $"{Subscriptions}/orders-a");

        var list = await Client.OkAsync(HttpMethod.Get, Subscriptions);
        var (status, _) = await Client.SendAsync(HttpMethod.Delete, $"{Subscriptions}/orders-a");
        Assert.Equal([$"projects/{StandInClient.Project}/subscriptions/orders-b"], list["subscriptions"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task ModifyPushConfig_SetThenClear_SwitchesPushOnAndOff()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders") });

        await Client.OkAsync(HttpMethod.Post, $"{Subscriptions}/orders-sub:modifyPushConfig", new { pushConfig = new { pushEndpoint = "http://127.0.0.1:9/push" } });
        var pushing = await Client.OkAsync(HttpMethod.Get, $"{Subscriptions}/orders-sub");
        await Client.OkAsync(HttpMethod.Post, $"{Subscriptions}/orders-sub:modifyPushConfig", new { pushConfig = new { } });
        var pulling = await Client.OkAsync(HttpMethod.Get, $"{Subscriptions}/orders-sub");

        Assert.Equal("http://127.0.0.1:9/push", pushing["pushConfig"]!["pushEndpoint"]!.GetValue<string>());
        Assert.Equal("{}", pulling["pushConfig"]!.ToJsonString());
    }

    [Theory]
    [InlineData("pull", """{"maxMessages":1}""")]
    [InlineData("acknowledge", """{"ackIds":["x"]}""")]
    [InlineData("modifyAckDeadline", """{"ackIds":["x"],"ackDeadlineSeconds":0}""")]
    [InlineData("modifyPushConfig", """{"pushConfig":{}}""")]
    public async Task SubscriptionMethods_MissingSubscription_Return404(string verb, string body)
    {
        var (status, error) = await Client.SendAsync(HttpMethod.Post, $"{Subscriptions}/missing-sub:{verb}", body);

        Assert.Equal(HttpStatusCode.NotFound, status);
        TopicEndpointTests.AssertError(error, 404, "NOT_FOUND");
    }

    [Theory]
    [InlineData("pull", """{"maxMessages":0}""", 400)]
    [InlineData("acknowledge", """{"ackIds":[]}""", 400)]
    [InlineData("modifyAckDeadline", """{"ackIds":["x"],"ackDeadlineSeconds":601}""", 400)]
    [InlineData("unknownVerb", "{}", 404)]
    public async Task SubscriptionMethods_BadArguments_AreRefused(string verb, string body, int expected)
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders") });

        var (status, error) = await Client.SendAsync(HttpMethod.Post, $"{Subscriptions}/orders-sub:{verb}", body);

        Assert.Equal(expected, (int)status);
        TopicEndpointTests.AssertError(error, expected, expected == 400 ? "INVALID_ARGUMENT" : "NOT_FOUND");
    }
}
