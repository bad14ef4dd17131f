using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Serverless.PubSubStandIn;

namespace Evroute.Tests.Dlq;

/// <summary>An in-process Pub/Sub stand-in with the few REST calls the Dlq tests need to set up and inspect topics.</summary>
internal sealed class StandIn : IAsyncDisposable
{
    public const string Project = "dlqtest";

    private StandIn(PubSubStandInServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public PubSubStandInServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<StandIn> StartAsync() =>
        new(await PubSubStandInServer.StartAsync(new PubSubStandInOptions { PullWait = TimeSpan.FromMilliseconds(200), BackoffScale = 0 }, CancellationToken.None));

    public static string Topic(string id) => $"projects/{Project}/topics/{id}";

    public static string Subscription(string id) => $"projects/{Project}/subscriptions/{id}";

    public async Task CreateTopicAsync(string id) => (await Http.PutAsJsonAsync($"v1/{Topic(id)}", new { })).EnsureSuccessStatusCode();

    public async Task CreatePullSubscriptionAsync(string id, string topic, string? deadLetterTopic = null)
    {
        var body = new JsonObject { ["topic"] = Topic(topic) };
        if (deadLetterTopic is not null)
        {
            body["deadLetterPolicy"] = new JsonObject { ["deadLetterTopic"] = Topic(deadLetterTopic), ["maxDeliveryAttempts"] = 5 };
        }

        (await Http.PutAsJsonAsync($"v1/{Subscription(id)}", body)).EnsureSuccessStatusCode();
    }

    public async Task PublishAsync(string topic, byte[] data, Dictionary<string, string> attributes)
    {
        var message = new { data = Convert.ToBase64String(data), attributes };
        (await Http.PostAsJsonAsync($"v1/{Topic(topic)}:publish", new { messages = new[] { message } })).EnsureSuccessStatusCode();
    }

    /// <summary>Pulls what is there now (leases it for the subscription's deadline).</summary>
    public async Task<JsonArray> PullAsync(string subscription, int max = 100)
    {
        var response = await Http.PostAsJsonAsync($"v1/{Subscription(subscription)}:pull", new { maxMessages = max, returnImmediately = true });
        response.EnsureSuccessStatusCode();
        var node = await response.Content.ReadFromJsonAsync<JsonObject>();
        return node?["receivedMessages"] as JsonArray ?? [];
    }

    public async Task NackAsync(string subscription, IEnumerable<string> ackIds) =>
        (await Http.PostAsJsonAsync($"v1/{Subscription(subscription)}:modifyAckDeadline", new { ackIds = ackIds.ToArray(), ackDeadlineSeconds = 0 })).EnsureSuccessStatusCode();

    public async Task FailPublishesAsync(int status) =>
        (await Http.PostAsJsonAsync("standin/faults", new { publishStatus = status, count = 1000 })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
