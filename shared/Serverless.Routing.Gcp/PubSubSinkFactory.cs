using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Gcp;

/// <summary>Builds the Pub/Sub destination sink from settings (<c>EVROUTE_GCP_*</c>, <c>PUBSUB_EMULATOR_HOST</c>, see docs/settings.md).</summary>
public static class PubSubSinkFactory
{
    /// <summary>The sink for the Google inbound topic, or null when <c>EVROUTE_GCP_TOPIC</c> is not set.</summary>
    /// <exception cref="SettingsException">A setting is malformed; the message names it.</exception>
    public static IEventSink? FromSettings(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var topic = PubSubTopicName.FromSettings(settings, "EVROUTE_GCP_TOPIC");
        return topic is null ? null : new PubSubSink(PubSubPublisherFactory.FromSettings(settings), topic);
    }
}
