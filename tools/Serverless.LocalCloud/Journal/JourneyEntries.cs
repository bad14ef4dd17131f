using System.Globalization;
using System.Text.Json;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.LocalCloud.Journal;

/// <summary>Builds journal entries from an in-process function's outcome or from a child process's JSON log line.</summary>
public static class JourneyEntries
{
    /// <summary>The entry for <paramref name="outcome"/>; <paramref name="received"/> are the events as they arrived (for their hop extensions).</summary>
    public static JourneyEntry FromOutcome(Cloud cloud, MessageOutcome outcome, IReadOnlyList<CloudEvent> received, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(received);
        return new JourneyEntry
        {
            At = at,
            Cloud = cloud.ToName(),
            MessageId = outcome.Message.MessageId,
            DeliveryCount = outcome.Message.DeliveryCount,
            Outcome = OutcomeLog.Name(outcome.Status),
            Reason = outcome.Reason,
            Detail = outcome.Detail,
            DurationMs = Math.Round(outcome.Duration.TotalMilliseconds, 3),
            Events = [.. outcome.Events.Select(report => WithHops(new JourneyEvent
            {
                Id = report.Id,
                Type = report.Type,
                Source = report.Source,
                Routes = report.Decision.MatchedRoutes,
                Destinations = [.. report.Decision.Destinations.Select(d => d.ToName())],
            }, received))],
        };
    }

    /// <summary>
    /// The entry for one OutcomeLog JSON line (<c>Serverless.Routing.Delivery.OutcomeLog</c>), or null when the line is
    /// not one; <paramref name="receivedById"/> looks up the events that arrived under a message id.
    /// </summary>
    public static JourneyEntry? FromLogLine(string line, Func<string, IReadOnlyList<CloudEvent>?> receivedById, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(receivedById);
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (Text(root, "outcome") is not { } outcome || Text(root, "messageId") is not { } messageId || Text(root, "cloud") is not { } cloud)
            {
                return null;
            }

            var received = receivedById(messageId) ?? [];
            var routes = Strings(root, "routes");
            var events = root.TryGetProperty("events", out var many) && many.ValueKind == JsonValueKind.Array
                ? [.. many.EnumerateArray().Select(e => new JourneyEvent
                {
                    Id = Text(e, "id") ?? string.Empty,
                    Type = Text(e, "type"),
                    Source = Text(e, "source"),
                    Routes = routes,
                    Destinations = Strings(e, "destinations"),
                })]
                : Text(root, "eventId") is { } eventId
                    ? new List<JourneyEvent> { new() { Id = eventId, Type = Text(root, "type"), Source = Text(root, "source"), Routes = routes, Destinations = Strings(root, "destinations") } }
                    : [];
            return new JourneyEntry
            {
                At = at,
                Cloud = cloud,
                MessageId = messageId,
                DeliveryCount = root.TryGetProperty("deliveryCount", out var count) && count.TryGetInt32(out var n) ? n : 1,
                Outcome = outcome,
                Reason = Text(root, "reason"),
                Detail = Text(root, "detail"),
                DurationMs = root.TryGetProperty("durationMs", out var ms) && ms.TryGetDouble(out var d) ? d : 0,
                Events = [.. events.Select(e => WithHops(e, received))],
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JourneyEvent WithHops(JourneyEvent journeyEvent, IReadOnlyList<CloudEvent> received)
    {
        var match = received.FirstOrDefault(e => e.Id == journeyEvent.Id);
        if (match is null)
        {
            return journeyEvent;
        }

        var hops = match.Extensions.TryGetValue(HopExtensions.Hops, out var h)
            && int.TryParse(h.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        var path = match.Extensions.TryGetValue(HopExtensions.Path, out var p) ? p.Text : null;
        return journeyEvent with { Hops = hops, Path = path };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
