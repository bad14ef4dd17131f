using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.SQS;
using Serverless.LocalCloud;
using Serverless.LocalCloud.DeadLetters;
using Serverless.LocalCloud.Emulators;
using Serverless.LocalCloud.Functions;
using Serverless.LocalCloud.Topology;

namespace Serverless.Integration.Tests;

/// <summary>
/// Brings the local environment up once for every end-to-end test: the shared emulators (started by scripts/test.sh;
/// their endpoints from EVROUTE_TEST_SQS_URL and EVROUTE_TEST_AZURITE, and a failure when they are not there), a
/// private Pub/Sub stand-in, a topology whose names end in a fresh suffix, and the three functions, the Lambda as its
/// real bootstrap process. Short visibility and retry delays keep redelivery within seconds. Stops everything and
/// deletes the queues at the end.
/// </summary>
public sealed class LocalCloudFixture : IAsyncLifetime
{
    private readonly List<string> log = [];

    public LocalCloudEnvironment Environment { get; private set; } = null!;

    public DeadLetterCollector DeadLetters { get; private set; } = null!;

    public Deliveries Deliveries { get; private set; } = null!;

    /// <summary>What the pumps and the bootstrap process reported (printed by tests that fail).</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (log)
            {
                return [.. log];
            }
        }
    }

    public async Task InitializeAsync()
    {
        var sqsUrl = new Uri(System.Environment.GetEnvironmentVariable("EVROUTE_TEST_SQS_URL") ?? "http://127.0.0.1:4566");
        var azurite = System.Environment.GetEnvironmentVariable("EVROUTE_TEST_AZURITE") ?? "UseDevelopmentStorage=true";
        using var startLimit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        if (!await PortProbe.IsOpenAsync(sqsUrl.Host, sqsUrl.Port, TimeSpan.FromSeconds(5), startLimit.Token))
        {
            throw new InvalidOperationException($"fauxqs is not reachable at {sqsUrl} (EVROUTE_TEST_SQS_URL); start it with scripts/emulators.sh start");
        }

        var suffix = "-e2e-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var options = new LocalCloudOptions
        {
            RepositoryRoot = AppContext.BaseDirectory,
            RoutesJson = TestRoutes.Json,
            Topology = LocalTopology.WithSuffix(suffix) with { VisibilityTimeoutSeconds = 3 },
            Endpoints = new LocalEndpoints
            {
                SqsServiceUrl = sqsUrl,
                AzureConnectionString = azurite,
                PubSubEmulatorHost = "127.0.0.1:0",
                GcpFunctionPort = 0,
            },
            StartEmulators = false,
            UseRunningPubSubEmulator = false,
            StandInBackoffScale = 0.02,
            AwsAsProcess = true,
            ExtraSettings = new Dictionary<string, string> { ["EVROUTE_MAX_EVENT_BYTES"] = TestRoutes.MaxEventBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Azure = new AzurePumpOptions { RetryDelay = TimeSpan.FromSeconds(1), MaxPollingInterval = TimeSpan.FromMilliseconds(500) },
            Aws = new SqsMappingOptions { WaitTimeSeconds = 1, FunctionTimeout = TimeSpan.FromSeconds(20) },
        };
        Environment = await LocalCloudEnvironment.StartAsync(options, Remember, startLimit.Token);
        DeadLetters = Environment.CreateDeadLetterCollector();
        Deliveries = new Deliveries(Environment.Journal);
    }

    public async Task DisposeAsync()
    {
        var addresses = Environment?.Addresses;
        if (Environment is not null)
        {
            await Environment.DisposeAsync();
        }

        if (addresses is not null)
        {
            using var sqs = new AmazonSQSClient(
                new BasicAWSCredentials("local", "local"),
                new AmazonSQSConfig { ServiceURL = addresses.Endpoints.SqsServiceUrl.ToString(), AuthenticationRegion = addresses.Endpoints.AwsRegion });
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await TopologyCleanup.DeleteAsync(sqs, addresses, limit.Token);
        }
    }

    private void Remember(string line)
    {
        lock (log)
        {
            log.Add($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}");
        }
    }
}
