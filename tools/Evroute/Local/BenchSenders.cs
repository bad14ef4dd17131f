using System.Diagnostics;
using Serverless.LocalCloud;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Topology;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;

namespace Evroute.Local;

/// <summary>
/// The functions' own senders (the production sinks) against queues no function reads: one event per call, one call
/// after the other, versus the whole list in one call, which the sinks batch (SQS 10, Pub/Sub up to 1000 per request)
/// and send concurrently.
/// </summary>
internal sealed class BenchSenders(LocalCloudEnvironment environment)
{
    public sealed record Result(Cloud Destination, double OneByOne, double Batched);

    public async Task<List<Result>> RunAsync(int count, CancellationToken cancellationToken)
    {
        var topology = environment.Options.Topology with { Suffix = environment.Options.Topology.Suffix + "-sink" };
        var queues = await SqsTopology.EnsureAsync(environment.Sqs, topology, cancellationToken).ConfigureAwait(false);
        await StorageTopology.EnsureAsync(environment.Endpoints.AzureConnectionString, topology, cancellationToken).ConfigureAwait(false);
        await new PubSubTopology(environment.PubSub, topology).EnsureTopicsAsync(cancellationToken).ConfigureAwait(false);
        var settings = FunctionSettings.Reader(FunctionSettings.For(Cloud.Gcp, topology, environment.Endpoints, queues, BenchRoutes.Json));
        IEventSink[] sinks =
        [
            SqsSinkFactory.FromSettings(settings)!,
            StorageQueueSinkFactory.FromSettings(settings)!,
            PubSubSinkFactory.FromSettings(settings)!,
        ];
        var results = new List<Result>();
        try
        {
            foreach (var sink in sinks)
            {
                var events = Enumerable.Range(0, count).Select(i => CloudEventJson.Decode(BenchRoutes.Event("bench.sender", out _)).Event!).ToList();
                var clock = Stopwatch.StartNew();
                foreach (var cloudEvent in events.Take(count / 2))
                {
                    Check(await sink.SendAsync([cloudEvent], cancellationToken).ConfigureAwait(false));
                }

                var oneByOne = count / 2 / clock.Elapsed.TotalSeconds;
                clock.Restart();
                Check(await sink.SendAsync(events, cancellationToken).ConfigureAwait(false));
                results.Add(new Result(sink.Destination, oneByOne, count / clock.Elapsed.TotalSeconds));
            }
        }
        finally
        {
            await TopologyCleanup.DeleteAsync(environment.Sqs, LocalCloudAddresses.From(topology, environment.Endpoints, queues, null), CancellationToken.None).ConfigureAwait(false);
        }

        return results;
    }

    private static void Check(IReadOnlyList<SendResult> results)
    {
        if (results.FirstOrDefault(r => r.Status != SendStatus.Sent) is { Status: not SendStatus.Sent } failed)
        {
            throw new InvalidOperationException($"a benchmark send failed: {failed.Detail}");
        }
    }
}
