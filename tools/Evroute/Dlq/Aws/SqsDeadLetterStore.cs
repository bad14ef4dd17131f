using System.Globalization;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;

namespace Evroute.Dlq.Aws;

/// <summary>
/// The SQS dead-letter queue. Reading receives every message with a short visibility time-out and then returns
/// each to visibility at once (<c>ChangeMessageVisibilityBatch</c> 0), so a listing hides nothing for long; a
/// crash in between hides messages for at most the time-out. Each read adds one to <c>ApproximateReceiveCount</c>.
/// </summary>
internal sealed class SqsDeadLetterStore(IAmazonSQS client, SqsQueueAddress queue) : IDeadLetterStore
{
    private const int MaxMessages = 10_000;
    private static readonly TimeSpan ListVisibility = TimeSpan.FromSeconds(30);

    public Cloud Cloud => Cloud.Aws;

    public string Name => queue.Name;

    public async Task<IReadOnlyList<DeadLetterMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var leased = await LeaseAsync(ListVisibility, cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(leased, cancellationToken).ConfigureAwait(false);
        return [.. leased.Select(m => m with { Receipt = null })];
    }

    public async Task<IReadOnlyList<DeadLetterMessage>> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, DeadLetterMessage>(StringComparer.Ordinal);
        while (seen.Count < MaxMessages)
        {
            var queueUrl = await CallAsync(() => queue.UrlAsync(cancellationToken)).ConfigureAwait(false);
            var request = new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                VisibilityTimeout = (int)Math.Ceiling(lease.TotalSeconds),

                // A short long-poll asks every server, so an empty answer means the queue is empty (short polls sample).
                WaitTimeSeconds = 1,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            };
            var response = await CallAsync(() => client.ReceiveMessageAsync(request, cancellationToken)).ConfigureAwait(false);
            if (response.Messages is not { Count: > 0 } messages)
            {
                break;
            }

            foreach (var message in messages)
            {
                seen.TryAdd(message.MessageId, ToLetter(message));
            }
        }

        return [.. seen.Values];
    }

    public Task DeleteAsync(DeadLetterMessage message, CancellationToken cancellationToken) =>
        CallAsync(async () => await client.DeleteMessageAsync(await queue.UrlAsync(cancellationToken).ConfigureAwait(false), message.Receipt, cancellationToken).ConfigureAwait(false));

    public async Task ReleaseAsync(IReadOnlyList<DeadLetterMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var chunk in messages.Where(m => m.Receipt is not null).Chunk(10))
        {
            var queueUrl = await CallAsync(() => queue.UrlAsync(cancellationToken)).ConfigureAwait(false);
            var request = new ChangeMessageVisibilityBatchRequest
            {
                QueueUrl = queueUrl,
                Entries = [.. chunk.Select((m, i) => new ChangeMessageVisibilityBatchRequestEntry
                {
                    Id = i.ToString(CultureInfo.InvariantCulture),
                    ReceiptHandle = m.Receipt,
                    VisibilityTimeout = 0,
                })],
            };
            await CallAsync(() => client.ChangeMessageVisibilityBatchAsync(request, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>The writer keeps a dead letter's original attributes in one JSON attribute (SQS allows 10).</summary>
    private static void RestoreOriginalAttributes(Dictionary<string, string> all, Dictionary<string, string> original)
    {
        if (LetterFields.Get(all, DeadLetterFields.OriginalAttributes) is not { } json)
        {
            return;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    original.TryAdd(property.Name, property.Value.GetString()!);
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not ours after all: the attribute stays out, the message is still listed and redriven as it is.
        }
    }

    private DeadLetterMessage ToLetter(Message message)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in message.MessageAttributes ?? [])
        {
            if (value.StringValue is { } text)
            {
                all[name] = text;
            }
        }

        var system = message.Attributes ?? [];
        var original = all.Where(a => !LetterFields.IsLetterField(a.Key)).ToDictionary(StringComparer.Ordinal);
        RestoreOriginalAttributes(all, original);
        var inboundId = LetterFields.Get(all, DeadLetterFields.MessageId);
        var body = System.Text.Encoding.UTF8.GetBytes(message.Body ?? string.Empty);
        return new DeadLetterMessage
        {
            Cloud = Cloud.Aws,
            Store = Name,
            MessageId = message.MessageId,
            InboundMessageId = inboundId,
            Reason = LetterFields.Get(all, DeadLetterFields.Reason) ?? FailureReasons.MaxDeliveries,
            Detail = LetterFields.Get(all, DeadLetterFields.Detail),
            FailedAt = LetterFields.Time(all, DeadLetterFields.FailedAt) ?? SentAt(system),
            Attempts = LetterFields.Int(all, DeadLetterFields.Attempts) ?? LetterFields.Int(system, "ApproximateReceiveCount"),
            Body = body,
            Attributes = original,
            Decoded = DeadLetterDecoder.Decode(Cloud.Aws, inboundId ?? message.MessageId, body, original, LetterFields.Get(all, DeadLetterFields.EventId)),
            Receipt = message.ReceiptHandle,
        };
    }

    private static DateTimeOffset? SentAt(Dictionary<string, string> system) =>
        system.TryGetValue("SentTimestamp", out var ms) && long.TryParse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
            : null;

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (QueueDoesNotExistException ex)
        {
            throw new DlqStoreException($"aws: queue {Name} does not exist ({SqsFailures.OneLine(ex.Message)})", ex);
        }
        catch (Exception ex) when (SqsFailures.IsStoreFailure(ex))
        {
            throw new DlqStoreException($"aws: {Name}: {SqsFailures.Describe(ex)}", ex);
        }
    }
}
