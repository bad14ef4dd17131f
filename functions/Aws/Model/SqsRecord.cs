using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>One SQS message as the Lambda event carries it (camelCase; see "Using Lambda with Amazon SQS").</summary>
public sealed class SqsRecord
{
    /// <summary>The SQS message id: the <c>itemIdentifier</c> of a batch item failure.</summary>
    [JsonPropertyName("messageId")]
    public string? MessageId { get; init; }

    /// <summary>The receipt handle (unused: Lambda deletes successful messages itself).</summary>
    [JsonPropertyName("receiptHandle")]
    public string? ReceiptHandle { get; init; }

    /// <summary>The message body, always a string.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; init; }

    /// <summary>MD5 of the body.</summary>
    [JsonPropertyName("md5OfBody")]
    public string? Md5OfBody { get; init; }

    /// <summary>MD5 of the message attributes; may be null.</summary>
    [JsonPropertyName("md5OfMessageAttributes")]
    public string? Md5OfMessageAttributes { get; init; }

    /// <summary>Always <c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    /// <summary>The source queue's ARN; ends in <c>.fifo</c> for a FIFO queue.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; init; }

    /// <summary>The source queue's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; init; }

    /// <summary>System attributes, all strings: <c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, <c>MessageGroupId</c>...</summary>
    [JsonPropertyName("attributes")]
    public Dictionary<string, string?>? Attributes { get; init; }

    /// <summary>Message attributes by name.</summary>
    [JsonPropertyName("messageAttributes")]
    public Dictionary<string, SqsMessageAttributeValue?>? MessageAttributes { get; init; }
}
