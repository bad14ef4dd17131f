using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Gcp;

/// <summary>
/// CloudEvents over Pub/Sub as Google's binding has it. Binary mode: each context attribute and extension in a
/// <c>ce-</c> attribute, <c>datacontenttype</c> in <c>content-type</c>, the data as raw bytes, so subscriptions can
/// filter on <c>attributes.ce-type</c>. When the attributes cannot fit Pub/Sub's limits (more than 100, a key over
/// 256 or a value over 1024 bytes) the event goes in structured mode instead: the JSON event as data, with
/// <c>content-type: application/cloudevents+json</c> as the only attribute.
/// </summary>
public static class PubSubEventEncoder
{
    /// <summary>The attribute carrying <c>datacontenttype</c> in binary mode, and the media type in structured mode.</summary>
    public const string ContentTypeAttribute = "content-type";

    /// <summary>Encodes <paramref name="cloudEvent"/>; throws <see cref="ArgumentException"/> when it cannot be written as JSON.</summary>
    public static PubSubMessage Encode(CloudEvent cloudEvent, PubSubLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        limits ??= PubSubLimits.Default;
        var attributes = CloudEventBinaryMode.ToAttributes(cloudEvent);
        if (cloudEvent.DataContentType is { } contentType)
        {
            attributes[ContentTypeAttribute] = contentType;
        }

        if (Fits(attributes, limits))
        {
            return new PubSubMessage { Data = CloudEventBinaryMode.GetDataBytes(cloudEvent), Attributes = attributes };
        }

        return new PubSubMessage
        {
            Data = CloudEventJson.Encode(cloudEvent),
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [ContentTypeAttribute] = CloudEventJson.MediaType },
        };
    }

    /// <summary>True when <paramref name="attributes"/> are within Pub/Sub's attribute limits.</summary>
    public static bool Fits(IReadOnlyDictionary<string, string> attributes, PubSubLimits limits)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(limits);
        return attributes.Count <= limits.MaxAttributes
            && attributes.All(a => a.Key.Length > 0
                && Encoding.UTF8.GetByteCount(a.Key) <= limits.MaxAttributeKeyBytes
                && Encoding.UTF8.GetByteCount(a.Value) <= limits.MaxAttributeValueBytes
                && !a.Key.StartsWith("goog", StringComparison.OrdinalIgnoreCase));
    }
}
