namespace Serverless.Routing.Gcp;

/// <summary>Pub/Sub's publish limits (Pub/Sub "Quotas and limits"); smaller values are for tests.</summary>
public sealed record PubSubLimits
{
    /// <summary>The documented limits.</summary>
    public static PubSubLimits Default { get; } = new();

    /// <summary>Messages in one publish request (1000).</summary>
    public int MaxMessagesPerRequest { get; init; } = 1000;

    /// <summary>Bytes of one publish request's JSON body (10 MB); requests are split to stay under it.</summary>
    public int MaxRequestBytes { get; init; } = 10_000_000;

    /// <summary>Bytes of one message, data plus attributes (10 MB); larger messages fail as <c>too-large</c>.</summary>
    public int MaxMessageBytes { get; init; } = 10_000_000;

    /// <summary>Attributes on one message (100).</summary>
    public int MaxAttributes { get; init; } = 100;

    /// <summary>UTF-8 bytes of one attribute key (256).</summary>
    public int MaxAttributeKeyBytes { get; init; } = 256;

    /// <summary>UTF-8 bytes of one attribute value (1024).</summary>
    public int MaxAttributeValueBytes { get; init; } = 1024;
}
