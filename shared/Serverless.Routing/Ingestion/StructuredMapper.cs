using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// Structured-mode CloudEvents: named by the content type, or recognised by a <c>specversion</c> member. Event
/// Grid's CloudEvents schema delivery is exactly this. Decoding itself is <see cref="CloudEventJson"/>'s.
/// </summary>
internal static class StructuredMapper
{
    /// <summary>True for <c>application/cloudevents-batch+json</c> (parameters ignored).</summary>
    public static bool IsBatchMediaType(string? contentType) => HasPrefix(contentType, "application/cloudevents-batch");

    /// <summary>
    /// True for <c>application/cloudevents+json</c> and, as Google's Pub/Sub binding says, any content type that
    /// starts with <c>application/cloudevents</c> except the batch one.
    /// </summary>
    public static bool IsSingleMediaType(string? contentType) =>
        HasPrefix(contentType, "application/cloudevents") && !IsBatchMediaType(contentType);

    /// <summary>Decodes a body whose content type says it is one structured event or a batch.</summary>
    public static IngestResult Decode(ReadOnlyMemory<byte> body, bool batch, DecoderOptions limits) =>
        batch ? FromBatch(CloudEventJson.DecodeBatch(body.Span, limits)) : FromSingle(CloudEventJson.Decode(body.Span, limits));

    /// <summary>
    /// Decodes <paramref name="root"/> when it is a CloudEvent (an object with <c>specversion</c>) or a batch (an
    /// array with such an object in it); null when it is neither, so the native mappings get their turn.
    /// </summary>
    public static IngestResult? TryDecode(ReadOnlyMemory<byte> body, JsonElement root, DecoderOptions limits)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            return JsonBody.Has(root, "specversion") ? FromSingle(CloudEventJson.Decode(body.Span, limits)) : null;
        }

        // One member with specversion makes it a batch; the decoder then names any member that is not an event.
        return root.ValueKind == JsonValueKind.Array && root.EnumerateArray().Any(m => JsonBody.Has(m, "specversion"))
            ? FromBatch(CloudEventJson.DecodeBatch(body.Span, limits))
            : null;
    }

    private static IngestResult FromSingle(DecodeResult result) =>
        result.Success
            ? IngestResult.Of(IngestFormats.CloudEvent, result.Event)
            : IngestResult.Invalid(result.Error, result.Reason is { Length: > 0 } reason ? reason : FailureReasons.Invalid);

    private static IngestResult FromBatch(BatchDecodeResult result)
    {
        if (!result.Success)
        {
            return IngestResult.Invalid(result.Error);
        }

        return result.Events.Count == 0
            ? IngestResult.Dropped(DropReasons.EmptyBatch, "a CloudEvents batch with no events in it")
            : IngestResult.Of(IngestFormats.CloudEvent, result.Events);
    }

    private static bool HasPrefix(string? contentType, string prefix) =>
        contentType is not null && contentType.AsSpan().TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
