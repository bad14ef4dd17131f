using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Serverless.PubSubStandIn.Tests;

/// <summary>Raw REST calls against a stand-in (or Google's emulator), answering status and parsed JSON.</summary>
public sealed class StandInClient(Uri baseAddress) : IDisposable
{
    public const string Project = "test-project";

    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string text ? new StringContent(text, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content));
    }

    public async Task<JsonNode> OkAsync(HttpMethod method, string path, object? body = null)
    {
        var (status, json) = await SendAsync(method, path, body);
        Assert.True(status == HttpStatusCode.OK, $"{method} {path} answered {(int)status}: {json?.ToJsonString()}");
        return json!;
    }

    public Task<JsonNode> CreateTopicAsync(string topic) => OkAsync(HttpMethod.Put, $"v1/projects/{Project}/topics/{topic}");

    public Task<JsonNode> CreateSubscriptionAsync(string subscription, object body) =>
        OkAsync(HttpMethod.Put, $"v1/projects/{Project}/subscriptions/{subscription}", body);

    public async Task<IReadOnlyList<string>> PublishAsync(string topic, params object[] messages)
    {
        var json = await OkAsync(HttpMethod.Post, $"v1/projects/{Project}/topics/{topic}:publish", new { messages });
        return [.. json["messageIds"]!.AsArray().Select(id => id!.GetValue<string>())];
    }

    public Task<IReadOnlyList<string>> PublishTextAsync(string topic, string text, object? attributes = null) =>
        PublishAsync(topic, new { data = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), attributes });

    public async Task<JsonArray> PullAsync(string subscription, int maxMessages = 10, bool returnImmediately = true)
    {
        var json = await OkAsync(HttpMethod.Post, $"v1/projects/{Project}/subscriptions/{subscription}:pull", new { maxMessages, returnImmediately });
        return json["receivedMessages"]?.AsArray() ?? [];
    }

    /// <summary>Pulls until <paramref name="count"/> messages arrived or the time-out passed.</summary>
    public async Task<List<JsonNode>> PullUntilAsync(string subscription, int count, TimeSpan timeout)
    {
        var received = new List<JsonNode>();
        using var limit = new CancellationTokenSource(timeout);
        while (received.Count < count && !limit.IsCancellationRequested)
        {
            received.AddRange((await PullAsync(subscription, count - received.Count, returnImmediately: false)).Select(n => n!.DeepClone()));
        }

        return received;
    }

    public Task<JsonNode> AcknowledgeAsync(string subscription, params string[] ackIds) =>
        OkAsync(HttpMethod.Post, $"v1/projects/{Project}/subscriptions/{subscription}:acknowledge", new { ackIds });

    public Task<JsonNode> ModifyAckDeadlineAsync(string subscription, int seconds, params string[] ackIds) =>
        OkAsync(HttpMethod.Post, $"v1/projects/{Project}/subscriptions/{subscription}:modifyAckDeadline", new { ackIds, ackDeadlineSeconds = seconds });

    public Task<JsonNode> StatsAsync() => OkAsync(HttpMethod.Get, "standin/stats");

    public static string TopicName(string topic) => $"projects/{Project}/topics/{topic}";

    public static string Text(JsonNode received) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(received["message"]!["data"]!.GetValue<string>()));

    public void Dispose() => http.Dispose();
}
