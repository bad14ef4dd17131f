namespace Evroute.Dlq.Config;

/// <summary>Where the Azure poison and inbound queues are: a connection string or an account URL (Azure.Identity).</summary>
internal sealed record AzureEndpoints
{
    public string? ConnectionString { get; init; }

    /// <summary>For example <c>https://ACCOUNT.queue.core.windows.net</c>.</summary>
    public Uri? AccountUrl { get; init; }

    public string? PoisonQueue { get; init; }

    public string? InboundQueue { get; init; }

    public bool HasAccount => ConnectionString is not null || AccountUrl is not null;
}
