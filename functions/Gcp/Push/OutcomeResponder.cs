using Microsoft.AspNetCore.Http;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Functions.Gcp.Push;

/// <summary>
/// Turns the router's verdict into Pub/Sub's language. Routed or dropped: 204 (ack). Transient failure: 503 (nack,
/// Pub/Sub retries with back-off). Permanent failure: published to the dead-letter topic with its reason, then 204;
/// 503 when that publish fails; 422 when no dead-letter topic is configured, so the subscription's own dead-letter
/// policy moves it after <c>maxDeliveryAttempts</c>.
/// </summary>
public sealed class OutcomeResponder(IDeadLetterWriter? deadLetters, TimeProvider time)
{
    /// <summary>Answers for <paramref name="outcome"/>, writing its dead letter when it is one.</summary>
    public async Task<PushAnswer> AnswerAsync(MessageOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Status)
        {
            case MessageStatus.Routed or MessageStatus.Dropped:
                return new PushAnswer(StatusCodes.Status204NoContent);
            case MessageStatus.Retry:
                return new PushAnswer(StatusCodes.Status503ServiceUnavailable);
        }

        if (deadLetters is null)
        {
            return new PushAnswer(StatusCodes.Status422UnprocessableEntity, "unconfigured");
        }

        var letter = new DeadLetter
        {
            Message = outcome.Message,
            Cloud = Cloud.Gcp,
            Reason = outcome.Reason ?? FailureReasons.Invalid,
            Detail = outcome.Detail,
            FailedAt = time.GetUtcNow(),
            EventId = outcome.Events.Count > 0 ? outcome.Events[0].Id : null,
        };
        try
        {
            await deadLetters.WriteAsync([letter], cancellationToken).ConfigureAwait(false);
            return new PushAnswer(StatusCodes.Status204NoContent, "published");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not acknowledging is the only safe answer: Pub/Sub keeps the message and pushes it again.
            return new PushAnswer(StatusCodes.Status503ServiceUnavailable, "failed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
