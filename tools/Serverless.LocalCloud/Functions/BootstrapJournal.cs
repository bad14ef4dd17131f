using System.Collections.Concurrent;
using Serverless.Functions.Aws;
using Serverless.LocalCloud.Journal;
using Serverless.Routing;
using Serverless.Routing.Events;
using Serverless.Routing.Hosting;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// What the journal learns from the <c>bootstrap</c> process: the events of each batch as they arrive (decoded the
/// way the function decodes them, for their hop extensions) and the function's OutcomeLog lines on standard output.
/// </summary>
internal sealed class BootstrapJournal
{
    private readonly JourneyJournal journal;
    private readonly Action<string> log;
    private readonly RouterHost decoder;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CloudEvent>> received = new(StringComparer.Ordinal);
    private long invokedAtTicks;

    public BootstrapJournal(IReadOnlyDictionary<string, string> settings, JourneyJournal journal, Action<string> log)
    {
        this.journal = journal;
        this.log = log;
        decoder = RouterHost.Create(Cloud.Aws, FunctionSettings.Reader(settings), AppContext.BaseDirectory);
    }

    /// <summary>When the current invocation was handed to the runtime.</summary>
    public DateTimeOffset InvokedAt
    {
        get => new(Interlocked.Read(ref invokedAtTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref invokedAtTicks, value.UtcTicks);
    }

    /// <summary>Records the arrivals of an invocation payload.</summary>
    public void Remember(byte[] payload)
    {
        var at = DateTimeOffset.UtcNow;
        foreach (var record in SqsEventReader.Read(payload))
        {
            var message = SqsEventReader.ToIncoming(record);
            var events = ObservedRouter.Decode(decoder.Ingestor, message);
            received[message.MessageId] = events;
            journal.Add(new Arrival(Cloud.Aws.ToName(), message.MessageId, message.DeliveryCount, events, at));
        }
    }

    /// <summary>One line of the process's standard output: an outcome line becomes an entry, anything else goes to the log.</summary>
    public void OnOutput(string line)
    {
        // Lines reach this process later than they were written; the invocation's start plus the router's own time
        // says better when the message was done (and keeps hops in order).
        var now = DateTimeOffset.UtcNow;
        var entry = JourneyEntries.FromLogLine(line, id => received.TryGetValue(id, out var events) ? events : null, now);
        if (entry is null)
        {
            log($"aws: {line}");
            return;
        }

        var done = InvokedAt.AddMilliseconds(entry.DurationMs);
        journal.Add(entry with { At = done < now ? done : now });
    }
}
