namespace Serverless.LocalCloud;

/// <summary>Where the local emulators and the Google function listen (defaults: the contract in docs/local.md).</summary>
public sealed record LocalEndpoints
{
    /// <summary>fauxqs (SQS).</summary>
    public Uri SqsServiceUrl { get; init; } = new("http://127.0.0.1:4566");

    /// <summary>The region fauxqs is addressed as.</summary>
    public string AwsRegion { get; init; } = "us-east-1";

    /// <summary>Azurite.</summary>
    public string AzureConnectionString { get; init; } = "UseDevelopmentStorage=true";

    /// <summary>The Pub/Sub emulator (the stand-in, or Google's own): <c>host:port</c>.</summary>
    public string PubSubEmulatorHost { get; init; } = "127.0.0.1:8085";

    /// <summary>The Google function's port on 127.0.0.1; 0 picks a free one.</summary>
    public int GcpFunctionPort { get; init; } = 8086;

    /// <summary>The Pub/Sub REST base address.</summary>
    public Uri PubSubBaseAddress => new($"http://{PubSubEmulatorHost}/");
}
