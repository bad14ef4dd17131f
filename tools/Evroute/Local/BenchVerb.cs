using System.Globalization;
using System.Security.Cryptography;
using Serverless.LocalCloud;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Topology;
using Serverless.Routing;

namespace Evroute.Local;

/// <summary>
/// <c>local bench</c>: on a private copy of the topology, measures events per second through one function instance
/// of each cloud, p50/p99 end-to-end latency of one hop and of a two-hop journey, and the functions' senders one
/// event per call against batched and concurrent; prints a Markdown report.
/// </summary>
internal sealed class BenchVerb(CommandIo io)
{
    public async Task<int> RunAsync(string? repositoryRoot, BenchOptions options, CancellationToken outerToken)
    {
        using var signal = new TerminationSignal(outerToken);
        var cancellationToken = signal.Token;
        var paths = LocalPaths.Find(repositoryRoot);
        var view = new JourneyConsole(JourneyConsole.Create(io.Error));
        var topology = LocalTopology.WithSuffix("-bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)));
        var localOptions = new LocalCloudOptions
        {
            RepositoryRoot = paths.RepositoryRoot,
            RoutesJson = BenchRoutes.Json,
            Topology = topology,
            Endpoints = new LocalEndpoints { PubSubEmulatorHost = "127.0.0.1:0", GcpFunctionPort = 0 },
            UseRunningPubSubEmulator = false,
            KeepArrivals = false,
            Aws = new SqsMappingOptions { WaitTimeSeconds = 1 },
        };
        var environment = await LocalCloudEnvironment.StartAsync(localOptions, view.Info, cancellationToken).ConfigureAwait(false);
        try
        {
            var measures = new BenchMeasures(environment);
            measures.Attach();
            view.Info("bench: warming up");
            foreach (var cloud in CloudNames.All)
            {
                await measures.LatencyAsync(cloud, $"bench.hop.{cloud.ToName()}", 20, TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
            }

            var report = new List<string>
            {
                $"machine: {Environment.ProcessorCount} cores, load average at start {LoadAverage()}, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}",
                string.Empty,
                $"| function (one instance) | events/s ({options.Events} queued events, each forwarded one hop) |",
                "|---|---|",
            };
            foreach (var cloud in CloudNames.All)
            {
                view.Info($"bench: throughput of the {cloud.ToName()} function");
                var rate = await measures.ThroughputAsync(cloud, options.Events, cancellationToken).ConfigureAwait(false);
                report.Add(string.Create(CultureInfo.InvariantCulture, $"| {cloud.ToName()} | {rate:F0} |"));
            }

            report.AddRange([string.Empty, $"| journey ({options.LatencyEvents} events, one every 20 ms) | p50 ms | p99 ms |", "|---|---|---|"]);
            foreach (var (cloud, type, name) in new[]
            {
                (Cloud.Azure, "bench.hop.azure", "one hop azure → aws"),
                (Cloud.Aws, "bench.hop.aws", "one hop aws → gcp"),
                (Cloud.Gcp, "bench.hop.gcp", "one hop gcp → azure"),
                (Cloud.Azure, "bench.two", "two hops azure → aws → gcp"),
            })
            {
                view.Info($"bench: latency of {name}");
                var latencies = await measures.LatencyAsync(cloud, type, options.LatencyEvents, TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {BenchMeasures.Percentile(latencies, 50):F0} | {BenchMeasures.Percentile(latencies, 99):F0} |{(latencies.Count < options.LatencyEvents ? $" ({options.LatencyEvents - latencies.Count} not delivered)" : string.Empty)}"));
            }

            view.Info("bench: senders, one event per call against batched and concurrent");
            report.AddRange([string.Empty, $"| sender (production sink) | one event per call, events/s | batched + concurrent, events/s | ratio |", "|---|---|---|---|"]);
            foreach (var result in await new BenchSenders(environment).RunAsync(options.SenderEvents, cancellationToken).ConfigureAwait(false))
            {
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {result.Destination.ToName()} | {result.OneByOne:F0} | {result.Batched:F0} | {result.Batched / result.OneByOne:F1}x |"));
            }

            report.Add(string.Empty);
            report.Add($"load average at end {LoadAverage()}");
            foreach (var line in report)
            {
                await io.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }
        finally
        {
            // Functions first, then the private queues they read.
            var addresses = environment.Addresses;
            await environment.DisposeAsync().ConfigureAwait(false);
            using var clients = LocalClients.For(addresses);
            await TopologyCleanup.DeleteAsync(clients.Sqs, addresses, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
