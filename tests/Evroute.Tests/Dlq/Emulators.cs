using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Azure.Storage.Queues;
using Serverless.Routing.Azure;

namespace Evroute.Tests.Dlq;

/// <summary>
/// The emulators the Dlq tests use: fauxqs (EVROUTE_TEST_SQS_URL) and Azurite (EVROUTE_TEST_AZURITE), which .ci/run
/// starts; tests fail when they are down. Every test creates its own uniquely named queues.
/// </summary>
internal static class Emulators
{
    public static string SqsEndpoint { get; } = Environment.GetEnvironmentVariable("EVROUTE_TEST_SQS_URL") is { Length: > 0 } url ? url : "http://127.0.0.1:4566";

    public static string Azurite { get; } = Environment.GetEnvironmentVariable("EVROUTE_TEST_AZURITE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    public static IAmazonSQS Sqs() => new AmazonSQSClient(
        new BasicAWSCredentials("local", "local"),
        new AmazonSQSConfig { ServiceURL = SqsEndpoint, AuthenticationRegion = "us-east-1", Timeout = TimeSpan.FromSeconds(5), MaxErrorRetry = 1 });

    public static async Task<string> CreateSqsQueueAsync(IAmazonSQS client, string role)
    {
        var response = await client.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = $"evroute-dlqtest-{role}-{Guid.NewGuid():N}",
            Attributes = new Dictionary<string, string> { ["MaximumMessageSize"] = "1048576" },
        });
        return response.QueueUrl;
    }

    /// <summary>Receives until <paramref name="expected"/> distinct messages arrived or 10 s passed; deletes nothing.</summary>
    public static async Task<List<Message>> ReceiveSqsAsync(IAmazonSQS client, string queueUrl, int expected)
    {
        var found = new Dictionary<string, Message>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (found.Count < expected && DateTime.UtcNow < deadline)
        {
            var response = await client.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                VisibilityTimeout = 30,
                MessageAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                found.TryAdd(message.MessageId, message);
            }
        }

        return [.. found.Values];
    }

    public static async Task<(QueueClient PlainText, QueueClient Base64)> CreateAzureQueueAsync(string role)
    {
        var name = $"dlqtest-{role}-{Guid.NewGuid():N}"[..40];
        var plain = StorageQueueClients.FromConnectionString(Azurite, name, QueueMessageEncoding.None);
        await plain.CreateAsync();
        return (plain, StorageQueueClients.FromConnectionString(Azurite, name, QueueMessageEncoding.Base64));
    }

    /// <summary>A loopback port nothing listens on.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static JsonElement[] ParseJsonArray(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
