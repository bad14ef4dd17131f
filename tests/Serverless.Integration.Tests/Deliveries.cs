using System.Collections.Concurrent;
using Serverless.LocalCloud.Journal;

namespace Serverless.Integration.Tests;

/// <summary>Counts, per event id, where the journal says its journey ended (kept incrementally: the volume test has 30,000 entries).</summary>
public sealed class Deliveries
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JourneyEntry>> byEvent = new(StringComparer.Ordinal);

    public Deliveries(JourneyJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        journal.Recorded += entry =>
        {
            foreach (var e in entry.Events)
            {
                byEvent.GetOrAdd(e.Id, _ => new()).Enqueue(entry);
                if (entry.IsDelivered)
                {
                    delivered.GetOrAdd(e.Id, _ => new()).Enqueue(entry.Cloud);
                }
            }
        };
    }

    /// <summary>The clouds where <paramref name="eventId"/> was delivered (a cloud twice means a duplicate).</summary>
    public IReadOnlyList<string> DeliveredTo(string eventId) => delivered.TryGetValue(eventId, out var clouds) ? [.. clouds] : [];

    /// <summary>Every journal entry about <paramref name="eventId"/>.</summary>
    public IReadOnlyList<JourneyEntry> EntriesOf(string eventId) => byEvent.TryGetValue(eventId, out var entries) ? [.. entries] : [];

    /// <summary>How many of <paramref name="ids"/> were delivered at least once.</summary>
    public int CountDelivered(IEnumerable<string> ids) => ids.Count(delivered.ContainsKey);

    /// <summary>Waits until every id of <paramref name="ids"/> was delivered at least <paramref name="copies"/> times in total; false at the time-out.</summary>
    public async Task<bool> WaitAsync(IReadOnlyCollection<string> ids, TimeSpan timeout, int copies = 1)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (ids.Any(id => DeliveredTo(id).Count < copies))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
