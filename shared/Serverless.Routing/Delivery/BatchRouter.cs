using System.Diagnostics;
using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Delivery;

/// <summary>
/// Routes a batch of incoming messages: ingest, decide, group by destination, send concurrently (bounded), and
/// return a verdict per message. Delivery is at least once: a message whose fan-out failed transiently anywhere
/// is retried whole, so destinations that already accepted it may see it twice.
/// </summary>
public sealed class BatchRouter
{
    /// <summary>Events handed to one sink call; sinks split further to their service's batch limits.</summary>
    private const int SendChunkSize = 500;

    private readonly EventRouter router;
    private readonly IMessageIngestor ingestor;
    private readonly Dictionary<Cloud, IEventSink> sinks;
    private readonly BatchRouterOptions options;
    private readonly TimeProvider time;

    /// <summary>Creates a router; throws when a route that applies here names a destination without a sink.</summary>
    public BatchRouter(EventRouter router, IMessageIngestor ingestor, IEnumerable<IEventSink> sinks, BatchRouterOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(sinks);
        this.router = router;
        this.ingestor = ingestor;
        this.options = options ?? new BatchRouterOptions();
        time = timeProvider ?? TimeProvider.System;
        this.sinks = [];
        foreach (var sink in sinks)
        {
            if (!this.sinks.TryAdd(sink.Destination, sink))
            {
                throw new ArgumentException($"two sinks for destination {sink.Destination.ToName()}", nameof(sinks));
            }
        }

        CheckDestinations();
    }

    /// <summary>Routes <paramref name="messages"/>; the result has one outcome per message, in order.</summary>
    public async Task<IReadOnlyList<MessageOutcome>> RouteAsync(IReadOnlyList<IncomingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var started = time.GetTimestamp();
        var work = new MessageWork[messages.Count];
        var outbox = new Dictionary<Cloud, List<Delivery>>();
        for (var i = 0; i < messages.Count; i++)
        {
            work[i] = Plan(messages[i], outbox);
        }

        await SendAllAsync(outbox, started, cancellationToken).ConfigureAwait(false);

        var outcomes = new MessageOutcome[messages.Count];
        for (var i = 0; i < work.Length; i++)
        {
            outcomes[i] = work[i].ToOutcome(time.GetElapsedTime(started, work[i].FinishedAt ?? started));
        }

        Notify(outcomes);
        return outcomes;
    }

    private MessageWork Plan(IncomingMessage message, Dictionary<Cloud, List<Delivery>> outbox)
    {
        var work = new MessageWork(message);
        IngestResult ingested;
        try
        {
            ingested = ingestor.Ingest(message);
        }
#pragma warning disable CA1031 // an ingestor bug must dead-letter one message, not fail the whole batch
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ingested = IngestResult.Invalid($"ingestion failed: {ex.Message}");
        }

        work.Ingested = ingested;
        work.MarkFinished(time.GetTimestamp());
        if (ingested.Status != IngestStatus.Events)
        {
            return work;
        }

        foreach (var cloudEvent in ingested.Events)
        {
            var decision = router.Decide(cloudEvent);
            var eventWork = new EventWork(cloudEvent, decision);
            work.Events.Add(eventWork);
            if (decision.Outcome != RoutingOutcome.Forward)
            {
                continue;
            }

            var forwarded = router.PrepareForForward(cloudEvent);
            foreach (var destination in decision.Destinations)
            {
                if (!outbox.TryGetValue(destination, out var list))
                {
                    outbox[destination] = list = [];
                }

                list.Add(new Delivery(work, eventWork, forwarded));
            }
        }

        return work;
    }

    private async Task SendAllAsync(Dictionary<Cloud, List<Delivery>> outbox, long started, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.MaxConcurrentSends);
        var sends = new List<Task>();
        foreach (var (destination, deliveries) in outbox)
        {
            for (var offset = 0; offset < deliveries.Count; offset += SendChunkSize)
            {
                var chunk = deliveries.GetRange(offset, Math.Min(SendChunkSize, deliveries.Count - offset));
                sends.Add(SendChunkAsync(destination, chunk, gate, cancellationToken));
            }
        }

        await Task.WhenAll(sends).ConfigureAwait(false);
    }

    private async Task SendChunkAsync(Cloud destination, List<Delivery> chunk, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        IReadOnlyList<SendResult> results;
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var events = chunk.ConvertAll(d => d.Event);
                results = await sinks[destination].SendAsync(events, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }

            if (results.Count != chunk.Count)
            {
                results = Fill(chunk.Count, SendResult.Transient($"{destination.ToName()} sink returned {results.Count} results for {chunk.Count} events"));
            }
        }
        catch (OperationCanceledException)
        {
            results = Fill(chunk.Count, SendResult.Transient($"send to {destination.ToName()} cancelled (deadline or shutdown)"));
        }
#pragma warning disable CA1031 // a throwing sink means every event of the call may be undelivered: retry them all
        catch (Exception ex)
#pragma warning restore CA1031
        {
            results = Fill(chunk.Count, SendResult.Transient($"send to {destination.ToName()} failed: {ex.Message}"));
        }

        var finished = time.GetTimestamp();
        for (var i = 0; i < chunk.Count; i++)
        {
            chunk[i].EventWork.Record(destination, results[i]);
            chunk[i].Message.MarkFinished(finished);
        }
    }

    private void Notify(MessageOutcome[] outcomes)
    {
        if (options.OnOutcome is not { } observer)
        {
            return;
        }

        foreach (var outcome in outcomes)
        {
            try
            {
                observer(outcome);
            }
#pragma warning disable CA1031 // watching must never change what happens to a message
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private static SendResult[] Fill(int count, SendResult result)
    {
        var results = new SendResult[count];
        Array.Fill(results, result);
        return results;
    }

    private void CheckDestinations()
    {
        foreach (var route in router.Table.Routes)
        {
            if (route.From is not null && !route.From.Contains(router.CurrentCloud))
            {
                continue;
            }

            foreach (var destination in route.To)
            {
                if (destination != router.CurrentCloud && !sinks.ContainsKey(destination))
                {
                    throw new ArgumentException(
                        $"route '{route.Name}' sends to {destination.ToName()}, but no {destination.ToName()} destination is configured here ({router.CurrentCloud.ToName()}); see docs/settings.md");
                }
            }
        }
    }

    /// <summary>One event's copy bound for one destination.</summary>
    private sealed record Delivery(MessageWork Message, EventWork EventWork, CloudEvent Event);

    /// <summary>Per-message bookkeeping; <see cref="MarkFinished"/> is called from concurrent sends.</summary>
    private sealed class MessageWork(IncomingMessage message)
    {
        private long finishedAt;

        public IncomingMessage Message { get; } = message;

        public IngestResult? Ingested { get; set; }

        public List<EventWork> Events { get; } = [];

        public long? FinishedAt => Interlocked.Read(ref finishedAt) is var t && t == 0 ? null : t;

        public void MarkFinished(long timestamp)
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref finishedAt);
            }
            while (timestamp > seen && Interlocked.CompareExchange(ref finishedAt, timestamp, seen) != seen);
        }

        public MessageOutcome ToOutcome(TimeSpan duration) => OutcomeBuilder.Build(Message, Ingested!, Events, duration);
    }
}
