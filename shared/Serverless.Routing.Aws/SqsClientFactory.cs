using Amazon;
using Amazon.SQS;

namespace Serverless.Routing.Aws;

/// <summary>Creates SQS clients configured from <see cref="SqsSinkOptions"/>.</summary>
public static class SqsClientFactory
{
    /// <summary>A client for <paramref name="options"/>: its region, endpoint override, credentials, time-out and retries.</summary>
    public static IAmazonSQS Create(SqsSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonSQSConfig
        {
            Timeout = options.RequestTimeout,
            MaxErrorRetry = options.MaxErrorRetry,
        };
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return options.Credentials is { } credentials ? new AmazonSQSClient(credentials, config) : new AmazonSQSClient(config);
    }
}
