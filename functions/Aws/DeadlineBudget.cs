namespace Serverless.Functions.Aws;

/// <summary>
/// A token that fires <c>margin</c> before the invocation deadline, or when the caller cancels. Its timer runs on
/// the injected clock, so tests can move time instead of waiting for it.
/// </summary>
internal sealed class DeadlineBudget : IDisposable
{
    private static readonly TimeSpan MaxTimer = TimeSpan.FromDays(1);
    private readonly CancellationTokenSource source;
    private readonly CancellationTokenRegistration link;

    public DeadlineBudget(DateTimeOffset? deadline, TimeSpan margin, TimeProvider time, CancellationToken cancellationToken)
    {
        var left = deadline is { } end ? end - time.GetUtcNow() - margin : Timeout.InfiniteTimeSpan;
        if (left > MaxTimer)
        {
            // Lambda allows 15 minutes; a deadline beyond what a timer can hold is as good as none.
            left = Timeout.InfiniteTimeSpan;
        }
        source = left > TimeSpan.Zero || left == Timeout.InfiniteTimeSpan ? new CancellationTokenSource(left, time) : new CancellationTokenSource();
        if (left <= TimeSpan.Zero && left != Timeout.InfiniteTimeSpan)
        {
            source.Cancel();
        }

        link = cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source);
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        link.Dispose();
        source.Dispose();
    }
}
