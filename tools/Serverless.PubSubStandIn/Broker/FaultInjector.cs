using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>Stand-in only: makes publishes fail for a number of calls or a span of time, to rehearse outages.</summary>
internal sealed class FaultInjector(TimeProvider clock)
{
    private readonly Lock gate = new();
    private int status;
    private int? remaining;
    private DateTimeOffset? until;
    private long failed;

    public long FailedPublishes => Interlocked.Read(ref failed);

    public void Set(FaultRequest request)
    {
        if (request.PublishStatus is not (>= 400 and <= 599))
        {
            throw ApiException.Invalid("publishStatus must be an HTTP error status (400-599).");
        }

        if (request.Count is < 1 || request.DurationMs is < 1)
        {
            throw ApiException.Invalid("count and durationMs must be positive when given.");
        }

        lock (gate)
        {
            status = request.PublishStatus.Value;
            remaining = request.Count;
            until = request.DurationMs is { } ms ? clock.GetUtcNow().AddMilliseconds(ms) : null;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            status = 0;
        }
    }

    /// <summary>Throws the injected error if a fault is active; consumes one of its counts.</summary>
    public void ThrowIfPublishFails()
    {
        int code;
        lock (gate)
        {
            if (status == 0 || (until is { } end && clock.GetUtcNow() >= end))
            {
                status = 0;
                return;
            }

            code = status;
            if (remaining is not null && --remaining == 0)
            {
                status = 0;
            }
        }

        Interlocked.Increment(ref failed);
        throw new ApiException(code, $"Injected fault (stand-in): publish fails with {code}.");
    }
}
