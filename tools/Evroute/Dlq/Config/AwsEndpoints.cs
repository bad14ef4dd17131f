namespace Evroute.Dlq.Config;

/// <summary>Where the AWS dead-letter and inbound queues are: a URL, or a name looked up on the endpoint.</summary>
internal sealed record AwsEndpoints
{
    public string? DlqUrl { get; init; }

    public string? DlqName { get; init; }

    public string? InboundUrl { get; init; }

    public string? InboundName { get; init; }

    public string? Region { get; init; }

    /// <summary>Endpoint override (fauxqs); null for the regional AWS endpoint.</summary>
    public Uri? ServiceUrl { get; init; }

    public bool HasDlq => DlqUrl is not null || DlqName is not null;

    public bool HasInbound => InboundUrl is not null || InboundName is not null;
}
