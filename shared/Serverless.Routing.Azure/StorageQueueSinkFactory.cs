using Azure.Storage.Queues;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Azure;

/// <summary>Builds the Storage Queue destination sink from settings (<c>EVROUTE_AZURE_*</c>, see docs/settings.md).</summary>
public static class StorageQueueSinkFactory
{
    private const string UrlSetting = "EVROUTE_AZURE_QUEUE_URL";
    private const string ConnectionSetting = "EVROUTE_AZURE_CONNECTION_STRING";
    private const string NameSetting = "EVROUTE_AZURE_QUEUE_NAME";

    /// <summary>The sink for the Azure inbound queue, or null when neither its URL nor its connection string is set.</summary>
    /// <exception cref="SettingsException">A setting is missing, malformed or contradicts another.</exception>
    public static IEventSink? FromSettings(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var client = CreateClient(settings);
        return client is null
            ? null
            : new StorageQueueSink(client, new StorageQueueSinkOptions { MaxConcurrentSends = settings.PositiveInt("EVROUTE_MAX_CONCURRENT_SENDS", 8) });
    }

    private static QueueClient? CreateClient(SettingsReader settings)
    {
        var url = settings.OptionalUri(UrlSetting);
        var connection = settings.Optional(ConnectionSetting);
        if (url is not null && connection is not null)
        {
            throw new SettingsException(UrlSetting, $"set either it or {ConnectionSetting} + {NameSetting}, not both");
        }

        if (url is not null)
        {
            if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
            {
                throw new SettingsException(UrlSetting, "must be an https URL (plain http only for a loopback emulator)");
            }

            QueueNames.Validate(UrlSetting, url.Segments[^1].TrimEnd('/'));
            return StorageQueueClients.FromUri(url, QueueMessageEncoding.Base64);
        }

        if (connection is null)
        {
            return null;
        }

        var name = settings.Required(NameSetting);
        QueueNames.Validate(NameSetting, name);
        return QueueNames.Connect(ConnectionSetting, connection, name, QueueMessageEncoding.Base64);
    }
}
