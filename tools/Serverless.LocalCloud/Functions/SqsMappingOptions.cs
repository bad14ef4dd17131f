namespace Serverless.LocalCloud.Functions;

/// <summary>The event source mapping's settings (the Pulumi program's mapping: batch size 10, ReportBatchItemFailures).</summary>
public sealed record SqsMappingOptions
{
    /// <summary>Messages per invocation (MaxNumberOfMessages, at most 10).</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>Long-poll wait per ReceiveMessage (Lambda uses 20 s; shorter stops faster).</summary>
    public int WaitTimeSeconds { get; init; } = 5;

    /// <summary>The function time-out: the invocation deadline the runtime sees.</summary>
    public TimeSpan FunctionTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
