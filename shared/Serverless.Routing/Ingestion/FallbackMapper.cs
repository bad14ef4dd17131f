using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Ingestion;

/// <summary>
/// Wraps a message that is neither a CloudEvent nor a known envelope in a CloudEvent of the configured fallback
/// type, or refuses it when the fallback is off. Malformed JSON never gets here: it is refused earlier.
/// </summary>
internal static class FallbackMapper
{
    /// <summary>The wrapped event, or an invalid result when <see cref="IngestOptions.FallbackType"/> is null.</summary>
    /// <param name="message">The message as received.</param>
    /// <param name="contentType">The message's content type (attribute or transport), if any.</param>
    /// <param name="json">The body without a byte order mark, when it parsed as JSON.</param>
    /// <param name="root">The parsed body, when it was JSON.</param>
    /// <param name="options">The ingestor's settings.</param>
    public static IngestResult Wrap(
        IncomingMessage message, string? contentType, ReadOnlyMemory<byte> json, JsonElement? root, IngestOptions options)
    {
        if (options.FallbackType is not { Length: > 0 } type)
        {
            return IngestResult.Invalid("not a CloudEvent and no known envelope (the fallback type is off)");
        }

        var (data, dataContentType) = DataOf(message.Body, contentType, json, root);
        var cloudEvent = new CloudEvent
        {
            Id = message.MessageId is { Length: > 0 } id ? id : ContentId(message.Body.Span),
            Source = JsonBody.Source(options.FallbackSource ?? $"evroute://{options.Cloud.ToName()}/inbound"),
            Type = type,
            DataContentType = dataContentType,
            Data = data,
        };
        return IngestResult.Of(IngestFormats.Fallback, cloudEvent);
    }

    private static (EventData Data, string? ContentType) DataOf(
        ReadOnlyMemory<byte> body, string? contentType, ReadOnlyMemory<byte> json, JsonElement? root)
    {
        // A declared type is kept only when valid, or the next hop's decoder would refuse the event over it.
        var declared = contentType is not null && MediaType.IsValid(contentType) ? contentType : null;
        if (root is { } value)
        {
            return (EventData.FromJson(JsonBody.RawSlice(json, value)), MediaType.IsJson(declared) ? declared : "application/json");
        }

        if (body.IsEmpty)
        {
            return (EventData.None, null);
        }

        return (EventData.FromBinary(body), declared ?? (Utf8.IsValid(body.Span) ? "text/plain" : "application/octet-stream"));
    }

    // Only for transports without a message id: the content hash is at least the same on every redelivery.
    private static string ContentId(ReadOnlySpan<byte> body) => "sha256-" + Convert.ToHexStringLower(SHA256.HashData(body));
}
