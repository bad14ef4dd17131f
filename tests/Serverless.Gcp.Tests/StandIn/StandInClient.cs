using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Gcp.Tests.Fakes;

namespace Serverless.Gcp.Tests.StandIn;

/// <summary>The admin calls a test needs on the Pub/Sub stand-in's REST API: topics, subscriptions, pull.</summary>
public sealed class StandInClient(Uri baseAddress) : IDisposable
{
    public const string Project = "evroute-test";

    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static string Topic(string id) => $"projects/{Project}/topics/{id}";

    public async Task CreateTopicAsync(string id) =>
        (await http.PutAsJsonAsync($"v1/{Topic(id)}", new { })).EnsureSuccessStatusCode();

    public async Task CreateSubscriptionAsync(string id, string topicId, object? pushConfig = null) =>
        (await http.PutAsJsonAsync($"v1/projects/{Project}/subscriptions/{id}", new { topic = Topic(topicId), pushConfig, ackDeadlineSeconds = 10 })).EnsureSuccessStatusCode();

    /// <summary>Pulls (and acknowledges) until <paramref name="expected"/> messages arrived or the time is up.</summary>
    public async Task<List<PublishedMessage>> PullAsync(string subscriptionId, int expected, TimeSpan timeout)
    {
        var received = new List<PublishedMessage>();
        var deadline = DateTime.UtcNow + timeout;
        while (received.Count < expected && DateTime.UtcNow < deadline)
        {
            var response = await http.PostAsJsonAsync($"v1/projects/{Project}/subscriptions/{subscriptionId}:pull", new { maxMessages = 100, returnImmediately = false });
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var ackIds = new List<string>();
            if (document.RootElement.TryGetProperty("receivedMessages", out var messages))
            {
                foreach (var item in messages.EnumerateArray())
                {
                    ackIds.Add(item.GetProperty("ackId").GetString()!);
                    var message = item.GetProperty("message");
                    var data = message.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.String ? d.GetBytesFromBase64() : [];
                    var attributes = message.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object
                        ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
                        : [];
                    received.Add(new PublishedMessage(subscriptionId, data, attributes));
                }
            }

            if (ackIds.Count > 0)
            {
                (await http.PostAsJsonAsync($"v1/projects/{Project}/subscriptions/{subscriptionId}:acknowledge", new { ackIds })).EnsureSuccessStatusCode();
            }
        }

        return received;
    }

    public void Dispose() => http.Dispose();
}
