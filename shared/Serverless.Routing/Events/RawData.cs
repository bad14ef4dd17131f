namespace Serverless.Routing.Events;

/// <summary>Where a structured event's data was found: a slice of the input (<c>data</c>) or decoded bytes (<c>data_base64</c>).</summary>
internal struct RawData
{
    public bool HasJson;
    public int Start;
    public int Length;
    public byte[]? Base64;

    /// <summary>The data as an <see cref="EventData"/>, slicing <paramref name="owner"/> or copying from <paramref name="json"/>.</summary>
    public readonly EventData Resolve(ReadOnlySpan<byte> json, ReadOnlyMemory<byte> owner, bool copy)
    {
        if (Base64 is not null)
        {
            return EventData.FromBinary(Base64);
        }

        if (!HasJson)
        {
            return EventData.None;
        }

        return ValidatedJson.Wrap(copy ? json.Slice(Start, Length).ToArray() : owner.Slice(Start, Length));
    }
}
