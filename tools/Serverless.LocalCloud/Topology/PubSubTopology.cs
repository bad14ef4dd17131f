using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Serverless.LocalCloud.Topology;

/// <summary>
/// Creates the Pub/Sub side through the emulator REST API (the stand-in's or Google's): the inbound topic, the
/// dead-letter topic with a pull subscription that keeps the dead letters, and the push subscription to the Google
/// function with a dead-letter policy. Creating again keeps what exists and re-points the push endpoint.
/// </summary>
public sealed class PubSubTopology(HttpClient http, LocalTopology topology)
{
    /// <summary>Creates both topics and the dead-letter subscription.</summary>
    public async Task EnsureTopicsAsync(CancellationToken cancellationToken)
    {
        await PutAsync($"v1/{topology.GcpTopic}", new JsonObject(), cancellationToken).ConfigureAwait(false);
        await PutAsync($"v1/{topology.GcpDeadLetterTopic}", new JsonObject(), cancellationToken).ConfigureAwait(false);
        await PutAsync(SubscriptionPath(topology.GcpDeadLetterSubscriptionId), new JsonObject
        {
            ["topic"] = topology.GcpDeadLetterTopic,
            ["ackDeadlineSeconds"] = 60,
            ["messageRetentionDuration"] = "604800s",
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the push subscription to <paramref name="pushEndpoint"/>, or re-points an existing one there.</summary>
    public async Task EnsurePushAsync(Uri pushEndpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pushEndpoint);
        var path = SubscriptionPath(topology.GcpPushSubscriptionId);
        var created = await PutAsync(path, new JsonObject
        {
            ["topic"] = topology.GcpTopic,
            ["pushConfig"] = new JsonObject { ["pushEndpoint"] = pushEndpoint.ToString() },
            ["ackDeadlineSeconds"] = 30,
            ["retryPolicy"] = new JsonObject { ["minimumBackoff"] = "10s", ["maximumBackoff"] = "600s" },
            ["deadLetterPolicy"] = new JsonObject
            {
                ["deadLetterTopic"] = topology.GcpDeadLetterTopic,
                ["maxDeliveryAttempts"] = topology.MaxDeliveryAttempts,
            },
        }, cancellationToken).ConfigureAwait(false);
        if (!created)
        {
            await SetPushEndpointAsync(pushEndpoint, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Points the push subscription at <paramref name="pushEndpoint"/>; null pauses pushing (a pull subscription).</summary>
    public async Task SetPushEndpointAsync(Uri? pushEndpoint, CancellationToken cancellationToken)
    {
        var config = pushEndpoint is null ? new JsonObject() : new JsonObject { ["pushEndpoint"] = pushEndpoint.ToString() };
        using var response = await http.PostAsJsonAsync(
            new Uri(SubscriptionPath(topology.GcpPushSubscriptionId) + ":modifyPushConfig", UriKind.Relative),
            new JsonObject { ["pushConfig"] = config },
            cancellationToken).ConfigureAwait(false);
        await EnsureOkAsync(response, "modifyPushConfig", cancellationToken).ConfigureAwait(false);
    }

    private string SubscriptionPath(string id) => $"v1/projects/{topology.GcpProject}/subscriptions/{id}";

    // True when created, false when it already existed (409 ALREADY_EXISTS).
    private async Task<bool> PutAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        await EnsureOkAsync(response, path, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task EnsureOkAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"Pub/Sub emulator: {what} answered {(int)response.StatusCode}: {text}");
        }
    }
}
