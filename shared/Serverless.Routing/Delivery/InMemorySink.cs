using System.Collections.Concurrent;
using Serverless.Routing.Events;

namespace Serverless.Routing.Delivery;

/// <summary>
/// A sink that keeps what it is sent, for tests and dry runs. <see cref="Behaviour"/> decides each event's result,
/// so a test can make a destination fail transiently or permanently; <see cref="MaxEventBytes"/> is enforced on the
/// structured encoding like a real transport's limit.
/// </summary>
/// <param name="destination">The cloud this sink stands for.</param>
public sealed class InMemorySink(Cloud destination) : IEventSink
{
    private readonly ConcurrentQueue<CloudEvent> sent = new();

    /// <inheritdoc />
    public Cloud Destination { get; } = destination;

    /// <summary>Every event accepted so far, in order of acceptance.</summary>
    public IReadOnlyCollection<CloudEvent> Sent => sent;

    /// <summary>Largest accepted encoded event; larger ones fail permanently with <c>too-large</c>.</summary>
    public int MaxEventBytes { get; init; } = int.MaxValue;

    /// <summary>Decides each event's result; null accepts everything.</summary>
    public Func<CloudEvent, SendResult>? Behaviour { get; set; }

    /// <summary>How many <see cref="SendAsync"/> calls were made.</summary>
    public int Calls => calls;

    private int calls;

    /// <inheritdoc />
    public Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref calls);
        var results = new SendResult[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            results[i] = SendOne(events[i]);
        }

        return Task.FromResult<IReadOnlyList<SendResult>>(results);
    }

    private SendResult SendOne(CloudEvent cloudEvent)
    {
        var size = CloudEventJson.Encode(cloudEvent).Length;
        if (size > MaxEventBytes)
        {
            return SendResult.Permanent(FailureReasons.TooLarge, $"event is {size} bytes; the {Destination.ToName()} limit is {MaxEventBytes}");
        }

        var result = Behaviour?.Invoke(cloudEvent) ?? SendResult.Sent;
        if (result.Status == SendStatus.Sent)
        {
            sent.Enqueue(cloudEvent);
        }

        return result;
    }
}
