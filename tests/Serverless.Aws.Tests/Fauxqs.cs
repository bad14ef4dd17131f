using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Serverless.Routing.Aws;

namespace Serverless.Aws.Tests;

/// <summary>The fauxqs SQS emulator .ci/run starts: endpoint from EVROUTE_TEST_SQS_URL. Tests fail when it is down.</summary>
internal static class Fauxqs
{
    public static Uri Endpoint { get; } = new(Environment.GetEnvironmentVariable("EVROUTE_TEST_SQS_URL") is { Length: > 0 } url ? url : "http://127.0.0.1:4566");

    public static AWSCredentials Credentials { get; } = new BasicAWSCredentials("test", "test");

    public static SqsSinkOptions Options(Uri queueUrl, Uri? endpoint = null) => new()
    {
        QueueUrl = queueUrl,
        Region = "us-east-1",
        ServiceUrl = endpoint ?? Endpoint,
        Credentials = Credentials,
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxErrorRetry = 1,
    };

    public static IAmazonSQS Client() => SqsClientFactory.Create(Options(new Uri(Endpoint, "/000000000000/unused")));

    /// <summary>A fresh queue with a unique name; FIFO when asked.</summary>
    public static async Task<Uri> CreateQueueAsync(string prefix, bool fifo = false)
    {
        using var client = Client();
        var name = $"evroute-{prefix}-{Guid.NewGuid():N}" + (fifo ? ".fifo" : string.Empty);
        var request = new CreateQueueRequest { QueueName = name, Attributes = new Dictionary<string, string> { ["MaximumMessageSize"] = "1048576" } };
        if (fifo)
        {
            request.Attributes["FifoQueue"] = "true";
        }

        var response = await client.CreateQueueAsync(request);
        return new Uri(response.QueueUrl);
    }

    /// <summary>Receives until <paramref name="expected"/> messages arrived or the time-out passed; deletes what it read.</summary>
    public static async Task<List<Message>> ReceiveAsync(Uri queueUrl, int expected, TimeSpan timeout)
    {
        using var client = Client();
        var messages = new List<Message>();
        var until = DateTime.UtcNow + timeout;
        while (messages.Count < expected && DateTime.UtcNow < until)
        {
            var response = await client.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl.ToString(),
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                messages.Add(message);
                await client.DeleteMessageAsync(queueUrl.ToString(), message.ReceiptHandle);
            }
        }

        return messages;
    }

    /// <summary>A loopback URL nothing listens on.</summary>
    public static Uri ClosedEndpoint()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
