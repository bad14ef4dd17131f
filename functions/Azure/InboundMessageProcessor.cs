using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Hosting;
using Serverless.Routing.Routing;

namespace Serverless.Functions.Azure;

/// <summary>
/// Routes one inbound Storage Queue message and translates the verdict into the host's language: return to
/// acknowledge (routed, dropped, or dead-lettered by us), throw to have the host retry and finally poison it.
/// </summary>
public sealed class InboundMessageProcessor(RouterHost router, IDeadLetterWriter deadLetters, ILogger<InboundMessageProcessor> logger, TimeProvider timeProvider)
{
    /// <summary>Processes <paramref name="message"/>; throws <see cref="MessageRetryException"/> on a transient failure.</summary>
    public async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var incoming = ToIncoming(message);
        var outcomes = await router.BatchRouter.RouteAsync([incoming], cancellationToken);
        var outcome = outcomes[0];
        OutcomeLogger.Write(logger, outcome);
        switch (outcome.Status)
        {
            case MessageStatus.Routed or MessageStatus.Dropped:
                return;
            case MessageStatus.DeadLetter:
                // A failed write throws: the message is retried rather than acknowledged unrecorded.
                await deadLetters.WriteAsync([ToDeadLetter(outcome)], cancellationToken);
                return;
            default:
                throw new MessageRetryException(outcome.Message.MessageId, outcome.Reason, outcome.Detail);
        }
    }

    /// <summary>The router's view of a Storage Queue message: the decoded text's UTF-8 bytes and the dequeue count.</summary>
    public static IncomingMessage ToIncoming(QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new IncomingMessage
        {
            MessageId = message.MessageId ?? string.Empty,
            Body = message.Body?.ToMemory() ?? ReadOnlyMemory<byte>.Empty,
            DeliveryCount = (int)Math.Clamp(message.DequeueCount, 1, int.MaxValue),
            EnqueuedAt = message.InsertedOn,
        };
    }

    private DeadLetter ToDeadLetter(MessageOutcome outcome) => new()
    {
        Message = outcome.Message,
        Cloud = Cloud.Azure,
        Reason = outcome.Reason ?? FailureReasons.Invalid,
        Detail = outcome.Detail,
        FailedAt = timeProvider.GetUtcNow(),
        EventId = CulpritEventId(outcome.Events),
    };

    // The event that caused the verdict: one that was not forwarded or failed a send; else the first.
    private static string? CulpritEventId(IReadOnlyList<EventReport> events) =>
        (events.FirstOrDefault(e => e.Decision.Outcome != RoutingOutcome.Forward || e.Failures.Count > 0) ?? (events.Count > 0 ? events[0] : null))?.Id;
}
