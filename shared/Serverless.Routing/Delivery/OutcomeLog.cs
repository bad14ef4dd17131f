using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Serverless.Routing.Delivery;

/// <summary>
/// The one structured log line written per incoming message: which event, which routes, what happened, how long.
/// Lambda and Cloud Run write it as JSON on standard output; with <c>cloudLoggingSeverity</c> it carries
/// Cloud Logging's <c>severity</c> and <c>message</c> fields so the console shows and filters it properly.
/// </summary>
public static class OutcomeLog
{
    /// <summary>The log level an outcome deserves: retries warn, dead letters are errors, the rest is information.</summary>
    public static string Level(MessageStatus status) => status switch
    {
        MessageStatus.Retry => "warning",
        MessageStatus.DeadLetter => "error",
        _ => "info",
    };

    /// <summary>A one-sentence summary, e.g. <c>routed order-1 (com.example.order.created) to gcp via orders-to-gcp</c>.</summary>
    public static string Summary(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var first = outcome.Events.Count > 0 ? outcome.Events[0] : null;
        var what = first is null ? $"message {outcome.Message.MessageId}" : $"{first.Id} ({first.Type})";
        if (outcome.Events.Count > 1)
        {
            what += $" and {outcome.Events.Count - 1} more";
        }

        var destinations = string.Join(",", outcome.Events.SelectMany(e => e.Decision.Destinations).Distinct().Select(d => d.ToName()));
        var routes = string.Join(",", outcome.Events.SelectMany(e => e.Decision.MatchedRoutes).Distinct());
        return outcome.Status switch
        {
            MessageStatus.Routed => $"routed {what} to {destinations} via {routes}",
            MessageStatus.Dropped => $"dropped {what}: {outcome.Reason}",
            MessageStatus.Retry => $"retrying {what}: {outcome.Detail}",
            _ => $"dead-lettered {what}: {outcome.Reason}: {outcome.Detail}",
        };
    }

    /// <summary>The log line as JSON (no trailing newline).</summary>
    public static string ToJson(MessageOutcome outcome, Cloud cloud, bool cloudLoggingSeverity)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            var level = Level(outcome.Status);
            if (cloudLoggingSeverity)
            {
                json.WriteString("severity", level.ToUpperInvariant());
            }

            json.WriteString("level", level);

            // When the hop finished: Cloud Logging reads "time", and a journal of lines stays ordered without the platform.
            json.WriteString("time", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("message", Summary(outcome));
            json.WriteString("cloud", cloud.ToName());
            json.WriteString("messageId", outcome.Message.MessageId);
            json.WriteNumber("deliveryCount", outcome.Message.DeliveryCount);
            json.WriteString("outcome", Name(outcome.Status));
            WriteOptional(json, "reason", outcome.Reason);
            WriteOptional(json, "detail", outcome.Detail);
            var first = outcome.Events.Count > 0 ? outcome.Events[0] : null;
            WriteOptional(json, "eventId", first?.Id);
            WriteOptional(json, "type", first?.Type);
            WriteOptional(json, "source", first?.Source);
            WriteArray(json, "routes", outcome.Events.SelectMany(e => e.Decision.MatchedRoutes).Distinct());
            WriteArray(json, "destinations", outcome.Events.SelectMany(e => e.Decision.Destinations).Distinct().Select(d => d.ToName()));
            json.WriteNumber("durationMs", Math.Round(outcome.Duration.TotalMilliseconds, 3));
            if (outcome.Events.Count > 1)
            {
                json.WriteStartArray("events");
                foreach (var report in outcome.Events)
                {
                    json.WriteStartObject();
                    json.WriteString("id", report.Id);
                    json.WriteString("type", report.Type);
                    json.WriteString("source", report.Source);
                    WriteArray(json, "destinations", report.Decision.Destinations.Select(d => d.ToName()));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The lower-case name of a status, as logs and the local console show it.</summary>
    public static string Name(MessageStatus status) => status switch
    {
        MessageStatus.Routed => "routed",
        MessageStatus.Dropped => "dropped",
        MessageStatus.Retry => "retry",
        _ => "deadletter",
    };

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
