namespace Evroute.Dlq.Config;

/// <summary>The local environment's names (shared with <c>evroute local</c>).</summary>
internal static class LocalTopology
{
    public const string SqsEndpoint = "http://127.0.0.1:4566";
    public const string Region = "us-east-1";
    public const string AwsInbound = "evroute-inbound";
    public const string AwsDlq = "evroute-inbound-dlq";
    public const string AzureConnectionString = "UseDevelopmentStorage=true";
    public const string AzureInbound = "evroute-inbound";
    public const string AzurePoison = "evroute-inbound-poison";
    public const string PubSubHost = "127.0.0.1:8085";
    public const string GcpProject = "evroute-local";
    public const string GcpInboundTopic = "evroute-inbound";
    public const string GcpDlqSubscription = "evroute-inbound-dlq-sub";
}
