using Serverless.Routing.Events;

namespace Evroute.Dlq;

/// <summary>What a redrive sends: a CloudEvent (encoded as the router's sinks do), or the original native message as is.</summary>
internal sealed record RedriveMessage
{
    /// <summary>The event to send, hop extensions already removed; null for a native message.</summary>
    public CloudEvent? Event { get; init; }

    /// <summary>The original body, for a native message.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The original attributes, for a native message (SQS and Pub/Sub carry them; Azure has none).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>A CloudEvent message.</summary>
    public static RedriveMessage Of(CloudEvent cloudEvent) => new() { Event = cloudEvent };

    /// <summary>A native message.</summary>
    public static RedriveMessage Native(ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string> attributes) =>
        new() { Body = body, Attributes = attributes };
}
