namespace Serverless.LocalCloud;

/// <summary>
/// The names of the local topology, the same the Pulumi program gives the clouds (see docs/local.md): per cloud an
/// inbound queue and its dead-letter queue. <see cref="Suffix"/> makes a private copy (the end-to-end tests use one
/// per run so reruns and other users of the shared emulators never collide).
/// </summary>
public sealed record LocalTopology
{
    /// <summary>The base name of every inbound queue and topic.</summary>
    public const string BaseName = "evroute-inbound";

    /// <summary>The contract names (no suffix).</summary>
    public static LocalTopology Default { get; } = new();

    /// <summary>Appended to <see cref="BaseName"/>, e.g. <c>-e2e-1a2b3c</c>; empty for the contract names.</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary>The Pub/Sub project.</summary>
    public string GcpProject { get; init; } = "evroute-local";

    /// <summary>How often a message is received before SQS's redrive policy moves it (5).</summary>
    public int MaxReceiveCount { get; init; } = 5;

    /// <summary>How often a message is dequeued before the Azure pump poisons it (host.json maxDequeueCount, 5).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>Pub/Sub deliveries before the subscription dead-letters a message (5).</summary>
    public int MaxDeliveryAttempts { get; init; } = 5;

    /// <summary>The SQS inbound queue's visibility timeout: how long a failed or crashed batch stays hidden.</summary>
    public int VisibilityTimeoutSeconds { get; init; } = 30;

    /// <summary>The name shared by the three inbound queues.</summary>
    public string Inbound => BaseName + Suffix;

    /// <summary>SQS inbound queue.</summary>
    public string AwsInbound => Inbound;

    /// <summary>SQS dead-letter queue.</summary>
    public string AwsDeadLetter => Inbound + "-dlq";

    /// <summary>Storage inbound queue.</summary>
    public string AzureInbound => Inbound;

    /// <summary>Storage poison queue.</summary>
    public string AzurePoison => Inbound + "-poison";

    /// <summary>Pub/Sub inbound topic id.</summary>
    public string GcpTopicId => Inbound;

    /// <summary>Pub/Sub push subscription id (to the Google function).</summary>
    public string GcpPushSubscriptionId => Inbound + "-push";

    /// <summary>Pub/Sub dead-letter topic id.</summary>
    public string GcpDeadLetterTopicId => Inbound + "-dlq";

    /// <summary>Pub/Sub pull subscription that holds the dead letters.</summary>
    public string GcpDeadLetterSubscriptionId => Inbound + "-dlq-sub";

    /// <summary><c>projects/P/topics/T</c> of the inbound topic.</summary>
    public string GcpTopic => $"projects/{GcpProject}/topics/{GcpTopicId}";

    /// <summary><c>projects/P/topics/T</c> of the dead-letter topic.</summary>
    public string GcpDeadLetterTopic => $"projects/{GcpProject}/topics/{GcpDeadLetterTopicId}";

    /// <summary>A copy whose names end in <paramref name="suffix"/>.</summary>
    public static LocalTopology WithSuffix(string suffix) => new() { Suffix = suffix };
}
