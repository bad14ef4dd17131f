using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Aws.Tests;

/// <summary>A destination that never answers: a send ends only when its token is cancelled.</summary>
internal sealed class BlockingSink(Cloud destination) : IEventSink
{
    private int calls;

    public Cloud Destination { get; } = destination;

    public int Calls => Volatile.Read(ref calls);

    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
