using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>
/// The command layer: list, redrive and purge over <see cref="IDlqBackends"/>. A dead letter leaves its store only
/// after its re-send succeeded; anything leased and not settled is released, and an unreleased lease lapses, so a
/// failure part-way loses nothing (at worst a message is sent twice).
/// </summary>
internal sealed class DlqOperations(IDlqBackends backends, TimeSpan? lease = null)
{
    private readonly TimeSpan leaseTime = lease ?? TimeSpan.FromMinutes(5);

    public IDlqBackends Backends => backends;

    public async Task<ListResult> ListAsync(IReadOnlyList<Cloud> clouds, DeadLetterSelection selection, CancellationToken cancellationToken)
    {
        var letters = new List<DeadLetterMessage>();
        var errors = new List<(Cloud, string, string)>();
        var empty = new List<(Cloud, string)>();
        foreach (var cloud in clouds)
        {
            var store = backends.Store(cloud);
            try
            {
                var found = await store.ListAsync(cancellationToken).ConfigureAwait(false);
                if (found.Count == 0)
                {
                    empty.Add((cloud, store.Name));
                }

                letters.AddRange(found.Where(selection.Matches));
            }
            catch (DlqStoreException ex)
            {
                errors.Add((cloud, store.Name, ex.Message));
            }
        }

        return new ListResult(letters, errors, empty);
    }

    public async Task<MoveReport> RedriveAsync(
        Cloud cloud, DeadLetterSelection selection, Cloud? to, bool dryRun, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var store = backends.Store(cloud);
        var destination = backends.Inbound(to ?? cloud);
        if (dryRun)
        {
            var listed = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = listed.Where(selection.Matches).Select(letter =>
                RedrivePlanner.Plan(letter, destination.Cloud, out var skip) is null
                    ? new MoveOutcome(letter, MoveStatus.Skipped, skip)
                    : new MoveOutcome(letter, MoveStatus.WouldMove, $"to {destination.Cloud.ToName()} ({destination.Name})")).ToList();
            return new MoveReport(cloud, store.Name, outcomes);
        }

        return await MoveAsync(store, selection, progress, (letter, token) => RedriveSender.SendAsync(letter, destination, token), cancellationToken).ConfigureAwait(false);
    }

    public async Task<MoveReport> PurgeAsync(Cloud cloud, DeadLetterSelection selection, CancellationToken cancellationToken)
    {
        var store = backends.Store(cloud);
        return await MoveAsync(store, selection, null, (letter, _) => Task.FromResult(new MoveOutcome(letter, MoveStatus.Purged)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists without changing anything, for the purge confirmation.</summary>
    public async Task<IReadOnlyList<DeadLetterMessage>> PreviewAsync(Cloud cloud, DeadLetterSelection selection, CancellationToken cancellationToken)
    {
        var listed = await backends.Store(cloud).ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. listed.Where(selection.Matches)];
    }

    private async Task<MoveReport> MoveAsync(
        IDeadLetterStore store,
        DeadLetterSelection selection,
        Action<int, int>? progress,
        Func<DeadLetterMessage, CancellationToken, Task<MoveOutcome>> act,
        CancellationToken cancellationToken)
    {
        var leased = await store.LeaseAsync(leaseTime, cancellationToken).ConfigureAwait(false);
        var chosen = leased.Where(selection.Matches).ToList();
        var chosenSet = new HashSet<DeadLetterMessage>(chosen, ReferenceEqualityComparer.Instance);
        var unsettled = new HashSet<DeadLetterMessage>(leased, ReferenceEqualityComparer.Instance);
        var outcomes = new List<MoveOutcome>();
        try
        {
            await ReleaseAsync(store, [.. leased.Where(l => !chosenSet.Contains(l))], unsettled).ConfigureAwait(false);
            for (var i = 0; i < chosen.Count; i++)
            {
                var letter = chosen[i];
                var outcome = await act(letter, cancellationToken).ConfigureAwait(false);
                if (outcome.Status is MoveStatus.Moved or MoveStatus.Purged)
                {
                    outcome = await DeleteAsync(store, outcome, cancellationToken).ConfigureAwait(false);
                    unsettled.Remove(letter);
                }

                outcomes.Add(outcome);
                progress?.Invoke(i + 1, chosen.Count);
            }
        }
        finally
        {
            await ReleaseAsync(store, [.. unsettled], unsettled).ConfigureAwait(false);
        }

        return new MoveReport(store.Cloud, store.Name, outcomes);
    }

    private static async Task<MoveOutcome> DeleteAsync(IDeadLetterStore store, MoveOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(outcome.Letter, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (DlqStoreException ex)
        {
            var sent = outcome.Status == MoveStatus.Moved ? "re-sent, but " : string.Empty;
            return outcome with { Status = MoveStatus.Failed, Detail = $"{sent}not removed from {store.Name}: {ex.Message}" };
        }
    }

    // Releasing is best effort: a lease that is not released lapses by itself, so the message is never lost.
    private static async Task ReleaseAsync(IDeadLetterStore store, IReadOnlyList<DeadLetterMessage> messages, HashSet<DeadLetterMessage> unsettled)
    {
        if (messages.Count == 0)
        {
            return;
        }

        try
        {
            await store.ReleaseAsync(messages, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DlqStoreException)
        {
            // Left to lapse.
        }

        foreach (var message in messages)
        {
            unsettled.Remove(message);
        }
    }
}
