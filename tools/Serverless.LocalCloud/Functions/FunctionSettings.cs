using Serverless.LocalCloud.Topology;
using Serverless.Routing;
using Serverless.Routing.Configuration;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// The settings (docs/settings.md) each function gets locally, the same names the Pulumi program sets in the clouds:
/// the routing table inline, the other clouds' inbound queues on the emulators, and the function's own dead-letter
/// target.
/// </summary>
public static class FunctionSettings
{
    /// <summary>The access key id and secret given to the SQS emulator (it accepts any).</summary>
    public const string LocalAwsKey = "local";

    /// <summary>The environment of <paramref name="cloud"/>'s function.</summary>
    public static Dictionary<string, string> For(
        Cloud cloud,
        LocalTopology topology,
        LocalEndpoints endpoints,
        LocalQueues queues,
        string routesJson,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(queues);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EVROUTE_ROUTES_JSON"] = routesJson,
            ["EVROUTE_AWS_QUEUE_URL"] = queues.AwsInbound.ToString(),
            ["EVROUTE_AWS_SERVICE_URL"] = endpoints.SqsServiceUrl.ToString(),
            ["EVROUTE_AWS_REGION"] = endpoints.AwsRegion,
            ["AWS_REGION"] = endpoints.AwsRegion,
            ["EVROUTE_AZURE_CONNECTION_STRING"] = endpoints.AzureConnectionString,
            ["EVROUTE_AZURE_QUEUE_NAME"] = topology.AzureInbound,
            ["EVROUTE_GCP_TOPIC"] = topology.GcpTopic,
            ["PUBSUB_EMULATOR_HOST"] = endpoints.PubSubEmulatorHost,
        };
        switch (cloud)
        {
            case Cloud.Azure:
                settings["EVROUTE_STORAGE"] = endpoints.AzureConnectionString;
                settings["EVROUTE_INBOUND_QUEUE"] = topology.AzureInbound;
                settings["EVROUTE_DEADLETTER_QUEUE"] = topology.AzurePoison;
                break;
            case Cloud.Aws:
                settings["EVROUTE_DEADLETTER_QUEUE_URL"] = queues.AwsDeadLetter.ToString();
                settings["AWS_ACCESS_KEY_ID"] = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? LocalAwsKey;
                settings["AWS_SECRET_ACCESS_KEY"] = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? LocalAwsKey;
                break;
            default:
                settings["EVROUTE_DEADLETTER_TOPIC"] = topology.GcpDeadLetterTopic;
                settings["PORT"] = endpoints.GcpFunctionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return settings;
    }

    /// <summary>A reader over <paramref name="settings"/> only (in-process functions never read the real environment for these).</summary>
    public static SettingsReader Reader(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SettingsReader(name => settings.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>
    /// The AWS SDK reads credentials from the process environment, not from settings: in-process functions and
    /// senders talking to the SQS emulator need some, so placeholders are set when none are.
    /// </summary>
    public static void EnsureLocalAwsCredentials()
    {
        if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null && Environment.GetEnvironmentVariable("AWS_PROFILE") is null)
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", LocalAwsKey);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", LocalAwsKey);
        }
    }
}
