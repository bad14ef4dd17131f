namespace Serverless.PubSubStandIn.Broker;

/// <summary>
/// Wakes every waiter once per <see cref="Set"/>. Waiters take <see cref="Current"/> before looking at the state
/// they wait on, so a change that lands between the look and the wait still wakes them.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource source = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Current => Volatile.Read(ref source).Task;

    public void Set() =>
        Interlocked.Exchange(ref source, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits for <paramref name="signal"/> at most <paramref name="limit"/>; never throws on time-out.</summary>
    public static async Task WaitAsync(Task signal, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (limit <= TimeSpan.Zero)
        {
            return;
        }

        var delay = Task.Delay(limit, cancellationToken);
        var first = await Task.WhenAny(signal, delay).ConfigureAwait(false);
        if (first == delay)
        {
            await delay.ConfigureAwait(false);
        }
    }
}
