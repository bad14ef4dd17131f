using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Serverless.Routing.Configuration;

namespace Serverless.Routing.Azure;

/// <summary>
/// Builds the Azure function's dead-letter writer from the trigger's own settings: <c>EVROUTE_STORAGE</c> (a
/// connection string) or <c>EVROUTE_STORAGE__queueServiceUri</c> (an identity, optionally
/// <c>EVROUTE_STORAGE__clientId</c> for a user-assigned one), and the queue <c>EVROUTE_DEADLETTER_QUEUE</c>,
/// default <c>&lt;EVROUTE_INBOUND_QUEUE&gt;-poison</c>: the queue the host poisons to.
/// </summary>
public static class StorageQueueDeadLetterFactory
{
    /// <summary>The inbound queue name when <c>EVROUTE_INBOUND_QUEUE</c> is not set.</summary>
    public const string DefaultInboundQueue = "evroute-inbound";

    /// <summary>The dead-letter queue's name from settings.</summary>
    public static string DeadLetterQueueName(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var inbound = settings.Optional("EVROUTE_INBOUND_QUEUE") ?? DefaultInboundQueue;
        QueueNames.Validate("EVROUTE_INBOUND_QUEUE", inbound);
        var name = settings.Optional("EVROUTE_DEADLETTER_QUEUE") ?? inbound + "-poison";
        QueueNames.Validate("EVROUTE_DEADLETTER_QUEUE", name);
        if (name == inbound)
        {
            // Dead letters written to the trigger's own queue would be read again and dead-lettered again, forever.
            throw new SettingsException("EVROUTE_DEADLETTER_QUEUE", $"'{name}' is the inbound queue itself");
        }
        return name;
    }

    /// <summary>The writer; throws <see cref="SettingsException"/> naming a missing or bad setting.</summary>
    public static StorageQueueDeadLetterWriter FromSettings(SettingsReader settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = DeadLetterQueueName(settings);
        var connection = settings.Optional("EVROUTE_STORAGE");
        if (connection is not null)
        {
            return new StorageQueueDeadLetterWriter(
                QueueNames.Connect("EVROUTE_STORAGE", connection, name, QueueMessageEncoding.None),
                QueueNames.Connect("EVROUTE_STORAGE", connection, name, QueueMessageEncoding.Base64),
                logger);
        }

        var service = settings.OptionalUri("EVROUTE_STORAGE__queueServiceUri")
            ?? throw new SettingsException("EVROUTE_STORAGE", "is required (a connection string, or EVROUTE_STORAGE__queueServiceUri for an identity)");
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.Optional("EVROUTE_STORAGE__clientId") });
        var queueUri = new Uri(service.AbsoluteUri.TrimEnd('/') + "/" + name);
        return new StorageQueueDeadLetterWriter(
            StorageQueueClients.FromUri(queueUri, QueueMessageEncoding.None, credential),
            StorageQueueClients.FromUri(queueUri, QueueMessageEncoding.Base64, credential),
            logger);
    }
}
