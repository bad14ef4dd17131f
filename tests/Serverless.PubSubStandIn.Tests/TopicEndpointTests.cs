using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.PubSubStandIn.Tests;

public sealed class TopicEndpointTests : StandInHarness
{
    private const string Topics = $"v1/projects/{StandInClient.Project}/topics";

    [Fact]
    public async Task CreateTopic_NewName_ReturnsResourceAndGetFindsIt()
    {
        var created = await Client.CreateTopicAsync("orders");
        var fetched = await Client.OkAsync(HttpMethod.Get, $"{Topics}/orders");

        Assert.Equal(StandInClient.TopicName("orders"), created["name"]!.GetValue<string>());
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
    }

    [Fact]
    public async Task CreateTopic_Twice_Returns409InGoogleErrorShape()
    {
        await Client.CreateTopicAsync("orders");

        var (status, body) = await Client.SendAsync(HttpMethod.Put, $"{Topics}/orders");

        Assert.Equal(HttpStatusCode.Conflict, status);
        AssertError(body, 409, "ALREADY_EXISTS");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("googtopic")]
    [InlineData("has space")]
    public async Task CreateTopic_NameAgainstGoogleRules_Returns400(string name)
    {
        var (status, body) = await Client.SendAsync(HttpMethod.Put, $"{Topics}/{Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(body, 400, "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task GetTopic_Missing_Returns404NotFound()
    {
        var (status, body) = await Client.SendAsync(HttpMethod.Get, $"{Topics}/missing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        AssertError(body, 404, "NOT_FOUND");
    }

    [Fact]
    public async Task ListTopics_TwoTopics_ListsBothOnlyForTheProject()
    {
        await Client.CreateTopicAsync("alpha");
        await Client.CreateTopicAsync("beta");
        await Client.OkAsync(HttpMethod.Put, "v1/projects/other-project/topics/gamma");

        var list = await Client.OkAsync(HttpMethod.Get, Topics);

        var names = list["topics"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal([StandInClient.TopicName("alpha"), StandInClient.TopicName("beta")], names);
    }

    [Fact]
    public async Task DeleteTopic_Existing_RemovesItAndDetachesSubscriptions()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders") });

        await Client.OkAsync(HttpMethod.Delete, $"{Topics}/orders");

        var (status, _) = await Client.SendAsync(HttpMethod.Get, $"{Topics}/orders");
        var subscription = await Client.OkAsync(HttpMethod.Get, $"v1/projects/{StandInClient.Project}/subscriptions/orders-sub");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("_deleted-topic_", subscription["topic"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListTopicSubscriptions_OneAttached_ReturnsItsName()
    {
        await Client.CreateTopicAsync("orders");
        await Client.CreateSubscriptionAsync("orders-sub", new { topic = StandInClient.TopicName("orders") });

        var list = await Client.OkAsync(HttpMethod.Get, $"{Topics}/orders/subscriptions");

        Assert.Equal($"projects/{StandInClient.Project}/subscriptions/orders-sub", list["subscriptions"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_MissingTopic_Returns404()
    {
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"{Topics}/missing:publish", new { messages = new[] { new { data = "aGk=" } } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        AssertError(body, 404, "NOT_FOUND");
    }

    [Fact]
    public async Task Publish_ThreeMessages_ReturnsThreeDistinctIds()
    {
        await Client.CreateTopicAsync("orders");

        var ids = await Client.PublishAsync("orders", new { data = "YQ==" }, new { data = "Yg==" }, new { attributes = new { only = "attributes" } });

        Assert.Equal(3, ids.Distinct().Count());
    }

    public static TheoryData<string> InvalidPublishes() => new()
    {
        """{"messages":[]}""",
        """{"messages":[{}]}""",
        """{"messages":[{"data":"not base64!"}]}""",
        """{"messages":[{"data":"aGk=","attributes":{"googkey":"v"}}]}""",
        """{"messages":[{"data":""",
        Body(new { data = "aGk=", attributes = new Dictionary<string, string> { ["k"] = new string('v', 1025) } }),
        Body(new { data = "aGk=", attributes = new Dictionary<string, string> { [new string('k', 257)] = "v" } }),
        Body(new { data = "aGk=", attributes = Enumerable.Range(0, 101).ToDictionary(i => $"k{i}", _ => "v") }),
        Body([.. Enumerable.Repeat<object>(new { data = "aGk=" }, 1001)]),
        Body(new { data = Convert.ToBase64String(new byte[(10 * 1024 * 1024) + 1]) }),
    };

    [Theory]
    [MemberData(nameof(InvalidPublishes))]
    public async Task Publish_BeyondGoogleLimits_Returns400InvalidArgument(string body)
    {
        await Client.CreateTopicAsync("orders");

        var (status, error) = await Client.SendAsync(HttpMethod.Post, $"{Topics}/orders:publish", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(error, 400, "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Publish_AtTheLimits_IsAccepted()
    {
        await Client.CreateTopicAsync("orders");
        var attributes = Enumerable.Range(0, 100).ToDictionary(i => $"k{i}", _ => new string('v', 1024));

        var messages = Enumerable.Range(0, 999).Select(_ => (object)new { data = "aGk=" }).Append(new { data = "aGk=", attributes }).ToArray();

        var ids = await Client.PublishAsync("orders", messages);

        Assert.Equal(1000, ids.Count);
    }

    private static string Body(params object[] messages) => JsonSerializer.Serialize(new { messages });

    internal static void AssertError(JsonNode? body, int code, string status)
    {
        var error = body?["error"];
        Assert.NotNull(error);
        Assert.Equal(code, error["code"]!.GetValue<int>());
        Assert.Equal(status, error["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
    }
}
