using Azure.Storage.Queues;

namespace Serverless.Azure.Tests;

/// <summary>
/// Queues on the Azurite emulator (connection string in EVROUTE_TEST_AZURITE, default UseDevelopmentStorage=true).
/// Each test gets queues with unique names and deletes them afterwards; an unreachable Azurite fails the test.
/// </summary>
internal sealed class Azurite : IAsyncDisposable
{
    /// <summary>A connection string to an account on a closed loopback port (Azurite's published development key).</summary>
    public const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly List<string> created = [];

    private Azurite(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<Azurite> ConnectAsync()
    {
        var connection = Environment.GetEnvironmentVariable("EVROUTE_TEST_AZURITE") is { Length: > 0 } set ? set : "UseDevelopmentStorage=true";
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await new QueueServiceClient(connection, options).GetPropertiesAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Azurite is not reachable with EVROUTE_TEST_AZURITE ('{connection}'); start it with scripts/emulators.sh start: {ex.Message}", ex);
        }

        return new Azurite(connection);
    }

    /// <summary>A fresh queue name, registered for deletion (also its -poison queue).</summary>
    public string NewQueueName(string prefix)
    {
        var name = $"t-{prefix}-{Guid.NewGuid():N}"[..Math.Min(50, prefix.Length + 35)];
        created.Add(name);
        created.Add(name + "-poison");
        return name;
    }

    public QueueClient Client(string name, QueueMessageEncoding encoding) =>
        new(ConnectionString, name, new QueueClientOptions { MessageEncoding = encoding });

    public async Task<QueueClient> CreateQueueAsync(string prefix, QueueMessageEncoding encoding)
    {
        var client = Client(NewQueueName(prefix), encoding);
        await client.CreateAsync();
        return client;
    }

    /// <summary>Every message text on a queue as stored (plain-text client), without removing them.</summary>
    public async Task<IReadOnlyList<string>> PeekAllAsync(string name)
    {
        var client = Client(name, QueueMessageEncoding.None);
        if (!await client.ExistsAsync())
        {
            return [];
        }

        var peeked = await client.PeekMessagesAsync(32);
        return peeked.Value.Select(m => m.Body.ToString()).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in created)
        {
            await Client(name, QueueMessageEncoding.None).DeleteIfExistsAsync();
        }
    }
}
