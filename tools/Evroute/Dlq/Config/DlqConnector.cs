using Amazon;
using Amazon.Runtime;
using Amazon.SQS;
using Azure.Storage.Queues;
using Evroute.Dlq.Aws;
using Evroute.Dlq.Azure;
using Evroute.Dlq.Gcp;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Gcp;

namespace Evroute.Dlq.Config;

/// <summary>
/// Builds the stores and inbound queues from resolved endpoints, with each cloud's standard credential chain:
/// AWSSDK's default chain (profiles, environment, SSO, instance roles), Azure.Identity's DefaultAzureCredential for
/// an account URL, Google application default credentials. Emulators (a loopback endpoint) get no real credentials.
/// </summary>
internal static class DlqConnector
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public static DlqBackends Connect(DlqEndpoints endpoints, TimeSpan? pullTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var stores = new Dictionary<Cloud, IDeadLetterStore>();
        var inbounds = new Dictionary<Cloud, IInboundQueue>();
        var missing = new Dictionary<Cloud, string>
        {
            [Cloud.Aws] = "pass --aws-dlq-url and --aws-inbound-url, --stack-outputs FILE, or --local",
            [Cloud.Azure] = "pass --azure-connection-string or --azure-account-url with --azure-poison-queue and --azure-inbound-queue, --stack-outputs FILE, or --local",
            [Cloud.Gcp] = "pass --gcp-project with --gcp-dlq-subscription and --gcp-inbound-topic, --stack-outputs FILE, or --local",
        };
        if (endpoints.Aws is { } aws)
        {
            ConnectAws(aws, stores, inbounds);
        }

        if (endpoints.Azure is { HasAccount: true } azure)
        {
            ConnectAzure(azure, stores, inbounds);
        }

        if (endpoints.Gcp is { } gcp)
        {
            var tokens = gcp.Emulator ? null : new GoogleAccessTokenSource();
            if (gcp.DlqSubscription is { } subscription)
            {
                stores[Cloud.Gcp] = new PubSubDeadLetterStore(new PubSubSubscriberClient(Http, gcp.Endpoint, tokens, pullTimeout), subscription);
            }

            if (gcp.InboundTopic is { } topic)
            {
                inbounds[Cloud.Gcp] = new PubSubInboundQueue(new PubSubPublisher(Http, gcp.Endpoint, tokens), topic);
            }
        }

        return new DlqBackends(stores, inbounds, missing);
    }

    private static void ConnectAws(AwsEndpoints aws, Dictionary<Cloud, IDeadLetterStore> stores, Dictionary<Cloud, IInboundQueue> inbounds)
    {
        var region = aws.Region ?? throw new DlqConfigException("aws: no region: pass --aws-region or set AWS_REGION (the queue URL names none)");
        var config = new AmazonSQSConfig { Timeout = TimeSpan.FromSeconds(10), MaxErrorRetry = 2 };
        if (aws.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        // An emulator accepts any key; the default chain would fail on a machine without AWS credentials.
        var client = aws.ServiceUrl is { IsLoopback: true }
            ? new AmazonSQSClient(new BasicAWSCredentials("local", "local"), config)
            : new AmazonSQSClient(config);
        if (aws.HasDlq)
        {
            stores[Cloud.Aws] = new SqsDeadLetterStore(client, new SqsQueueAddress(client, aws.DlqUrl, aws.DlqName));
        }

        if (aws.HasInbound)
        {
            inbounds[Cloud.Aws] = new SqsInboundQueue(client, new SqsQueueAddress(client, aws.InboundUrl, aws.InboundName), region, aws.ServiceUrl);
        }
    }

    private static void ConnectAzure(AzureEndpoints azure, Dictionary<Cloud, IDeadLetterStore> stores, Dictionary<Cloud, IInboundQueue> inbounds)
    {
        QueueClient Client(string name, QueueMessageEncoding encoding)
        {
            try
            {
                return azure.ConnectionString is { } connection
                    ? StorageQueueClients.FromConnectionString(connection, name, encoding)
                    : StorageQueueClients.FromUri(new Uri(azure.AccountUrl!, name), encoding);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The connection string holds a key: name the problem, not the value.
                throw new DlqConfigException($"azure: the connection string is not valid ({ex.GetType().Name})", ex);
            }
        }

        if (azure.PoisonQueue is { } poison)
        {
            stores[Cloud.Azure] = new PoisonQueueStore(Client(poison, QueueMessageEncoding.None));
        }

        if (azure.InboundQueue is { } inbound)
        {
            inbounds[Cloud.Azure] = new StorageInboundQueue(Client(inbound, QueueMessageEncoding.Base64));
        }
    }
}
