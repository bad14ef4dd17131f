using System.Text.Json;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// The default ingestor: structured and binary-mode CloudEvents, then the native envelopes (EventBridge, SNS, S3,
/// Event Grid, Cloud Storage notifications), then the configured fallback.
/// </summary>
/// <remarks>
/// Order: a binary-mode event in the attributes; the size limit; a structured event or batch (by content type,
/// or a JSON body with <c>specversion</c>); a Cloud Storage notification (by attributes); SNS, S3, EventBridge and
/// Event Grid (by body shape); the fallback. A body that starts like JSON but does not parse is invalid, never
/// wrapped, so garbage is dead-lettered with the parser's reason.
/// </remarks>
public sealed class MessageIngestor : IMessageIngestor
{
    private const string ContentTypeAttribute = "content-type";

    /// <summary>Creates an ingestor.</summary>
    public MessageIngestor(IngestOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The settings in force.</summary>
    public IngestOptions Options { get; }

    /// <inheritdoc />
    public IngestResult Ingest(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var limits = Options.Decoder;
        var contentType = ContentTypeOf(message);
        if (CloudEventBinaryMode.IsBinaryModeEvent(message.Attributes))
        {
            var decoded = CloudEventBinaryMode.Decode(message.Attributes, message.Body, contentType, CloudEventBinaryMode.DefaultPrefix, limits);
            return decoded.Success
                ? IngestResult.Of(IngestFormats.CloudEvent, decoded.Event)
                : IngestResult.Invalid(decoded.Error, decoded.Reason is { Length: > 0 } reason ? reason : FailureReasons.Invalid);
        }

        if (message.Body.Length > limits.MaxEventBytes)
        {
            return IngestResult.Invalid(
                $"message body is {message.Body.Length} bytes, over the limit of {limits.MaxEventBytes}", FailureReasons.TooLarge);
        }

        var body = JsonBody.WithoutBom(message.Body);
        if (StructuredMapper.IsBatchMediaType(contentType) || StructuredMapper.IsSingleMediaType(contentType))
        {
            return StructuredMapper.Decode(body, StructuredMapper.IsBatchMediaType(contentType), limits);
        }

        JsonDocument? document = null;
        if (JsonBody.LooksLikeJson(body.Span) || (MediaType.IsJson(contentType) && JsonBody.FirstSignificant(body.Span) != 0))
        {
            document = JsonBody.TryParse(body, limits, out var error);
            if (document is null)
            {
                return IngestResult.Invalid(error ?? "malformed JSON");
            }
        }

        using (document)
        {
            try
            {
                return Map(message, contentType, body, document?.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // JsonElement.GetString refuses escaped lone surrogates, which a parse does not reject.
                return IngestResult.Invalid($"unreadable JSON string: {ErrorText.OneLine(ex.Message)}");
            }
        }
    }

    private IngestResult Map(IncomingMessage message, string? contentType, ReadOnlyMemory<byte> body, JsonElement? root)
    {
        if (root is not { } json)
        {
            return CloudStorageMapper.TryMap(message, body, null) ?? FallbackMapper.Wrap(message, contentType, body, null, Options);
        }

        return StructuredMapper.TryDecode(body, json, Options.Decoder)
            ?? CloudStorageMapper.TryMap(message, body, json)
            ?? SnsMapper.TryMap(json, Options.Decoder, MapInner)
            ?? S3Mapper.TryMap(body, json)
            ?? EventBridgeMapper.TryMap(body, json)
            ?? EventGridMapper.TryMap(body, json)
            ?? FallbackMapper.Wrap(message, contentType, body, json, Options);
    }

    // What an SNS message may carry besides plain data: the envelopes AWS services publish to SNS topics.
    private IngestResult? MapInner(ReadOnlyMemory<byte> bytes, JsonElement root) =>
        StructuredMapper.TryDecode(bytes, root, Options.Decoder)
            ?? S3Mapper.TryMap(bytes, root)
            ?? EventBridgeMapper.TryMap(bytes, root);

    // The Pub/Sub binding carries the content type as an attribute; HTTP-style maps may capitalise it.
    private static string? ContentTypeOf(IncomingMessage message)
    {
        if (message.Attributes.TryGetValue(ContentTypeAttribute, out var exact))
        {
            return exact;
        }

        foreach (var (name, value) in message.Attributes)
        {
            if (name.Equals(ContentTypeAttribute, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return message.ContentType;
    }
}
