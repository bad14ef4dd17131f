using Amazon.SQS;
using Azure.Storage.Queues;
using Serverless.LocalCloud.DeadLetters;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Journal;
using Serverless.LocalCloud.Sending;
using Serverless.LocalCloud.Topology;
using Serverless.PubSubStandIn;
using Serverless.Routing.Gcp;

namespace Serverless.LocalCloud;

/// <summary>
/// The three clouds on one machine: emulators, the Pub/Sub stand-in (unless another emulator answers), the topology,
/// and the three functions run as their platforms run them. Disposing stops everything it started, in reverse order.
/// </summary>
public sealed partial class LocalCloudEnvironment : IAsyncDisposable
{
    private readonly List<Func<ValueTask>> stops = [];

    private LocalCloudEnvironment(LocalCloudOptions options, Action<string> log)
    {
        Options = options;
        Log = log;
        Journal = new JourneyJournal(options.JournalPath, options.KeepArrivals);
        Endpoints = options.Endpoints;
    }

    /// <summary>How it was started.</summary>
    public LocalCloudOptions Options { get; }

    /// <summary>Every function outcome (and arrival), as they happen.</summary>
    public JourneyJournal Journal { get; }

    /// <summary>The endpoints in force (the stand-in's and the Google function's actual ports).</summary>
    public LocalEndpoints Endpoints { get; private set; }

    /// <summary>Queue URLs, names and endpoints (what <c>send</c> and <c>watch</c> need).</summary>
    public LocalCloudAddresses Addresses { get; private set; } = null!;

    /// <summary>The SQS client on the emulator.</summary>
    public IAmazonSQS Sqs { get; private set; } = null!;

    /// <summary>An HTTP client on the Pub/Sub emulator's REST API.</summary>
    public HttpClient PubSub { get; private set; } = null!;

    /// <summary>The in-process stand-in, when this environment started one.</summary>
    public PubSubStandInServer? StandIn { get; private set; }

    /// <summary>The Google function.</summary>
    public GcpFunctionHost Gcp { get; private set; } = null!;

    /// <summary>The Azure function's queue pump.</summary>
    public AzureQueuePump Azure { get; private set; } = null!;

    /// <summary>The Lambda's event source mapping.</summary>
    public SqsEventSourceMapping Aws { get; private set; } = null!;

    /// <summary>The Lambda's bootstrap process, when it runs as one.</summary>
    public BootstrapLambda? AwsProcess => Aws?.Function as BootstrapLambda;

    /// <summary>Puts messages on the inbound queues.</summary>
    public LocalSender Sender { get; private set; } = null!;

    /// <summary>The Pub/Sub side of the topology (pausing and resuming the push subscription).</summary>
    public PubSubTopology PubSubTopology { get; private set; } = null!;

    /// <summary>True when this environment started the emulators (and will stop them).</summary>
    public bool StartedEmulators { get; private set; }

    private Action<string> Log { get; }

    /// <summary>Brings everything up; on failure stops what was started and rethrows.</summary>
    public static async Task<LocalCloudEnvironment> StartAsync(LocalCloudOptions options, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var environment = new LocalCloudEnvironment(options, log);
        try
        {
            await environment.StartEmulatorsAsync(cancellationToken).ConfigureAwait(false);
            await environment.StartPubSubAsync(cancellationToken).ConfigureAwait(false);
            var queues = await environment.CreateTopologyAsync(cancellationToken).ConfigureAwait(false);
            await environment.StartFunctionsAsync(queues, cancellationToken).ConfigureAwait(false);
            return environment;
        }
        catch
        {
            await environment.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A collector that drains this environment's dead-letter queues (use with a private topology).</summary>
    public DeadLetterCollector CreateDeadLetterCollector() =>
        new(Sqs, Addresses.AwsDeadLetter, new QueueClient(Endpoints.AzureConnectionString, Options.Topology.AzurePoison), PubSub,
            $"projects/{Options.Topology.GcpProject}/subscriptions/{Options.Topology.GcpDeadLetterSubscriptionId}");

    /// <summary>Depths of the inbound and dead-letter queues.</summary>
    public DeadLetterDepths CreateDepths() => new(Sqs, Addresses, PubSub);

    /// <summary>Pauses (or resumes) all three functions' intake: the pumps stop fetching, the push subscription stops pushing.</summary>
    public async Task SetPausedAsync(bool paused, CancellationToken cancellationToken)
    {
        Azure.Paused = paused;
        Aws.Paused = paused;
        await PubSubTopology.SetPushEndpointAsync(paused ? null : Gcp.Address, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        for (var i = stops.Count - 1; i >= 0; i--)
        {
            try
            {
                await stops[i]().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // one failed stop must not leave the others running
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log($"local: stopping failed: {ex.Message}");
            }
        }

        stops.Clear();
        Journal.Dispose();
    }

    private static PubSubPublisher Publisher(HttpClient http, LocalEndpoints endpoints) => new(http, endpoints.PubSubBaseAddress, tokenSource: null);
}
