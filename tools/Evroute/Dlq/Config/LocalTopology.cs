using Serverless.LocalCloud;

namespace Evroute.Dlq.Config;

/// <summary>
/// The local environment's names and endpoints, read from <c>evroute local</c>'s own definitions
/// (<see cref="Serverless.LocalCloud.LocalTopology"/>, <see cref="LocalEndpoints"/>) so the two never drift apart.
/// </summary>
internal static class LocalTopology
{
    private static readonly Serverless.LocalCloud.LocalTopology Names = Serverless.LocalCloud.LocalTopology.Default;
    private static readonly LocalEndpoints Endpoints = new();

    public static string SqsEndpoint => Endpoints.SqsServiceUrl.ToString().TrimEnd('/');

    public static string Region => Endpoints.AwsRegion;

    public static string AwsInbound => Names.AwsInbound;

    public static string AwsDlq => Names.AwsDeadLetter;

    public static string AzureConnectionString => Endpoints.AzureConnectionString;

    public static string AzureInbound => Names.AzureInbound;

    public static string AzurePoison => Names.AzurePoison;

    public static string PubSubHost => Endpoints.PubSubEmulatorHost;

    public static string GcpProject => Names.GcpProject;

    public static string GcpInboundTopic => Names.GcpTopicId;

    public static string GcpDlqSubscription => Names.GcpDeadLetterSubscriptionId;
}
