namespace Evroute.Dlq.Config;

/// <summary>The connection options of every <c>dlq</c> verb, as given on the command line.</summary>
internal sealed record DlqFlags
{
    public bool Local { get; init; }

    public string? StackOutputs { get; init; }

    public string? AwsDlqUrl { get; init; }

    public string? AwsInboundUrl { get; init; }

    public string? AwsRegion { get; init; }

    public string? AwsEndpoint { get; init; }

    public string? AzureConnectionString { get; init; }

    public string? AzureAccountUrl { get; init; }

    public string? AzurePoisonQueue { get; init; }

    public string? AzureInboundQueue { get; init; }

    public string? GcpProject { get; init; }

    public string? GcpDlqSubscription { get; init; }

    public string? GcpInboundTopic { get; init; }

    public string? GcpEndpoint { get; init; }

    public bool AnyAws => AwsDlqUrl is not null || AwsInboundUrl is not null || AwsRegion is not null || AwsEndpoint is not null;

    public bool AnyAzure => AzureConnectionString is not null || AzureAccountUrl is not null || AzurePoisonQueue is not null || AzureInboundQueue is not null;

    public bool AnyGcp => GcpProject is not null || GcpDlqSubscription is not null || GcpInboundTopic is not null || GcpEndpoint is not null;
}
