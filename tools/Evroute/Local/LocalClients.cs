using Amazon.Runtime;
using Amazon.SQS;
using Azure.Storage.Queues;
using Serverless.LocalCloud;
using Serverless.LocalCloud.DeadLetters;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Sending;
using Serverless.Routing.Gcp;

namespace Evroute.Local;

/// <summary>Clients on a running local environment's queues, from its state file (or the contract names).</summary>
internal sealed class LocalClients : IDisposable
{
    private LocalClients(LocalCloudAddresses addresses)
    {
        Addresses = addresses;
        Sqs = new AmazonSQSClient(
            new BasicAWSCredentials(FunctionSettings.LocalAwsKey, FunctionSettings.LocalAwsKey),
            new AmazonSQSConfig { ServiceURL = addresses.Endpoints.SqsServiceUrl.ToString(), AuthenticationRegion = addresses.Endpoints.AwsRegion });
        PubSub = new HttpClient { BaseAddress = addresses.Endpoints.PubSubBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LocalCloudAddresses Addresses { get; }

    public AmazonSQSClient Sqs { get; }

    public HttpClient PubSub { get; }

    /// <summary>From <c>.local/local/state.json</c> when <c>local up</c> runs; else the contract names on the default ports.</summary>
    public static LocalClients Open(LocalPaths paths, out bool fromState)
    {
        var state = LocalCloudAddresses.Load(paths.StateFile);
        fromState = state is not null;
        var endpoints = new LocalEndpoints();
        var host = Environment.GetEnvironmentVariable("PUBSUB_EMULATOR_HOST");
        if (!string.IsNullOrWhiteSpace(host))
        {
            endpoints = endpoints with { PubSubEmulatorHost = host.Trim() };
        }

        return new LocalClients(state ?? LocalCloudAddresses.Default(endpoints));
    }

    public static LocalClients For(LocalCloudAddresses addresses) => new(addresses);

    public LocalSender Sender()
    {
        var azure = new QueueClient(
            Addresses.Endpoints.AzureConnectionString,
            Addresses.Topology.AzureInbound,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        return new LocalSender(Sqs, Addresses.AwsInbound, azure, new PubSubPublisher(PubSub, Addresses.Endpoints.PubSubBaseAddress, tokenSource: null), Addresses.Topology.GcpTopic);
    }

    public DeadLetterDepths Depths() => new(Sqs, Addresses, PubSub);

    public void Dispose()
    {
        Sqs.Dispose();
        PubSub.Dispose();
    }
}
