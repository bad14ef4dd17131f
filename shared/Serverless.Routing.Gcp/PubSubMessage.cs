using System.Text;

namespace Serverless.Routing.Gcp;

/// <summary>One message of a Pub/Sub publish request: raw data bytes (sent base64) and string attributes.</summary>
public sealed record PubSubMessage
{
    /// <summary>The message data, raw (the request carries it base64-encoded).</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>The message attributes.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Optional ordering key (only honoured on topics with message ordering).</summary>
    public string? OrderingKey { get; init; }

    /// <summary>The size Pub/Sub counts against its message limit: data plus attribute keys and values, in bytes.</summary>
    public int Size =>
        Data.Length
        + Attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value))
        + (OrderingKey is null ? 0 : Encoding.UTF8.GetByteCount(OrderingKey));
}
