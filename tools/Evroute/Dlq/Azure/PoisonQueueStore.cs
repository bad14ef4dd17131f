using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.DeadLetters;

namespace Evroute.Dlq.Azure;

/// <summary>
/// The Azure poison queue, read with <see cref="QueueMessageEncoding.None"/> so both formats come back as stored
/// (<see cref="PoisonMessageReader"/>). Listing peeks, which changes nothing but sees at most 32 messages; when a peek
/// returns 32 the listing pages instead by receiving with a 30 s visibility time-out and resetting each message to
/// visible at once (a crash in between hides them for at most 30 s; each such read adds one to the dequeue count).
/// </summary>
internal sealed class PoisonQueueStore(QueueClient plainTextQueue) : IDeadLetterStore
{
    private const int PeekLimit = 32;
    private const int MaxMessages = 10_000;
    private static readonly TimeSpan ListVisibility = TimeSpan.FromSeconds(30);

    public Cloud Cloud => Cloud.Azure;

    public string Name => plainTextQueue.Name;

    public async Task<IReadOnlyList<DeadLetterMessage>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ListOrThrowAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DlqStoreException ex) when (IsMissing(ex))
        {
            // The Functions host creates <queue>-poison on its first poison message: no queue, no dead letters.
            return [];
        }
    }

    public async Task<IReadOnlyList<DeadLetterMessage>> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            return await LeaseOrThrowAsync(lease, cancellationToken).ConfigureAwait(false);
        }
        catch (DlqStoreException ex) when (IsMissing(ex))
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<DeadLetterMessage>> ListOrThrowAsync(CancellationToken cancellationToken)
    {
        var peeked = await CallAsync(() => plainTextQueue.PeekMessagesAsync(PeekLimit, cancellationToken)).ConfigureAwait(false);
        if (peeked.Value.Length < PeekLimit)
        {
            return [.. peeked.Value.Select(p => ToLetter(p.MessageId, p.MessageText, p.InsertedOn, null))];
        }

        var leased = await LeaseOrThrowAsync(ListVisibility, cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(leased, cancellationToken).ConfigureAwait(false);
        return [.. leased.Select(m => m with { Receipt = null })];
    }

    private async Task<IReadOnlyList<DeadLetterMessage>> LeaseOrThrowAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, DeadLetterMessage>(StringComparer.Ordinal);
        while (seen.Count < MaxMessages)
        {
            var received = await CallAsync(() => plainTextQueue.ReceiveMessagesAsync(PeekLimit, lease, cancellationToken)).ConfigureAwait(false);
            if (received.Value.Length == 0)
            {
                break;
            }

            foreach (var message in received.Value)
            {
                seen[message.MessageId] = ToLetter(message.MessageId, message.MessageText, message.InsertedOn, message.PopReceipt);
            }
        }

        return [.. seen.Values];
    }

    public Task DeleteAsync(DeadLetterMessage message, CancellationToken cancellationToken) =>
        CallAsync(() => plainTextQueue.DeleteMessageAsync(message.MessageId, message.Receipt, cancellationToken));

    public async Task ReleaseAsync(IReadOnlyList<DeadLetterMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages.Where(m => m.Receipt is not null))
        {
            await CallAsync(() => plainTextQueue.UpdateMessageAsync(message.MessageId, message.Receipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private static bool IsMissing(DlqStoreException exception) => exception.InnerException is RequestFailedException { Status: 404 };

    private DeadLetterMessage ToLetter(string id, string storedText, DateTimeOffset? insertedOn, string? receipt)
    {
        var poison = PoisonMessageReader.Parse(storedText ?? string.Empty);
        var fields = poison.Fields;
        var reason = poison.Kind switch
        {
            PoisonMessageKind.Wrapped => poison.Reason ?? FailureReasons.MaxDeliveries,
            PoisonMessageKind.Base64Original => FailureReasons.MaxDeliveries,
            _ => "unrecognized",
        };
        var inboundId = poison.MessageId;
        return new DeadLetterMessage
        {
            Cloud = Cloud.Azure,
            Store = Name,
            MessageId = id,
            InboundMessageId = inboundId,
            Reason = reason,
            Detail = poison.Detail,
            FailedAt = LetterFields.Time(fields, DeadLetterFields.FailedAt) ?? insertedOn,
            Attempts = LetterFields.Int(fields, DeadLetterFields.Attempts),
            Body = poison.Original,
            Decoded = DeadLetterDecoder.Decode(Cloud.Azure, inboundId ?? id, poison.Original, new Dictionary<string, string>(), poison.EventId),
            Receipt = receipt,
        };
    }

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new DlqStoreException($"azure: queue {Name} does not exist ({ex.ErrorCode})", ex);
        }
        catch (Exception ex) when (StorageFailures.IsStoreFailure(ex))
        {
            throw new DlqStoreException($"azure: {Name}: {StorageFailures.Describe(ex)}", ex);
        }
    }
}
