using Azure.Storage.Queues;
using Serverless.Routing.Configuration;

namespace Serverless.Routing.Azure;

/// <summary>Setting checks shared by the sink and dead-letter factories.</summary>
internal static class QueueNames
{
    /// <summary>Queue names: 3 to 63 lower-case letters, digits and single hyphens, starting and ending alphanumeric.</summary>
    public static void Validate(string setting, string name)
    {
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new SettingsException(setting, $"'{name}' is not a valid queue name (3-63 lower-case letters, digits and single hyphens)");
        }
    }

    /// <summary>A client from a connection string; a malformed one is reported without echoing it (it holds a key).</summary>
    public static QueueClient Connect(string setting, string connectionString, string queueName, QueueMessageEncoding encoding)
    {
        try
        {
            return StorageQueueClients.FromConnectionString(connectionString, queueName, encoding);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new SettingsException(setting, $"is not a valid Storage connection string ({ex.GetType().Name})");
        }
    }
}
