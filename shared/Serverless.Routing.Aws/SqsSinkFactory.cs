using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Aws;

/// <summary>Builds the SQS destination sink from settings (see docs/settings.md).</summary>
public static class SqsSinkFactory
{
    /// <summary>The sink, or null when the destination is not configured.</summary>
    public static IEventSink? FromSettings(SettingsReader settings) => throw new NotImplementedException();
}
