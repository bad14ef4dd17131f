using System.Globalization;
using System.Text.Json;
using Serverless.Functions.Aws.Model;
using Serverless.Functions.Aws.Runtime;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Configuration;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Hosting;

namespace Serverless.Functions.Aws;

/// <summary>
/// Handles one SQS batch: reads the event, routes its records, dead-letters permanent failures, logs one line per
/// message and answers the partial batch response. A FIFO batch is routed record by record and stops at the first
/// failure; a standard batch is routed in chunks. Near the deadline no new work starts.
/// </summary>
public sealed class SqsBatchHandler : IInvocationHandler
{
    /// <summary>Log reason of a record left unstarted because the deadline was near.</summary>
    public const string DeadlineReason = "deadline";

    /// <summary>Log reason of a FIFO record left unstarted because an earlier one failed.</summary>
    public const string FifoOrderReason = "fifo-order";

    private readonly RouterHost host;
    private readonly SqsHandlerOptions options;
    private readonly TextWriter log;
    private readonly TimeProvider time;
    private readonly DeadLetterSettler settler;

    /// <summary>Creates a handler; <paramref name="deadLetters"/> null reports permanent failures as batch item failures.</summary>
    public SqsBatchHandler(RouterHost host, IDeadLetterWriter? deadLetters, SqsHandlerOptions options, TextWriter log, TimeProvider? time = null)
    {
        this.host = host ?? throw new ArgumentNullException(nameof(host));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.log = log ?? throw new ArgumentNullException(nameof(log));
        this.time = time ?? TimeProvider.System;
        settler = new DeadLetterSettler(deadLetters, this.time);
    }

    /// <summary>Builds the handler from settings (docs/settings.md): router host, dead-letter queue, deadline margin.</summary>
    /// <exception cref="SettingsException">A setting or the routing table is bad.</exception>
    public static SqsBatchHandler FromSettings(SettingsReader settings, string baseDirectory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = RouterHost.Create(Cloud.Aws, settings, baseDirectory);
        var margin = settings.PositiveInt("EVROUTE_DEADLINE_MARGIN_MS", 3000);
        var options = new SqsHandlerOptions { DeadlineMargin = TimeSpan.FromMilliseconds(margin) };
        return new SqsBatchHandler(host, SqsDeadLetterWriter.FromSettings(settings), options, log);
    }

    /// <summary>Handles an SQS event; returns the partial batch response as UTF-8 JSON.</summary>
    /// <param name="payload">The invocation payload.</param>
    /// <param name="deadline">When the invocation times out; null (managed runtime) means no deadline logic.</param>
    /// <param name="cancellationToken">Stops the work; unfinished records are then reported as failures.</param>
    /// <exception cref="InvalidSqsEventException">The payload is not an SQS event.</exception>
    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> payload, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var records = SqsEventReader.Read(payload.Span);
        var messages = records.Select(SqsEventReader.ToIncoming).ToList();
        using var budget = new DeadlineBudget(deadline, options.DeadlineMargin, time, cancellationToken);
        var verdicts = SqsEventReader.IsFifo(records)
            ? await RouteFifoAsync(messages, budget.Token).ConfigureAwait(false)
            : await RouteStandardAsync(messages, budget.Token).ConfigureAwait(false);
        foreach (var verdict in verdicts)
        {
            await log.WriteLineAsync(OutcomeLog.ToJson(verdict.Outcome, Cloud.Aws, cloudLoggingSeverity: false)).ConfigureAwait(false);
        }

        var response = new BatchResponse
        {
            BatchItemFailures = [.. verdicts.Where(v => v.Failed).Select(v => new BatchItemFailure { ItemIdentifier = v.Outcome.Message.MessageId })],
        };
        return JsonSerializer.SerializeToUtf8Bytes(response, AwsJsonContext.Default.BatchResponse);
    }

    Task<byte[]> IInvocationHandler.HandleAsync(Invocation invocation, CancellationToken cancellationToken) =>
        HandleAsync(invocation.Payload, invocation.Deadline, cancellationToken);

    private async Task<List<Verdict>> RouteStandardAsync(List<IncomingMessage> messages, CancellationToken cancellationToken)
    {
        var verdicts = new List<Verdict>(messages.Count);
        for (var offset = 0; offset < messages.Count; offset += options.ChunkSize)
        {
            var chunk = messages.GetRange(offset, Math.Min(options.ChunkSize, messages.Count - offset));
            if (cancellationToken.IsCancellationRequested)
            {
                verdicts.AddRange(chunk.Select(m => NotStarted(m, DeadlineReason, DeadlineDetail())));
                continue;
            }

            var outcomes = await host.BatchRouter.RouteAsync(chunk, cancellationToken).ConfigureAwait(false);
            verdicts.AddRange(await settler.SettleAsync(outcomes, cancellationToken).ConfigureAwait(false));
        }

        return verdicts;
    }

    // FIFO: one record at a time, in order; after a failure nothing later starts, so a group never overtakes itself.
    private async Task<List<Verdict>> RouteFifoAsync(List<IncomingMessage> messages, CancellationToken cancellationToken)
    {
        var verdicts = new List<Verdict>(messages.Count);
        var blocked = false;
        foreach (var message in messages)
        {
            if (blocked || cancellationToken.IsCancellationRequested)
            {
                verdicts.Add(blocked
                    ? NotStarted(message, FifoOrderReason, "an earlier message of this FIFO batch failed; not started, to keep the order")
                    : NotStarted(message, DeadlineReason, DeadlineDetail()));
                blocked = true;
                continue;
            }

            var outcomes = await host.BatchRouter.RouteAsync([message], cancellationToken).ConfigureAwait(false);
            var verdict = (await settler.SettleAsync(outcomes, cancellationToken).ConfigureAwait(false))[0];
            verdicts.Add(verdict);
            blocked = verdict.Failed;
        }

        return verdicts;
    }

    private string DeadlineDetail() =>
        $"less than {options.DeadlineMargin.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms remained before the Lambda deadline; not started";

    private static Verdict NotStarted(IncomingMessage message, string reason, string detail) =>
        new(new MessageOutcome { Message = message, Status = MessageStatus.Retry, Reason = reason, Detail = detail }, Failed: true);
}
