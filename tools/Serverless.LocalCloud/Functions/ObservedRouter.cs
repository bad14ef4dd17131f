using Serverless.LocalCloud.Journal;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Hosting;
using Serverless.Routing.Ingestion;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// The router host an in-process function runs with: built from settings exactly as in the cloud, plus the core's
/// outcome observer, which writes every outcome to the journal together with the events as they arrived.
/// </summary>
public static class ObservedRouter
{
    /// <summary>Builds the host for <paramref name="cloud"/>; throws <see cref="SettingsException"/> for bad settings.</summary>
    public static RouterHost Create(Cloud cloud, SettingsReader settings, JourneyJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        RouterHost? host = null;
        host = RouterHost.Create(cloud, settings, AppContext.BaseDirectory, observer: (_, outcome) =>
        {
            var received = host is null ? [] : Decode(host.Ingestor, outcome.Message);
            var at = DateTimeOffset.UtcNow;
            journal.Add(new Arrival(cloud.ToName(), outcome.Message.MessageId, outcome.Message.DeliveryCount, received, at));
            journal.Add(JourneyEntries.FromOutcome(cloud, outcome, received, at));
        });
        return host;
    }

    /// <summary>The events <paramref name="message"/> carries, decoded as the function decodes it (none when it does not decode).</summary>
    public static IReadOnlyList<CloudEvent> Decode(IMessageIngestor ingestor, IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        try
        {
            var result = ingestor.Ingest(message);
            return result.Status == IngestStatus.Events ? result.Events : [];
        }
#pragma warning disable CA1031 // watching must not fail the function
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }
}
