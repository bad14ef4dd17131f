namespace Serverless.LocalCloud.Topology;

/// <summary>The SQS queue URLs the topology created (the other clouds' queues are addressed by name).</summary>
/// <param name="AwsInbound">The inbound queue URL.</param>
/// <param name="AwsDeadLetter">The dead-letter queue URL.</param>
/// <param name="AwsInboundArn">The inbound queue ARN (the Lambda event's eventSourceARN).</param>
public sealed record LocalQueues(Uri AwsInbound, Uri AwsDeadLetter, string AwsInboundArn);
