using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Functions.Aws;

/// <summary>
/// Turns the router's outcomes into final verdicts: dead-letter outcomes are written to the dead-letter queue and then
/// count as done; without a queue, or when the write fails, they are reported as batch item failures instead (the
/// source queue's redrive policy then moves them).
/// </summary>
internal sealed class DeadLetterSettler(IDeadLetterWriter? writer, TimeProvider time)
{
    public async Task<IReadOnlyList<Verdict>> SettleAsync(IReadOnlyList<MessageOutcome> outcomes, CancellationToken cancellationToken)
    {
        var verdicts = outcomes.Select(o => new Verdict(o, Failed: o.Status == MessageStatus.Retry)).ToArray();
        var letters = outcomes.Select((o, i) => (o, i)).Where(x => x.o.Status == MessageStatus.DeadLetter).ToList();
        if (letters.Count == 0)
        {
            return verdicts;
        }

        string? failure = null;
        if (writer is null)
        {
            failure = "no dead-letter queue is configured (EVROUTE_DEADLETTER_QUEUE_URL): reported as a batch item failure for the redrive policy";
        }
        else
        {
            try
            {
                await writer.WriteAsync([.. letters.Select(x => ToLetter(x.o))], cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // any failure to store the letter means SQS must keep the message
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = $"dead-letter write failed, reported as a batch item failure: {ex.Message.ReplaceLineEndings(" ")}";
            }
        }

        if (failure is not null)
        {
            foreach (var (outcome, index) in letters)
            {
                verdicts[index] = new Verdict(outcome with { Detail = $"{outcome.Detail}; {failure}" }, Failed: true);
            }
        }

        return verdicts;
    }

    private DeadLetter ToLetter(MessageOutcome outcome) => new()
    {
        Message = outcome.Message,
        Cloud = Cloud.Aws,
        Reason = outcome.Reason ?? FailureReasons.Invalid,
        Detail = outcome.Detail,
        FailedAt = time.GetUtcNow(),
        EventId = outcome.Events.Count > 0 ? outcome.Events[0].Id : null,
    };
}
