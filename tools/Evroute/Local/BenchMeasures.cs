using System.Collections.Concurrent;
using System.Diagnostics;
using Serverless.LocalCloud;
using Serverless.LocalCloud.Journal;
using Serverless.Routing;

namespace Evroute.Local;

/// <summary>The two function measurements: events per second through one instance, and end-to-end latency of journeys.</summary>
internal sealed class BenchMeasures(LocalCloudEnvironment environment)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Cloud, string Id), DateTimeOffset> routed = new();

    public void Attach() => environment.Journal.Recorded += entry =>
    {
        foreach (var e in entry.Events)
        {
            if (entry.IsDelivered)
            {
                delivered.TryAdd(e.Id, entry.At);
            }
            else if (entry.Outcome == "routed")
            {
                routed.TryAdd((entry.Cloud, e.Id), entry.At);
            }
        }
    };

    /// <summary>Fills <paramref name="cloud"/>'s queue while every function is paused, then lets only its function run.</summary>
    public async Task<double> ThroughputAsync(Cloud cloud, int count, CancellationToken cancellationToken)
    {
        var type = $"bench.hop.{cloud.ToName()}";
        var ids = new List<string>(count);
        var bodies = Enumerable.Range(0, count).Select(_ =>
        {
            var body = BenchRoutes.Event(type, out var id);
            ids.Add(id);
            return body;
        }).ToList();
        // A receive already in flight when pausing still hands out one batch: let it finish before filling the queue.
        await environment.SetPausedAsync(true, cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        await environment.Sender.SendManyAsync(cloud, bodies, 8, cancellationToken).ConfigureAwait(false);
        var name = cloud.ToName();
        var clock = Stopwatch.StartNew();
        var resumedAt = DateTimeOffset.UtcNow;
        await SetPausedAsync(cloud, false, cancellationToken).ConfigureAwait(false);
        while (ids.Any(id => !routed.ContainsKey((name, id))) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        var done = ids.Where(id => routed.ContainsKey((name, id))).ToList();
        var last = done.Count == 0 ? DateTimeOffset.UtcNow : done.Max(id => routed[(name, id)]);
        var rate = done.Count / Math.Max((last - resumedAt).TotalSeconds, 0.001);
        await environment.SetPausedAsync(false, cancellationToken).ConfigureAwait(false);
        await WaitDeliveredAsync(ids, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
        return rate;
    }

    /// <summary>Sends <paramref name="count"/> events into <paramref name="cloud"/>, one every <paramref name="gap"/>; returns each one's send-to-delivered time.</summary>
    public async Task<List<double>> LatencyAsync(Cloud cloud, string type, int count, TimeSpan gap, CancellationToken cancellationToken)
    {
        var sent = new List<(string Id, DateTimeOffset At)>(count);
        for (var i = 0; i < count; i++)
        {
            var body = BenchRoutes.Event(type, out var id);
            sent.Add((id, DateTimeOffset.UtcNow));
            await environment.Sender.SendAsync(cloud, body, cancellationToken).ConfigureAwait(false);
            await Task.Delay(gap, cancellationToken).ConfigureAwait(false);
        }

        await WaitDeliveredAsync(sent.Select(s => s.Id).ToList(), TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        return [.. sent.Where(s => delivered.ContainsKey(s.Id)).Select(s => (delivered[s.Id] - s.At).TotalMilliseconds)];
    }

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private async Task SetPausedAsync(Cloud cloud, bool paused, CancellationToken cancellationToken)
    {
        switch (cloud)
        {
            case Cloud.Azure:
                environment.Azure.Paused = paused;
                break;
            case Cloud.Aws:
                environment.Aws.Paused = paused;
                break;
            default:
                await environment.PubSubTopology.SetPushEndpointAsync(paused ? null : environment.Gcp.Address, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task WaitDeliveredAsync(List<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (ids.Any(id => !delivered.ContainsKey(id)) && clock.Elapsed < timeout)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }
}
