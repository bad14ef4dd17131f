namespace Serverless.Routing.Events;

/// <summary>Limits that protect the decoder from hostile input.</summary>
public sealed record DecoderOptions
{
    /// <summary>The default size limit of one encoded event: 1 MiB.</summary>
    public const int DefaultMaxEventBytes = 1024 * 1024;

    /// <summary>The default JSON nesting limit.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Shared defaults.</summary>
    public static DecoderOptions Default { get; } = new();

    /// <summary>Largest accepted encoded event (or batch, for batch decoding), in bytes.</summary>
    public int MaxEventBytes { get; init; } = DefaultMaxEventBytes;

    /// <summary>Deepest accepted JSON nesting, data included.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;
}
