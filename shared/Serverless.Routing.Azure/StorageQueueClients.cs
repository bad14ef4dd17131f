using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;

namespace Serverless.Routing.Azure;

/// <summary>
/// Creates <see cref="QueueClient"/>s the way the router needs them: an explicit message encoding and modest
/// client retries, because the platform redelivers the whole message anyway.
/// </summary>
public static class StorageQueueClients
{
    /// <summary>Client options with <paramref name="encoding"/> and the router's retry policy.</summary>
    public static QueueClientOptions CreateOptions(QueueMessageEncoding encoding)
    {
        var options = new QueueClientOptions { MessageEncoding = encoding };

        // Two quick retries absorb a blip; longer outages are the platform's redelivery's job.
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    /// <summary>A client for <paramref name="queueName"/> from a connection string (<c>UseDevelopmentStorage=true</c> for Azurite).</summary>
    public static QueueClient FromConnectionString(string connectionString, string queueName, QueueMessageEncoding encoding) =>
        new(connectionString, queueName, CreateOptions(encoding));

    /// <summary>
    /// A client for a queue URL: a URL whose query carries a SAS signature (<c>sig=</c>) authenticates with it,
    /// any other URL with <paramref name="credential"/> (default: <see cref="DefaultAzureCredential"/>).
    /// </summary>
    public static QueueClient FromUri(Uri queueUri, QueueMessageEncoding encoding, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(queueUri);
        return HasSas(queueUri)
            ? new QueueClient(queueUri, CreateOptions(encoding))
            : new QueueClient(queueUri, credential ?? new DefaultAzureCredential(), CreateOptions(encoding));
    }

    /// <summary>True when the URL's query carries a shared access signature.</summary>
    public static bool HasSas(Uri queueUri)
    {
        ArgumentNullException.ThrowIfNull(queueUri);
        return queueUri.Query.TrimStart('?').Split('&').Any(p => p.StartsWith("sig=", StringComparison.OrdinalIgnoreCase));
    }
}
