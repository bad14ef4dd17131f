using System.Collections.Concurrent;
using Serverless.LocalCloud;
using Serverless.LocalCloud.Journal;
using Serverless.Routing;

namespace Evroute.Local;

/// <summary>Sends the demo events and waits (at most a minute) until every journey has ended; shows one table per journey.</summary>
internal sealed class DemoRun(LocalCloudEnvironment environment, JourneyConsole view, ConcurrentDictionary<string, DateTimeOffset> sent)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>True when every demo event reached the end of its journey (delivered somewhere, nothing dead-lettered).</summary>
    public async Task<bool> RunAsync(IReadOnlyList<DemoEvents.Demo> demos, CancellationToken cancellationToken)
    {
        if (demos.Count == 0)
        {
            view.Info("demo: nothing to send");
            return false;
        }

        foreach (var demo in demos)
        {
            view.Info($"demo: sending {demo.Id} ({demo.Type}) from {Path.GetFileName(demo.File)} to {demo.Cloud.ToName()}'s inbound queue");
            sent[demo.Id] = DateTimeOffset.UtcNow;
            await environment.Sender.SendAsync(demo.Cloud, demo.Body, cancellationToken).ConfigureAwait(false);
        }

        var done = await environment.Journal.WaitForAsync(
            entries => demos.All(d => JourneyView.IsComplete(JourneyView.Hops(entries, d.Id, null))),
            Patience,
            cancellationToken).ConfigureAwait(false);
        var ok = done;
        foreach (var demo in demos)
        {
            var hops = JourneyView.Hops(environment.Journal.Entries, demo.Id, sent[demo.Id]);
            view.Summary(demo.Id, hops, sent[demo.Id]);
            ok &= hops.Any(h => h.Entry.IsDelivered) && !hops.Any(h => h.Entry.IsDeadLettered);
        }

        view.Info(done ? "demo: every journey ended" : $"demo: not every journey ended within {Patience.TotalSeconds:F0} s (see .local/local/local.log)");
        return ok;
    }
}
