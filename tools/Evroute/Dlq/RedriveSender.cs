using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Evroute.Dlq;

/// <summary>Re-sends one dead letter as <see cref="RedrivePlanner"/> decides; every part must be accepted for it to count as moved.</summary>
internal static class RedriveSender
{
    public static async Task<MoveOutcome> SendAsync(DeadLetterMessage letter, IInboundQueue destination, CancellationToken cancellationToken)
    {
        var plan = RedrivePlanner.Plan(letter, destination.Cloud, out var skip);
        if (plan is null)
        {
            return new MoveOutcome(letter, MoveStatus.Skipped, skip);
        }

        foreach (var message in plan)
        {
            var result = await destination.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (result.Status != SendStatus.Sent)
            {
                var kind = result.Reason is { } reason ? $"{result.Status.ToString().ToLowerInvariant()} {reason}" : result.Status.ToString().ToLowerInvariant();
                return new MoveOutcome(letter, MoveStatus.Failed, $"send to {destination.Cloud.ToName()} ({destination.Name}) failed ({kind}): {result.Detail}");
            }
        }

        return new MoveOutcome(letter, MoveStatus.Moved, $"to {destination.Cloud.ToName()} ({destination.Name})");
    }
}
