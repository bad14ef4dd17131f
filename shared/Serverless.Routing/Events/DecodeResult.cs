using System.Diagnostics.CodeAnalysis;

namespace Serverless.Routing.Events;

/// <summary>The outcome of decoding one event: the event, or a one-line reason it is not a valid CloudEvent.</summary>
public readonly record struct DecodeResult
{
    private DecodeResult(CloudEvent? cloudEvent, string? error, string reason)
    {
        Event = cloudEvent;
        Error = error;
        Reason = reason;
    }

    /// <summary>The decoded event; null on failure.</summary>
    public CloudEvent? Event { get; }

    /// <summary>A one-line description of what is wrong, naming the attribute or limit; null on success.</summary>
    public string? Error { get; }

    /// <summary>The failure's reason code (<see cref="FailureReasons"/>): <c>invalid</c> or <c>too-large</c>; empty on success.</summary>
    public string Reason { get; }

    /// <summary>True when <see cref="Event"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Event is not null;

    /// <summary>A successful result.</summary>
    public static DecodeResult Ok(CloudEvent cloudEvent) => new(cloudEvent, null, string.Empty);

    /// <summary>A failed result; <paramref name="reason"/> defaults to <see cref="FailureReasons.Invalid"/>.</summary>
    public static DecodeResult Fail(string error, string reason = FailureReasons.Invalid) => new(null, error, reason);
}
