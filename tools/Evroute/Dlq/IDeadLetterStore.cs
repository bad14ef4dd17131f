using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>
/// One cloud's dead-letter store (SQS dead-letter queue, Azure poison queue, Pub/Sub dead-letter subscription).
/// Implementations throw <see cref="DlqStoreException"/> when the store cannot be reached or read.
/// </summary>
internal interface IDeadLetterStore
{
    /// <summary>The cloud.</summary>
    Cloud Cloud { get; }

    /// <summary>The queue or subscription name, for messages.</summary>
    string Name { get; }

    /// <summary>Every message, without consuming any: each is back in the store (visible) when this returns.</summary>
    Task<IReadOnlyList<DeadLetterMessage>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Receives every message for a move: each is hidden from other readers for <paramref name="lease"/> (or until
    /// settled), and carries a <see cref="DeadLetterMessage.Receipt"/>. An unsettled lease lapses, so nothing is lost.
    /// </summary>
    Task<IReadOnlyList<DeadLetterMessage>> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes a leased message from the store for good.</summary>
    Task DeleteAsync(DeadLetterMessage message, CancellationToken cancellationToken);

    /// <summary>Makes leased messages visible again at once.</summary>
    Task ReleaseAsync(IReadOnlyList<DeadLetterMessage> messages, CancellationToken cancellationToken);
}
