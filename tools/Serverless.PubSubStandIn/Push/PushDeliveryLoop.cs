using Microsoft.Extensions.Logging;
using Serverless.PubSubStandIn.Broker;

namespace Serverless.PubSubStandIn.Push;

/// <summary>
/// The background loop: sweeps lapsed leases and feeds push subscriptions, at most
/// <c>maxInFlight</c> outstanding pushes per subscription. A push's lease is its in-flight slot.
/// </summary>
internal sealed class PushDeliveryLoop(PubSubBroker broker, PushSender sender, TimeScales scales, int maxInFlight, TimeSpan tick, ILogger logger)
{
    private readonly HashSet<Task> inFlight = [];
    private readonly Lock gate = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var signal = broker.PushWork.Current;
            try
            {
                broker.Sweep();
                foreach (var subscription in broker.Subscriptions)
                {
                    Feed(subscription, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Push delivery pass failed; continuing");
            }

            try
            {
                await WakeSignal.WaitAsync(signal, tick, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        Task[] pending;
        lock (gate)
        {
            pending = [.. inFlight];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private void Feed(SubscriptionState subscription, CancellationToken cancellationToken)
    {
        var settings = subscription.Settings;
        if (!settings.IsPush)
        {
            return;
        }

        var free = maxInFlight - subscription.Sizes().Outstanding;
        if (free <= 0)
        {
            return;
        }

        foreach (var lease in subscription.Lease(free, broker.Now))
        {
            var task = DeliverAsync(subscription, settings, lease, cancellationToken);
            lock (gate)
            {
                inFlight.Add(task);
            }

            _ = task.ContinueWith(
                t =>
                {
                    lock (gate)
                    {
                        inFlight.Remove(t);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task DeliverAsync(SubscriptionState subscription, SubscriptionSettings settings, Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            var deadline = scales.ScaleAckDeadline(settings.AckDeadlineSeconds);
            var acked = await sender.SendAsync(subscription, settings, lease, deadline, cancellationToken).ConfigureAwait(false);
            if (acked)
            {
                subscription.Acknowledge([lease.AckId]);
            }
            else
            {
                subscription.Nack(lease.AckId, broker.Now);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the lease simply lapses with the process.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Push of {MessageId} to {Subscription} failed unexpectedly", lease.Message.MessageId, subscription.Name);
            subscription.Nack(lease.AckId, broker.Now);
        }

        broker.PushWork.Set();
    }
}
