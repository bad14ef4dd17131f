using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>One failed message of a partial batch response.</summary>
public sealed class BatchItemFailure
{
    /// <summary>The failed message's <c>messageId</c>.</summary>
    [JsonPropertyName("itemIdentifier")]
    public required string ItemIdentifier { get; init; }
}
