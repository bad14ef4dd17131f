using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>The body of a Runtime API error post: <c>{"errorMessage","errorType","stackTrace":[]}</c>.</summary>
public sealed class RuntimeErrorBody
{
    /// <summary>What went wrong.</summary>
    [JsonPropertyName("errorMessage")]
    public required string ErrorMessage { get; init; }

    /// <summary>The kind of error, e.g. the exception type name.</summary>
    [JsonPropertyName("errorType")]
    public required string ErrorType { get; init; }

    /// <summary>Stack frames (left empty: the log line has the detail).</summary>
    [JsonPropertyName("stackTrace")]
    public IReadOnlyList<string> StackTrace { get; init; } = [];
}
