using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Aws;

/// <summary>Builds the SQS destination sink from settings (<c>EVROUTE_AWS_*</c>, see docs/settings.md).</summary>
public static class SqsSinkFactory
{
    /// <summary>The sink for the AWS inbound queue, or null when <c>EVROUTE_AWS_QUEUE_URL</c> is not set.</summary>
    /// <exception cref="SettingsException">A setting is malformed; the message names it.</exception>
    public static IEventSink? FromSettings(SettingsReader settings) =>
        OptionsFromSettings(settings) is { } options ? new SqsSink(options) : null;

    /// <summary>
    /// The bound options, or null when <c>EVROUTE_AWS_QUEUE_URL</c> is not set. The region is
    /// <c>EVROUTE_AWS_REGION</c>, else <c>AWS_REGION</c>, else the queue URL's; with only an endpoint override
    /// (<c>EVROUTE_AWS_SERVICE_URL</c>, an emulator) it defaults to <c>us-east-1</c>.
    /// </summary>
    public static SqsSinkOptions? OptionsFromSettings(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SqsSettings.Bind(settings, "EVROUTE_AWS_QUEUE_URL", "EVROUTE_AWS_REGION", "AWS_REGION", "url");
    }
}
