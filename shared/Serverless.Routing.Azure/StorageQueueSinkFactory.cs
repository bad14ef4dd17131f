using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Azure;

/// <summary>Builds the Storage Queue destination sink from settings (see docs/settings.md).</summary>
public static class StorageQueueSinkFactory
{
    /// <summary>The sink, or null when the destination is not configured.</summary>
    public static IEventSink? FromSettings(SettingsReader settings) => throw new NotImplementedException();
}
