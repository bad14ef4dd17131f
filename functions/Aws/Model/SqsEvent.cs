using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>The event an SQS event source mapping hands the function: <c>{"Records":[...]}</c>.</summary>
public sealed class SqsEvent
{
    /// <summary>The messages of the batch, in queue order (FIFO order for a FIFO queue).</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsRecord>? Records { get; init; }
}
