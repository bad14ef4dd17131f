using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Gcp;

/// <summary>Builds the Pub/Sub destination sink from settings (see docs/settings.md).</summary>
public static class PubSubSinkFactory
{
    /// <summary>The sink, or null when the destination is not configured.</summary>
    public static IEventSink? FromSettings(SettingsReader settings) => throw new NotImplementedException();
}
