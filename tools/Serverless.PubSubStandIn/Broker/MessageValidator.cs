using System.Text;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>Google's publish limits (Pub/Sub quotas page); a violation is 400 INVALID_ARGUMENT.</summary>
internal static class MessageValidator
{
    public const int MaxMessagesPerRequest = 1000;
    public const int MaxRequestBytes = 10 * 1024 * 1024;
    public const int MaxAttributes = 100;
    public const int MaxAttributeKeyBytes = 256;
    public const int MaxAttributeValueBytes = 1024;
    public const int MaxOrderingKeyBytes = 1024;

    /// <summary>Checks the request and returns each message's normalised base64 data.</summary>
    public static IReadOnlyList<string> Validate(PublishRequest request)
    {
        var messages = request.Messages;
        if (messages is null || messages.Count == 0)
        {
            throw ApiException.Invalid("The request contains no messages.");
        }

        if (messages.Count > MaxMessagesPerRequest)
        {
            throw ApiException.Invalid($"The value for message_count is too large. You passed {messages.Count} in the request, but the maximum value is {MaxMessagesPerRequest}.");
        }

        var total = 0L;
        var data = new List<string>(messages.Count);
        foreach (var message in messages)
        {
            var bytes = Decode(message.Data);
            var attributes = message.Attributes ?? new Dictionary<string, string>();
            if (bytes.Length == 0 && attributes.Count == 0)
            {
                throw ApiException.Invalid("Some messages are empty: a message needs data or at least one attribute.");
            }

            CheckAttributes(attributes);
            var orderingKeyBytes = Encoding.UTF8.GetByteCount(message.OrderingKey ?? string.Empty);
            if (orderingKeyBytes > MaxOrderingKeyBytes)
            {
                throw ApiException.Invalid($"An ordering key is longer than {MaxOrderingKeyBytes} bytes.");
            }

            total += bytes.Length + orderingKeyBytes
                + attributes.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value));
            data.Add(Convert.ToBase64String(bytes));
        }

        if (total > MaxRequestBytes)
        {
            throw ApiException.Invalid($"Request payload size exceeds the limit: {MaxRequestBytes} bytes.");
        }

        return data;
    }

    private static byte[] Decode(string? data)
    {
        if (string.IsNullOrEmpty(data))
        {
            return [];
        }

        // Google's JSON mapping accepts standard and URL-safe base64 for bytes fields.
        var standard = data.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(standard);
        }
        catch (FormatException)
        {
            throw ApiException.Invalid("Invalid value at 'messages.data' (TYPE_BYTES): not valid base64.");
        }
    }

    private static void CheckAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        if (attributes.Count > MaxAttributes)
        {
            throw ApiException.Invalid($"Too many attributes: {attributes.Count} (at most {MaxAttributes}).");
        }

        foreach (var (key, value) in attributes)
        {
            if (key.Length == 0 || Encoding.UTF8.GetByteCount(key) > MaxAttributeKeyBytes)
            {
                throw ApiException.Invalid($"An attribute key is empty or longer than {MaxAttributeKeyBytes} bytes.");
            }

            if (key.StartsWith("goog", StringComparison.OrdinalIgnoreCase))
            {
                throw ApiException.Invalid($"The attribute key \"{key}\" uses the reserved prefix \"goog\".");
            }

            if (Encoding.UTF8.GetByteCount(value ?? string.Empty) > MaxAttributeValueBytes)
            {
                throw ApiException.Invalid($"The value of attribute \"{key}\" is longer than {MaxAttributeValueBytes} bytes.");
            }
        }
    }
}
