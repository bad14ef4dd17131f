namespace Serverless.LocalCloud.Journal;

/// <summary>Puts an event's journal entries in order, as hops, with the time each hop took.</summary>
public static class JourneyView
{
    /// <summary>The hops of event <paramref name="eventId"/> in time order; <paramref name="sentAt"/> times the first.</summary>
    public static IReadOnlyList<JourneyHop> Hops(IEnumerable<JourneyEntry> entries, string eventId, DateTimeOffset? sentAt)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var steps = entries
            .SelectMany(entry => entry.Events.Where(e => e.Id == eventId).Select(e => (Entry: entry, Event: e)))
            // By hop first: a source's outcome is observed only after its sends return, which can be after the
            // destination has already handled the copy.
            .OrderBy(s => Depth(s.Event.Path))
            .ThenBy(s => s.Entry.At)
            .ToList();
        var hops = new List<JourneyHop>(steps.Count);
        foreach (var (entry, journeyEvent) in steps)
        {
            var from = journeyEvent.Path?.Split(',')[^1];
            var previous = from is null
                ? sentAt
                : steps.LastOrDefault(s => s.Entry.Cloud == from && Depth(s.Event.Path) < Depth(journeyEvent.Path)).Entry?.At ?? sentAt;
            hops.Add(new JourneyHop(entry, journeyEvent, previous is { } p && entry.At >= p ? entry.At - p : null, from));
        }

        return hops;
    }

    private static int Depth(string? path) => string.IsNullOrEmpty(path) ? 0 : path.Count(c => c == ',') + 1;

    /// <summary>True when the event's journey is over: every copy forwarded somewhere was delivered or dead-lettered there.</summary>
    public static bool IsComplete(IReadOnlyList<JourneyHop> hops)
    {
        ArgumentNullException.ThrowIfNull(hops);
        if (hops.Count == 0)
        {
            return false;
        }

        var open = 0;
        foreach (var hop in hops.Where(h => h.Entry.Outcome != "retry"))
        {
            open += hop.Entry.Outcome == "routed" ? hop.Event.Destinations.Count : 0;
            open -= hop.From is null ? 0 : 1;
        }

        return open <= 0 && hops.Any(h => h.Entry.Outcome != "retry");
    }
}
