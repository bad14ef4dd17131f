using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>The partial batch response: <c>{"batchItemFailures":[{"itemIdentifier":"..."}]}</c>; empty means all succeeded.</summary>
public sealed class BatchResponse
{
    /// <summary>The messages SQS should make visible again.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IReadOnlyList<BatchItemFailure> BatchItemFailures { get; init; } = [];
}
