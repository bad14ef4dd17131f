using System.Text;
using System.Text.Json;
using Serverless.Routing;
using Serverless.Routing.Routing;

namespace Evroute.Verbs;

/// <summary>
/// The decision as one line of JSON: <c>outcome</c>, <c>destinations</c>, <c>routes</c> (names that matched),
/// <c>reason</c> (<c>code: detail</c>, null when forwarded) and <c>detail</c> (what the loop guard skipped, when forwarded).
/// </summary>
internal static class DecisionJson
{
    public static string Write(RoutingDecision decision)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("outcome", decision.Outcome switch
            {
                RoutingOutcome.Forward => "forward",
                RoutingOutcome.Drop => "drop",
                _ => "deadletter",
            });
            writer.WriteStartArray("destinations");
            foreach (var cloud in decision.Destinations)
            {
                writer.WriteStringValue(cloud.ToName());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("routes");
            foreach (var route in decision.MatchedRoutes)
            {
                writer.WriteStringValue(route);
            }

            writer.WriteEndArray();
            var forwarded = decision.Outcome == RoutingOutcome.Forward;
            WriteNullable(writer, "reason", forwarded ? null : Reason(decision));
            WriteNullable(writer, "detail", forwarded ? decision.Detail : null);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Reason(RoutingDecision decision) =>
        decision.Detail is null ? decision.Reason : $"{decision.Reason}: {decision.Detail}";

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
