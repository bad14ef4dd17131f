using Amazon.Runtime;
using Amazon.SQS;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Functions.Aws;
using Serverless.Functions.Azure;
using Serverless.LocalCloud.Emulators;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Sending;
using Serverless.LocalCloud.Topology;
using Serverless.PubSubStandIn;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Azure;

namespace Serverless.LocalCloud;

/// <content>The start-up steps, in order.</content>
public sealed partial class LocalCloudEnvironment
{
    private async Task StartEmulatorsAsync(CancellationToken cancellationToken)
    {
        var sqsUp = await PortProbe.IsOpenAsync(Endpoints.SqsServiceUrl.Host, Endpoints.SqsServiceUrl.Port, TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        var azuriteUp = await PortProbe.IsOpenAsync("127.0.0.1", 10001, TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        if (!(sqsUp && azuriteUp))
        {
            if (!Options.StartEmulators)
            {
                throw new InvalidOperationException(
                    $"the emulators are not running (fauxqs at {Endpoints.SqsServiceUrl}: {(sqsUp ? "up" : "down")}, Azurite at 127.0.0.1:10001: {(azuriteUp ? "up" : "down")}); start them with scripts/emulators.sh start");
            }

            var script = new EmulatorScript(Options.RepositoryRoot);
            Log("local: starting Azurite and fauxqs with scripts/emulators.sh (the first run installs Node 22 and the emulators: a minute or two)");
            await script.StartAsync(cancellationToken).ConfigureAwait(false);
            StartedEmulators = true;
            stops.Add(async () =>
            {
                Log("local: stopping the emulators this command started");
                await script.StopAsync(CancellationToken.None).ConfigureAwait(false);
            });
        }

        var sqs = new AmazonSQSClient(
            new BasicAWSCredentials(FunctionSettings.LocalAwsKey, FunctionSettings.LocalAwsKey),
            new AmazonSQSConfig { ServiceURL = Endpoints.SqsServiceUrl.ToString(), AuthenticationRegion = Endpoints.AwsRegion });
        Sqs = sqs;
        stops.Add(() =>
        {
            sqs.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    private async Task StartPubSubAsync(CancellationToken cancellationToken)
    {
        var running = Options.UseRunningPubSubEmulator
            && PortProbe.TrySplit(Endpoints.PubSubEmulatorHost, out var host, out var port)
            && await PortProbe.IsOpenAsync(host, port, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        if (running)
        {
            Log($"local: using the Pub/Sub emulator already answering at {Endpoints.PubSubEmulatorHost}");
        }
        else
        {
            var standInPort = PortProbe.TrySplit(Endpoints.PubSubEmulatorHost, out _, out var wanted) ? wanted : 8085;
            var server = await PubSubStandInServer.StartAsync(
                new PubSubStandInOptions { Port = standInPort, BackoffScale = Options.StandInBackoffScale, LogLevel = LogLevel.Error },
                cancellationToken).ConfigureAwait(false);
            StandIn = server;
            stops.Add(server.DisposeAsync);
            Endpoints = Endpoints with { PubSubEmulatorHost = server.EmulatorHost };
            Log($"local: Pub/Sub stand-in listening on {server.EmulatorHost} (PUBSUB_EMULATOR_HOST)");
        }

        var http = new HttpClient { BaseAddress = Endpoints.PubSubBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        PubSub = http;
        stops.Add(() =>
        {
            http.Dispose();
            return ValueTask.CompletedTask;
        });
    }

    private async Task<LocalQueues> CreateTopologyAsync(CancellationToken cancellationToken)
    {
        var topology = Options.Topology;
        var queues = await SqsTopology.EnsureAsync(Sqs, topology, cancellationToken).ConfigureAwait(false);
        await StorageTopology.EnsureAsync(Endpoints.AzureConnectionString, topology, cancellationToken).ConfigureAwait(false);
        PubSubTopology = new PubSubTopology(PubSub, topology);
        await PubSubTopology.EnsureTopicsAsync(cancellationToken).ConfigureAwait(false);
        Log($"local: topology ready: {topology.Inbound} (+ {topology.AwsDeadLetter}, {topology.AzurePoison}, {topology.GcpDeadLetterSubscriptionId})");
        return queues;
    }

    private async Task StartFunctionsAsync(LocalQueues queues, CancellationToken cancellationToken)
    {
        FunctionSettings.EnsureLocalAwsCredentials();
        var topology = Options.Topology;
        Dictionary<string, string> SettingsFor(Cloud cloud) =>
            FunctionSettings.For(cloud, topology, Endpoints, queues, Options.RoutesJson, Options.ExtraSettings);

        Gcp = await GcpFunctionHost.StartAsync(SettingsFor(Cloud.Gcp), Journal, TextWriter.Null, cancellationToken).ConfigureAwait(false);
        stops.Add(Gcp.DisposeAsync);
        Endpoints = Endpoints with { GcpFunctionPort = Gcp.Address.Port };
        await PubSubTopology.EnsurePushAsync(Gcp.Address, cancellationToken).ConfigureAwait(false);
        Log($"local: Google function on {Gcp.Address} (Kestrel), pushed to by {topology.GcpPushSubscriptionId}");

        var azure = FunctionSettings.Reader(SettingsFor(Cloud.Azure));
        var processor = new InboundMessageProcessor(
            ObservedRouter.Create(Cloud.Azure, azure, Journal),
            StorageQueueDeadLetterFactory.FromSettings(azure, NullLogger.Instance),
            NullLogger<InboundMessageProcessor>.Instance,
            TimeProvider.System);
        var function = new InboundQueueFunction(processor);
        Azure = new AzureQueuePump(
            new QueueClient(Endpoints.AzureConnectionString, topology.AzureInbound),
            new QueueClient(Endpoints.AzureConnectionString, topology.AzurePoison),
            function.RunAsync,
            Options.Azure,
            Log);
        Azure.Start();
        stops.Add(Azure.DisposeAsync);
        Log($"local: Azure function driven by a queue pump on {topology.AzureInbound} (batch {Options.Azure.BatchSize}, poison after {Options.Azure.MaxDequeueCount})");

        var awsSettings = SettingsFor(Cloud.Aws);
        ILambdaInvoker invoker;
        if (Options.AwsAsProcess)
        {
            var bootstrap = new BootstrapLambda(Options.BootstrapPath ?? BootstrapLambda.DefaultExecutable(), awsSettings, Journal, Log);
            invoker = bootstrap;

            // Registered before it starts: a start that fails or is cancelled must not leave the child running.
            // (The event source mapping disposes it too; a second dispose finds nothing left to stop.)
            stops.Add(bootstrap.DisposeAsync);
            await bootstrap.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var aws = FunctionSettings.Reader(awsSettings);
            invoker = new InProcessLambda(new SqsBatchHandler(ObservedRouter.Create(Cloud.Aws, aws, Journal), SqsDeadLetterWriter.FromSettings(aws), new SqsHandlerOptions(), TextWriter.Null));
        }

        Aws = new SqsEventSourceMapping(Sqs, queues.AwsInbound, queues.AwsInboundArn, Endpoints.AwsRegion, invoker, Options.Aws, Log);
        Aws.Start();
        stops.Add(Aws.DisposeAsync);
        Log($"local: Lambda {(Options.AwsAsProcess ? "bootstrap process" : "handler (in process)")} driven by an event source mapping on {topology.AwsInbound}");

        var base64 = new QueueClient(Endpoints.AzureConnectionString, topology.AzureInbound, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Sender = new LocalSender(Sqs, queues.AwsInbound, base64, Publisher(PubSub, Endpoints), topology.GcpTopic);
        Addresses = LocalCloudAddresses.From(topology, Endpoints, queues, Options.JournalPath);
    }
}
