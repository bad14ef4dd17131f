namespace Evroute.Dlq.Config;

/// <summary>The resolved locations of every configured cloud; null where a cloud is not configured.</summary>
internal sealed record DlqEndpoints(AwsEndpoints? Aws, AzureEndpoints? Azure, GcpEndpoints? Gcp, bool Local);
