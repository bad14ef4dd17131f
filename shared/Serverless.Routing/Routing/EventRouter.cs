using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>
/// Decides where an event received in <see cref="CurrentCloud"/> goes, applying the loop guard, and prepares the
/// copy that is forwarded (hop extensions stamped, <c>traceparent</c> kept or created).
/// </summary>
public sealed class EventRouter
{
    // Only the routes whose from includes this cloud, with destinations as arrays: Decide runs per event.
    private readonly (string Name, IEventFilter? Filter, Cloud[] To)[] routes;
    private readonly RoutingDecision unmatched;
    private readonly RoutingDecision delivered;
    private readonly string currentName;

    /// <summary>Creates a router for events arriving in <paramref name="currentCloud"/>.</summary>
    public EventRouter(RoutingTable table, Cloud currentCloud)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        CurrentCloud = currentCloud;
        currentName = currentCloud.ToName();
        routes = [.. table.Routes
            .Where(r => r.From is null || r.From.Contains(currentCloud))
            .Select(r => (r.Name, r.Filter, r.To.ToArray()))];
        unmatched = new RoutingDecision
        {
            Outcome = table.Unmatched == UnmatchedAction.Drop ? RoutingOutcome.Drop : RoutingOutcome.DeadLetter,
            Reason = FailureReasons.Unmatched,
            Detail = "no route matched",
        };
        delivered = new RoutingDecision
        {
            Outcome = RoutingOutcome.Drop,
            Reason = FailureReasons.Delivered,
            Detail = $"arrived in {currentName}; no route sends it further",
        };
    }

    /// <summary>The table in force.</summary>
    public RoutingTable Table { get; }

    /// <summary>The cloud this router runs in.</summary>
    public Cloud CurrentCloud { get; }

    /// <summary>
    /// Matches the event against every route and applies the loop guard. An event that was forwarded here
    /// (<c>evroutehops</c> above zero) and matches no route has arrived: it is dropped with reason
    /// <see cref="FailureReasons.Delivered"/>, whatever the table's <c>unmatched</c> says.
    /// </summary>
    public RoutingDecision Decide(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        if (!HopState.TryRead(cloudEvent, out var hops, out var malformed))
        {
            return DeadLetter(FailureReasons.Loop, malformed, []);
        }

        List<string>? matched = null;
        Span<Cloud> wanted = stackalloc Cloud[CloudNames.All.Count];
        int wantedCount = 0, wantedMask = 0;
        foreach (var (name, filter, to) in routes)
        {
            if (filter is not null && !filter.Matches(cloudEvent))
            {
                continue;
            }

            (matched ??= []).Add(name);
            foreach (var cloud in to)
            {
                if ((wantedMask & HopState.Bit(cloud)) == 0)
                {
                    wantedMask |= HopState.Bit(cloud);
                    wanted[wantedCount++] = cloud;
                }
            }
        }

        if (matched is null)
        {
            // An event another cloud forwarded here has reached its destination: the table's "unmatched" is for
            // events entering the router from a native source, which no route claims.
            return hops.Hops > 0 ? delivered : unmatched;
        }

        if (hops.Hops >= Table.MaxHops)
        {
            return DeadLetter(
                FailureReasons.Loop,
                $"hop limit reached: {hops.Hops} hops made, maxHops is {Table.MaxHops} (path {hops.PathText ?? "empty"})",
                matched);
        }

        var destinations = new List<Cloud>(wantedCount);
        List<string>? skipped = null;
        foreach (var cloud in wanted[..wantedCount])
        {
            if (cloud == CurrentCloud)
            {
                (skipped ??= []).Add($"{currentName} (the current cloud)");
            }
            else if (hops.OnPath(cloud))
            {
                (skipped ??= []).Add($"{cloud.ToName()} (already on path {hops.PathText})");
            }
            else
            {
                destinations.Add(cloud);
            }
        }

        var detail = skipped is null ? null : "skipped " + string.Join(", ", skipped);
        return destinations.Count == 0
            ? DeadLetter(FailureReasons.Loop, $"every destination was skipped: {detail}", matched)
            : new RoutingDecision { Outcome = RoutingOutcome.Forward, Destinations = destinations, MatchedRoutes = matched, Detail = detail };
    }

    /// <summary>
    /// The event as it is forwarded from <see cref="CurrentCloud"/>: hop count plus one, current cloud appended to
    /// the path, <c>traceparent</c> created when absent; everything else unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The hop extensions are malformed (<see cref="Decide"/> dead-letters such events).</exception>
    public CloudEvent PrepareForForward(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        if (!HopState.TryRead(cloudEvent, out var hops, out var malformed))
        {
            throw new ArgumentException($"{malformed}; such an event is dead-lettered, not forwarded", nameof(cloudEvent));
        }

        var hopsValue = ExtensionValue.FromInteger(hops.Hops == int.MaxValue ? int.MaxValue : hops.Hops + 1);
        var pathValue = ExtensionValue.FromString(hops.PathText is null ? currentName : $"{hops.PathText},{currentName}");

        // Rebuilt in the original order, the loop guard's values replaced in place and new ones appended.
        var extensions = new OrderedDictionary<string, ExtensionValue>(cloudEvent.Extensions.Count + 3, StringComparer.Ordinal);
        foreach (var (name, value) in cloudEvent.Extensions)
        {
            extensions.Add(name, name switch
            {
                HopExtensions.Hops => hopsValue,
                HopExtensions.Path => pathValue,
                _ => value,
            });
        }

        extensions.TryAdd(HopExtensions.Hops, hopsValue);
        extensions.TryAdd(HopExtensions.Path, pathValue);
        if (!extensions.ContainsKey(TraceParent.Name))
        {
            extensions.Add(TraceParent.Name, ExtensionValue.FromString(TraceParent.Create()));
        }

        return cloudEvent with { Extensions = extensions };
    }

    private static RoutingDecision DeadLetter(string reason, string? detail, IReadOnlyList<string> matched) =>
        new() { Outcome = RoutingOutcome.DeadLetter, Reason = reason, Detail = detail, MatchedRoutes = matched };
}
