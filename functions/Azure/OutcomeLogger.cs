using Microsoft.Extensions.Logging;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using CoreLog = Serverless.Routing.Delivery.OutcomeLog;

namespace Serverless.Functions.Azure;

/// <summary>
/// The one structured log line per incoming message, as an <see cref="ILogger"/> message template so Application
/// Insights keeps every field as a custom dimension (the same fields as the core's JSON <see cref="CoreLog"/>).
/// </summary>
internal static class OutcomeLogger
{
    public const string Template =
        "evroute message {MessageId} {Outcome}: events {EventIds} type {EventTypes} source {EventSources} " +
        "routes {MatchedRoutes} destinations {Destinations} delivered {DeliveredTo} reason {Reason} {Detail} " +
        "attempt {DequeueCount} in {DurationMs} ms";

    public static void Write(ILogger logger, MessageOutcome outcome)
    {
        var events = outcome.Events;
        var level = outcome.Status switch
        {
            MessageStatus.DeadLetter => LogLevel.Error,
            MessageStatus.Retry => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        logger.Log(
            level,
            Template,
            outcome.Message.MessageId,
            CoreLog.Name(outcome.Status),
            events.Select(e => e.Id).ToArray(),
            events.Select(e => e.Type).Distinct().ToArray(),
            events.Select(e => e.Source).Distinct().ToArray(),
            events.SelectMany(e => e.Decision.MatchedRoutes).Distinct().ToArray(),
            events.SelectMany(e => e.Decision.Destinations).Distinct().Select(c => c.ToName()).ToArray(),
            events.SelectMany(e => e.DeliveredTo).Distinct().Select(c => c.ToName()).ToArray(),
            outcome.Reason,
            outcome.Detail,
            outcome.Message.DeliveryCount,
            Math.Round(outcome.Duration.TotalMilliseconds, 1));
    }
}
