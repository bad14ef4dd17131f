using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>One SQS message attribute: <c>{dataType, stringValue?, binaryValue?, stringListValues, binaryListValues}</c>.</summary>
public sealed class SqsMessageAttributeValue
{
    /// <summary><c>String</c>, <c>Number</c> or <c>Binary</c>, optionally with a custom suffix (<c>String.json</c>).</summary>
    [JsonPropertyName("dataType")]
    public string? DataType { get; init; }

    /// <summary>The value of a String or Number attribute.</summary>
    [JsonPropertyName("stringValue")]
    public string? StringValue { get; init; }

    /// <summary>The base64 value of a Binary attribute.</summary>
    [JsonPropertyName("binaryValue")]
    public string? BinaryValue { get; init; }

    /// <summary>Reserved by SQS; always empty.</summary>
    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string>? StringListValues { get; init; }

    /// <summary>Reserved by SQS; always empty.</summary>
    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<string>? BinaryListValues { get; init; }
}
