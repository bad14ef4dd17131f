using Evroute.Dlq;
using Serverless.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>An in-memory dead-letter store that enforces leases like the real ones: leased messages are hidden until settled.</summary>
internal sealed class FakeStore(Cloud cloud, params DeadLetterMessage[] letters) : IDeadLetterStore
{
    private readonly List<DeadLetterMessage> visible = [.. letters];
    private readonly Dictionary<string, DeadLetterMessage> leased = [];

    public Cloud Cloud => cloud;

    public string Name => $"{cloud.ToName()}-dlq";

    public IReadOnlyList<DeadLetterMessage> Remaining => [.. visible, .. leased.Values];

    public int Deletes { get; private set; }

    public bool Unreachable { get; set; }

    public Task<IReadOnlyList<DeadLetterMessage>> ListAsync(CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<DeadLetterMessage>>([.. visible]);
    }

    public Task<IReadOnlyList<DeadLetterMessage>> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        var taken = visible.Select(m => m with { Receipt = Guid.NewGuid().ToString("N") }).ToList();
        visible.Clear();
        foreach (var message in taken)
        {
            leased[message.Receipt!] = message;
        }

        return Task.FromResult<IReadOnlyList<DeadLetterMessage>>(taken);
    }

    public Task DeleteAsync(DeadLetterMessage message, CancellationToken cancellationToken)
    {
        Assert.True(leased.Remove(message.Receipt!), "deleted a message that was not leased");
        Deletes++;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(IReadOnlyList<DeadLetterMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            if (leased.Remove(message.Receipt!, out var original))
            {
                visible.Add(original with { Receipt = null });
            }
        }

        return Task.CompletedTask;
    }

    private void ThrowIfUnreachable()
    {
        if (Unreachable)
        {
            throw new DlqStoreException($"{cloud.ToName()}: cannot reach the store (fake)");
        }
    }
}
