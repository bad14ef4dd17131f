namespace Serverless.Routing;

/// <summary>The three clouds the router connects; each has exactly one inbound queue.</summary>
public enum Cloud
{
    /// <summary>Azure: the inbound Storage Queue.</summary>
    Azure,

    /// <summary>AWS: the inbound SQS queue.</summary>
    Aws,

    /// <summary>Google Cloud: the inbound Pub/Sub topic.</summary>
    Gcp,
}
