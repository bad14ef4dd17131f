using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Routing.Gcp;

namespace Evroute.Dlq.Gcp;

/// <summary>
/// The subscriber half of Pub/Sub's REST API that the Gcp library (a publisher) lacks: <c>pull</c>,
/// <c>acknowledge</c> and <c>modifyAckDeadline</c> on <c>{endpoint}/v1/projects/P/subscriptions/S</c>. Without a token
/// source (an emulator) no <c>Authorization</c> header is sent.
/// </summary>
internal sealed class PubSubSubscriberClient(HttpClient http, Uri endpoint, IAccessTokenSource? tokens, TimeSpan? pullTimeout = null)
{
    private readonly string baseUrl = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
    private readonly TimeSpan pullWait = pullTimeout ?? TimeSpan.FromSeconds(10);

    /// <summary>
    /// Pulls up to <paramref name="max"/> messages; an empty list when none arrives within the pull time-out (Google
    /// holds an empty pull open for a while, so the client ends the wait itself).
    /// </summary>
    public async Task<IReadOnlyList<PulledMessage>> PullAsync(string subscription, int max, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(pullWait);
        JsonNode? answer;
        try
        {
            answer = await PostAsync(subscription, "pull", new JsonObject { ["maxMessages"] = max }, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return [];
        }

        return answer?["receivedMessages"] is JsonArray received ? [.. received.Select(Parse)] : [];
    }

    public Task AcknowledgeAsync(string subscription, IReadOnlyList<string> ackIds, CancellationToken cancellationToken) =>
        PostAsync(subscription, "acknowledge", new JsonObject { ["ackIds"] = ToArray(ackIds) }, cancellationToken);

    /// <summary>Extends leases, or with 0 seconds nacks them (the messages are redelivered at once).</summary>
    public Task ModifyAckDeadlineAsync(string subscription, IReadOnlyList<string> ackIds, int seconds, CancellationToken cancellationToken) =>
        PostAsync(subscription, "modifyAckDeadline", new JsonObject { ["ackIds"] = ToArray(ackIds), ["ackDeadlineSeconds"] = seconds }, cancellationToken);

    private async Task<JsonNode?> PostAsync(string subscription, string verb, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/v1/{subscription}:{verb}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (tokens is not null)
        {
            string token;
            try
            {
                token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or Google.GoogleApiException or Google.Apis.Auth.OAuth2.Responses.TokenResponseException)
            {
                throw new DlqStoreException($"gcp: no Google credentials ({OneLine(ex.Message)}); run 'gcloud auth application-default login' or set GOOGLE_APPLICATION_CREDENTIALS", ex);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new DlqStoreException($"gcp: cannot reach Pub/Sub at {baseUrl}: {OneLine(ex.Message)}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new DlqStoreException($"gcp: {verb} on {subscription} answered {(int)response.StatusCode}: {GoogleMessage(text)}");
            }

            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
    }

    private static PulledMessage Parse(JsonNode? node)
    {
        var message = node?["message"];
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (message?["attributes"] is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                attributes[key] = value?.GetValue<string>() ?? string.Empty;
            }
        }

        var data = message?["data"]?.GetValue<string>() is { Length: > 0 } base64 ? Convert.FromBase64String(base64) : [];
        var published = message?["publishTime"]?.GetValue<string>() is { } time
            && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        var attempt = node?["deliveryAttempt"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
        return new PulledMessage(
            node?["ackId"]?.GetValue<string>() ?? string.Empty, message?["messageId"]?.GetValue<string>() ?? string.Empty, published, data, attributes, attempt);
    }

    private static JsonArray ToArray(IReadOnlyList<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    private static string GoogleMessage(string text)
    {
        try
        {
            if (JsonNode.Parse(text)?["error"] is JsonObject error)
            {
                return OneLine($"{error["status"]?.GetValue<string>()}: {error["message"]?.GetValue<string>()}");
            }
        }
        catch (JsonException)
        {
        }

        return OneLine(text.Length > 300 ? text[..300] : text);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
