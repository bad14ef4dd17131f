using System.Globalization;
using System.Text.Json;

namespace Serverless.Functions.Gcp.Push;

/// <summary>Parses a push envelope strictly enough to trust it, leniently enough for both field spellings.</summary>
public static class PushEnvelopeReader
{
    /// <summary>The envelope, or null with <paramref name="error"/> saying why the body is not one.</summary>
    public static PushEnvelope? Read(ReadOnlyMemory<byte> body, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            return Read(document.RootElement, out error);
        }
        catch (JsonException ex)
        {
            error = $"the body is not JSON: {ex.Message}";
            return null;
        }
    }

    private static PushEnvelope? Read(JsonElement root, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            error = "the body is not a Pub/Sub push envelope: no \"message\" object";
            return null;
        }

        var messageId = Text(message, "messageId") ?? Text(message, "message_id");
        if (string.IsNullOrEmpty(messageId))
        {
            error = "the push message has no messageId";
            return null;
        }

        var data = ReadOnlyMemory<byte>.Empty;
        if (message.TryGetProperty("data", out var dataElement) && dataElement.ValueKind != JsonValueKind.Null)
        {
            if (dataElement.ValueKind != JsonValueKind.String || !dataElement.TryGetBytesFromBase64(out var bytes))
            {
                error = "the push message's data is not a base64 string";
                return null;
            }

            data = bytes;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (message.TryGetProperty("attributes", out var attributesElement) && attributesElement.ValueKind != JsonValueKind.Null)
        {
            if (attributesElement.ValueKind != JsonValueKind.Object)
            {
                error = "the push message's attributes are not an object";
                return null;
            }

            foreach (var attribute in attributesElement.EnumerateObject())
            {
                if (attribute.Value.ValueKind != JsonValueKind.String)
                {
                    error = $"the push message's attribute '{attribute.Name}' is not a string";
                    return null;
                }

                attributes[attribute.Name] = attribute.Value.GetString()!;
            }
        }

        return new PushEnvelope
        {
            MessageId = messageId,
            Data = data,
            Attributes = attributes,
            PublishTime = Time(Text(message, "publishTime") ?? Text(message, "publish_time")),
            Subscription = Text(root, "subscription"),
            DeliveryAttempt = root.TryGetProperty("deliveryAttempt", out var attempt) && attempt.ValueKind == JsonValueKind.Number
                && attempt.TryGetInt32(out var n) && n > 0 ? n : null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
