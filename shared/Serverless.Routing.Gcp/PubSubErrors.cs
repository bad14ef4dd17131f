using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Serverless.Routing.Gcp;

/// <summary>Classifies and describes failed publish answers.</summary>
internal static class PubSubErrors
{
    private const int MaxErrorBody = 4096;

    /// <summary>
    /// Throttling, time-outs and server errors are worth a retry, and so are 401, 403 and 404: a role still
    /// propagating or a topic not yet created is an outage for every event, as for the SQS and Storage senders,
    /// and the platform's redelivery limit still bounds the retries. Any other status will not change.
    /// </summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (int)status >= 500;

    /// <summary>A one-line description with Google's error status and message when the body has them.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response, string topic, CancellationToken cancellationToken)
    {
        var code = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (text.Length > MaxErrorBody)
        {
            text = text[..MaxErrorBody];
        }

        return $"Pub/Sub answered {code} publishing to {topic}: {GoogleMessage(text) ?? OneLine(text)}";
    }

    // Google's error body: {"error":{"code":400,"message":"...","status":"INVALID_ARGUMENT"}}.
    private static string? GoogleMessage(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var status = error.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return OneLine(string.Join(": ", new[] { status, message }.Where(p => !string.IsNullOrEmpty(p))));
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "(no body)" : line.Length > 300 ? line[..300] : line;
    }
}
