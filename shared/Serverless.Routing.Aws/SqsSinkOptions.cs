using Amazon.Runtime;

namespace Serverless.Routing.Aws;

/// <summary>Where and how <see cref="SqsSink"/> sends: bound from the <c>EVROUTE_AWS_*</c> settings.</summary>
public sealed record SqsSinkOptions
{
    /// <summary>The destination queue URL; a URL ending in <c>.fifo</c> is a FIFO queue.</summary>
    public required Uri QueueUrl { get; init; }

    /// <summary>The signing region, e.g. <c>us-east-1</c>.</summary>
    public required string Region { get; init; }

    /// <summary>Endpoint override (an emulator such as fauxqs); null for the regional AWS endpoint.</summary>
    public Uri? ServiceUrl { get; init; }

    /// <summary>The CloudEvent attribute whose value becomes the FIFO <c>MessageGroupId</c> (default <c>source</c>).</summary>
    public string FifoGroupAttribute { get; init; } = "source";

    /// <summary>How many <c>SendMessageBatch</c> calls one <see cref="SqsSink.SendAsync"/> runs at once.</summary>
    public int MaxConcurrentBatches { get; init; } = 4;

    /// <summary>Explicit credentials (tests, emulators); null uses the SDK's default credential chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Per-attempt HTTP time-out of the SQS client.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>SDK retries per call before the failure is reported as transient (the platform redelivers anyway).</summary>
    public int MaxErrorRetry { get; init; } = 2;

    /// <summary>True when <see cref="QueueUrl"/> names a FIFO queue.</summary>
    public bool IsFifo => QueueUrl.AbsolutePath.EndsWith(".fifo", StringComparison.Ordinal);
}
