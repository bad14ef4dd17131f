using Serverless.Routing;
using Serverless.Routing.DeadLetters;

namespace Evroute.Dlq.Gcp;

/// <summary>
/// The Pub/Sub dead-letter subscription. Reading pulls every message, holding the leases while the pass runs (so
/// the same messages do not come back within it), then nacks them all (<c>modifyAckDeadline</c> 0): they are
/// deliverable again at once. Google's own dead-letter attributes and the <c>evroute-*</c> fields are not resent.
/// </summary>
internal sealed class PubSubDeadLetterStore(PubSubSubscriberClient client, string subscription) : IDeadLetterStore
{
    private const int MaxMessages = 10_000;
    private const string GooglePrefix = "CloudPubSubDeadLetter";
    private static readonly TimeSpan ListLease = TimeSpan.FromSeconds(60);

    public Cloud Cloud => Cloud.Gcp;

    public string Name { get; } = subscription.Split('/')[^1];

    public async Task<IReadOnlyList<DeadLetterMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var leased = await LeaseAsync(ListLease, cancellationToken).ConfigureAwait(false);
        await ReleaseAsync(leased, cancellationToken).ConfigureAwait(false);
        return [.. leased.Select(m => m with { Receipt = null })];
    }

    public async Task<IReadOnlyList<DeadLetterMessage>> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var seconds = (int)Math.Clamp(Math.Ceiling(lease.TotalSeconds), 10, 600);
        var seen = new Dictionary<string, DeadLetterMessage>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        while (seen.Count < MaxMessages)
        {
            var pulled = await client.PullAsync(subscription, 100, cancellationToken).ConfigureAwait(false);
            if (pulled.Count == 0)
            {
                break;
            }

            // Hold them for the whole pass; the subscription's own deadline may be as short as 10 s.
            await client.ModifyAckDeadlineAsync(subscription, [.. pulled.Select(p => p.AckId)], seconds, cancellationToken).ConfigureAwait(false);
            foreach (var message in pulled)
            {
                if (!seen.TryAdd(message.MessageId, ToLetter(message)))
                {
                    duplicates.Add(message.AckId);
                }
            }
        }

        if (duplicates.Count > 0)
        {
            await client.ModifyAckDeadlineAsync(subscription, duplicates, 0, cancellationToken).ConfigureAwait(false);
        }

        return [.. seen.Values];
    }

    public Task DeleteAsync(DeadLetterMessage message, CancellationToken cancellationToken) =>
        client.AcknowledgeAsync(subscription, [message.Receipt!], cancellationToken);

    public async Task ReleaseAsync(IReadOnlyList<DeadLetterMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var chunk in messages.Where(m => m.Receipt is not null).Chunk(500))
        {
            await client.ModifyAckDeadlineAsync(subscription, [.. chunk.Select(m => m.Receipt!)], 0, cancellationToken).ConfigureAwait(false);
        }
    }

    private DeadLetterMessage ToLetter(PulledMessage message)
    {
        var all = message.Attributes;
        var original = all.Where(a => !LetterFields.IsLetterField(a.Key) && !a.Key.StartsWith(GooglePrefix, StringComparison.Ordinal))
            .ToDictionary(StringComparer.Ordinal);
        var inboundId = LetterFields.Get(all, DeadLetterFields.MessageId);
        return new DeadLetterMessage
        {
            Cloud = Cloud.Gcp,
            Store = Name,
            MessageId = message.MessageId,
            InboundMessageId = inboundId,
            Reason = LetterFields.Get(all, DeadLetterFields.Reason) ?? FailureReasons.MaxDeliveries,
            Detail = LetterFields.Get(all, DeadLetterFields.Detail),
            FailedAt = LetterFields.Time(all, DeadLetterFields.FailedAt) ?? message.PublishTime,
            Attempts = LetterFields.Int(all, DeadLetterFields.Attempts) ?? LetterFields.Int(all, GooglePrefix + "SourceDeliveryCount"),
            Body = message.Data,
            Attributes = original,
            Decoded = DeadLetterDecoder.Decode(Cloud.Gcp, inboundId ?? message.MessageId, message.Data, original, LetterFields.Get(all, DeadLetterFields.EventId)),
            Receipt = message.AckId,
        };
    }
}
