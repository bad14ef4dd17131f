using System.Diagnostics.CodeAnalysis;

namespace Serverless.Routing.Events;

/// <summary>The outcome of decoding a batch: every event, or the reason the batch is invalid.</summary>
/// <param name="Events">The events in order; null on failure.</param>
/// <param name="Error">What is wrong, naming the index of the bad member; null on success.</param>
public readonly record struct BatchDecodeResult(IReadOnlyList<CloudEvent>? Events, string? Error)
{
    /// <summary>True when <see cref="Events"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Events))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Events is not null;
}
