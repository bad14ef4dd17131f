using System.Text.RegularExpressions;
using Serverless.Routing.Configuration;

namespace Serverless.Routing.Aws;

/// <summary>Binds a queue URL setting plus the shared AWS settings into <see cref="SqsSinkOptions"/>, validating each.</summary>
internal static partial class SqsSettings
{
    // Emulators accept any region; a real endpoint needs the right one, so only an override may default it.
    private const string EmulatorRegion = "us-east-1";

    public static SqsSinkOptions? Bind(SettingsReader settings, string urlSetting, params string[] regionSettings)
    {
        var url = settings.Optional(urlSetting);
        if (url is null)
        {
            return null;
        }

        var queueUrl = ParseQueueUrl(urlSetting, url);
        var serviceUrl = settings.OptionalUri("EVROUTE_AWS_SERVICE_URL");
        if (serviceUrl is not null && serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new SettingsException("EVROUTE_AWS_SERVICE_URL", $"'{serviceUrl}' is not an http or https URL");
        }

        return new SqsSinkOptions
        {
            QueueUrl = queueUrl,
            Region = ResolveRegion(settings, queueUrl, serviceUrl, regionSettings),
            ServiceUrl = serviceUrl,
            FifoGroupAttribute = FifoGroupAttribute(settings),
        };
    }

    private static Uri ParseQueueUrl(string setting, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new SettingsException(setting, $"'{text}' is not an http or https URL");
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        return segments.Length == 2 && segments[0].Length > 0 && QueueName().IsMatch(segments[1])
            ? uri
            : throw new SettingsException(setting, $"'{text}' is not a queue URL (expected https://sqs.REGION.amazonaws.com/ACCOUNT/QUEUE)");
    }

    private static string ResolveRegion(SettingsReader settings, Uri queueUrl, Uri? serviceUrl, string[] regionSettings)
    {
        foreach (var name in regionSettings)
        {
            if (name == "url")
            {
                if (SqsRegion.FromQueueUrl(queueUrl) is { } fromUrl)
                {
                    return fromUrl;
                }

                continue;
            }

            if (settings.Optional(name) is { } region)
            {
                return SqsRegion.IsValid(region) ? region : throw new SettingsException(name, $"'{region}' is not an AWS region name");
            }
        }

        return serviceUrl is not null
            ? EmulatorRegion
            : throw new SettingsException(regionSettings[0], $"is not set and the queue URL '{queueUrl}' names no region");
    }

    private static string FifoGroupAttribute(SettingsReader settings)
    {
        var name = settings.Optional("EVROUTE_AWS_FIFO_GROUP_ATTRIBUTE") ?? "source";
        return AttributeName().IsMatch(name)
            ? name
            : throw new SettingsException("EVROUTE_AWS_FIFO_GROUP_ATTRIBUTE", $"'{name}' is not a CloudEvent attribute name (lower-case letters and digits)");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}(\\.fifo)?$", RegexOptions.CultureInvariant)]
    private static partial Regex QueueName();

    [GeneratedRegex("^[a-z0-9]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
