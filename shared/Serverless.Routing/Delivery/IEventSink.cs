using Serverless.Routing.Events;

namespace Serverless.Routing.Delivery;

/// <summary>
/// Sends events to one destination (a cloud's inbound queue). Implementations check the destination's size limit
/// before sending, batch as the service allows, and report per event rather than throwing; an exception is taken
/// as a transient failure of every event in the call.
/// </summary>
public interface IEventSink
{
    /// <summary>The cloud whose inbound queue this sink writes to.</summary>
    Cloud Destination { get; }

    /// <summary>Sends <paramref name="events"/>; the result list has one entry per event, in the same order.</summary>
    Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken);
}
