using System.Buffers;

namespace Serverless.Routing.Events;

/// <summary>
/// The CloudEvents JSON format (structured mode): strict decoding of one event or a batch, and encoding.
/// Media types <c>application/cloudevents+json</c> and <c>application/cloudevents-batch+json</c>.
/// </summary>
public static class CloudEventJson
{
    /// <summary>Media type of one structured event.</summary>
    public const string MediaType = "application/cloudevents+json";

    /// <summary>Media type of a batch.</summary>
    public const string BatchMediaType = "application/cloudevents-batch+json";

    /// <summary>Decodes one structured event from UTF-8 JSON. Never throws for bad input.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> utf8Json, DecoderOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>Decodes a batch (a JSON array of events). The whole batch fails if any member is invalid.</summary>
    public static BatchDecodeResult DecodeBatch(ReadOnlySpan<byte> utf8Json, DecoderOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>Writes <paramref name="cloudEvent"/> as structured JSON.</summary>
    public static void Encode(CloudEvent cloudEvent, IBufferWriter<byte> output) =>
        throw new NotImplementedException();

    /// <summary>Encodes <paramref name="cloudEvent"/> as structured JSON.</summary>
    public static byte[] Encode(CloudEvent cloudEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        Encode(cloudEvent, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Encodes events as a JSON batch.</summary>
    public static byte[] EncodeBatch(IEnumerable<CloudEvent> events) =>
        throw new NotImplementedException();
}
