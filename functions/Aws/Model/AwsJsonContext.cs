using System.Text.Json.Serialization;

namespace Serverless.Functions.Aws.Model;

/// <summary>Source-generated serializers for the Lambda payloads, so the function needs no reflection (Native AOT).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(RuntimeErrorBody))]
public sealed partial class AwsJsonContext : JsonSerializerContext;
