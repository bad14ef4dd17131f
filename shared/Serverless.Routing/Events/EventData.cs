namespace Serverless.Routing.Events;

/// <summary>An event's data, kept as bytes so it is forwarded untouched.</summary>
/// <param name="Kind">What <paramref name="Bytes"/> holds.</param>
/// <param name="Bytes">Raw JSON for <see cref="EventDataKind.Json"/>, the bytes themselves for <see cref="EventDataKind.Binary"/>.</param>
public readonly record struct EventData(EventDataKind Kind, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>No data.</summary>
    public static EventData None => default;

    /// <summary>True when the event has data.</summary>
    public bool HasValue => Kind != EventDataKind.None;

    /// <summary>Data that is a raw JSON value (UTF-8).</summary>
    public static EventData FromJson(ReadOnlyMemory<byte> rawJson) => new(EventDataKind.Json, rawJson);

    /// <summary>Data that is raw bytes.</summary>
    public static EventData FromBinary(ReadOnlyMemory<byte> bytes) => new(EventDataKind.Binary, bytes);

    /// <summary>Records compare data by content, not by buffer identity.</summary>
    public bool Equals(EventData other) => Kind == other.Kind && Bytes.Span.SequenceEqual(other.Bytes.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Bytes.Length);
}
