using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>
/// Decides where an event received in <see cref="CurrentCloud"/> goes, applying the loop guard, and prepares the
/// copy that is forwarded (hop extensions stamped, <c>traceparent</c> kept or created).
/// </summary>
public sealed class EventRouter
{
    /// <summary>Creates a router for events arriving in <paramref name="currentCloud"/>.</summary>
    public EventRouter(RoutingTable table, Cloud currentCloud)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        CurrentCloud = currentCloud;
    }

    /// <summary>The table in force.</summary>
    public RoutingTable Table { get; }

    /// <summary>The cloud this router runs in.</summary>
    public Cloud CurrentCloud { get; }

    /// <summary>Matches the event against every route and applies the loop guard.</summary>
    public RoutingDecision Decide(CloudEvent cloudEvent) => throw new NotImplementedException();

    /// <summary>
    /// The event as it is forwarded from <see cref="CurrentCloud"/>: hop count plus one, current cloud appended to
    /// the path, <c>traceparent</c> created when absent; everything else unchanged.
    /// </summary>
    public CloudEvent PrepareForForward(CloudEvent cloudEvent) => throw new NotImplementedException();
}
