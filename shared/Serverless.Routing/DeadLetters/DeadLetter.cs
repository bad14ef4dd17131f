using Serverless.Routing.Delivery;

namespace Serverless.Routing.DeadLetters;

/// <summary>A message on its way to the dead-letter queue: the original, untouched, and why it is there.</summary>
public sealed record DeadLetter
{
    /// <summary>The original message (body and attributes as received).</summary>
    public required IncomingMessage Message { get; init; }

    /// <summary>The cloud whose function dead-lettered it.</summary>
    public required Cloud Cloud { get; init; }

    /// <summary>A <see cref="FailureReasons"/> code.</summary>
    public required string Reason { get; init; }

    /// <summary>A sentence explaining the reason.</summary>
    public string? Detail { get; init; }

    /// <summary>When it was dead-lettered.</summary>
    public required DateTimeOffset FailedAt { get; init; }

    /// <summary>The CloudEvent id, when known.</summary>
    public string? EventId { get; init; }

    /// <summary>The <see cref="DeadLetterFields"/> as a string map, for transports with message attributes.</summary>
    public Dictionary<string, string> ToFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DeadLetterFields.Reason] = Reason,
            [DeadLetterFields.FailedAt] = FailedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            [DeadLetterFields.Attempts] = Message.DeliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DeadLetterFields.MessageId] = Message.MessageId,
            [DeadLetterFields.Cloud] = Cloud.ToName(),
        };
        if (!string.IsNullOrEmpty(Detail))
        {
            // Transports cap attribute values (Pub/Sub: 1024 bytes); the detail is a hint, not the evidence.
            fields[DeadLetterFields.Detail] = Detail.Length > 900 ? Detail[..900] : Detail;
        }

        if (!string.IsNullOrEmpty(EventId))
        {
            fields[DeadLetterFields.EventId] = EventId;
        }

        return fields;
    }
}
