using System.Buffers;
using System.Text.Json;

namespace Serverless.Routing.Events;

/// <summary>
/// The CloudEvents JSON format (structured mode): strict decoding of one event or a batch, and encoding.
/// Media types <c>application/cloudevents+json</c> and <c>application/cloudevents-batch+json</c>.
/// </summary>
/// <remarks>
/// Decoding is one pass of a <see cref="Utf8JsonReader"/>; <c>data</c> is kept as the exact bytes of its JSON value
/// (a string literal with its quotes), <c>data_base64</c> as the decoded bytes. JSON null for an optional attribute,
/// an extension, <c>data</c> or <c>data_base64</c> means absent. Every failure is a one-line reason, never an exception.
/// </remarks>
public static class CloudEventJson
{
    /// <summary>Media type of one structured event.</summary>
    public const string MediaType = "application/cloudevents+json";

    /// <summary>Media type of a batch.</summary>
    public const string BatchMediaType = "application/cloudevents-batch+json";

    [ThreadStatic]
    private static Utf8JsonWriter? cachedWriter;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? cachedBuffer;

    // Writers and buffers are reused per thread; a buffer grown past this is left to the GC instead.
    private const int MaxCachedBufferBytes = 256 * 1024;

    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    /// <summary>Decodes one structured event from UTF-8 JSON. Never throws for bad input. The data is copied out of the span.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> utf8Json, DecoderOptions? options = null) =>
        StructuredDecoder.DecodeEvent(utf8Json, default, copy: true, options);

    /// <summary>
    /// Decodes one structured event from UTF-8 JSON without copying: the event's JSON data is a slice of
    /// <paramref name="utf8Json"/>, which must therefore not be changed while the event is in use.
    /// </summary>
    public static DecodeResult Decode(ReadOnlyMemory<byte> utf8Json, DecoderOptions? options = null) =>
        StructuredDecoder.DecodeEvent(utf8Json.Span, utf8Json, copy: false, options);

    /// <summary>Decodes a batch (a JSON array of events). The whole batch fails if any member is invalid.</summary>
    public static BatchDecodeResult DecodeBatch(ReadOnlySpan<byte> utf8Json, DecoderOptions? options = null) =>
        StructuredDecoder.DecodeBatch(utf8Json, default, copy: true, options);

    /// <summary>Decodes a batch without copying the events' data out of <paramref name="utf8Json"/>.</summary>
    public static BatchDecodeResult DecodeBatch(ReadOnlyMemory<byte> utf8Json, DecoderOptions? options = null) =>
        StructuredDecoder.DecodeBatch(utf8Json.Span, utf8Json, copy: false, options);

    /// <summary>Writes <paramref name="cloudEvent"/> as structured JSON.</summary>
    /// <exception cref="ArgumentException">An extension has an invalid name or value, or JSON data is not valid JSON.</exception>
    public static void Encode(CloudEvent cloudEvent, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        ArgumentNullException.ThrowIfNull(output);
        WithWriter(output, cloudEvent, static (writer, e) => JsonEventWriter.Write(writer, e));
    }

    /// <summary>Encodes <paramref name="cloudEvent"/> as structured JSON.</summary>
    public static byte[] Encode(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return WithBuffer(cloudEvent, static (buffer, e) => Encode(e, buffer));
    }

    /// <summary>Encodes events as a JSON batch.</summary>
    public static byte[] EncodeBatch(IEnumerable<CloudEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return WithBuffer(events, static (buffer, all) => WithWriter(buffer, all, static (writer, list) =>
        {
            writer.WriteStartArray();
            foreach (var cloudEvent in list)
            {
                JsonEventWriter.Write(writer, cloudEvent);
            }

            writer.WriteEndArray();
        }));
    }

    private static void WithWriter<T>(IBufferWriter<byte> output, T state, Action<Utf8JsonWriter, T> write)
    {
        var writer = cachedWriter ?? new Utf8JsonWriter(output, JsonEventWriter.Options);
        cachedWriter = null;
        writer.Reset(output);
        try
        {
            write(writer, state);
            writer.Flush();
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException("cannot encode the event: " + ex.Message, ex);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("cannot encode the event: its JSON data is not valid JSON", ex);
        }
        finally
        {
            writer.Reset(Detached);
            cachedWriter = writer;
        }
    }

    private static byte[] WithBuffer<T>(T state, Action<ArrayBufferWriter<byte>, T> write)
    {
        var buffer = cachedBuffer ?? new ArrayBufferWriter<byte>(1024);
        cachedBuffer = null;
        buffer.ResetWrittenCount();
        write(buffer, state);
        var result = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity <= MaxCachedBufferBytes)
        {
            cachedBuffer = buffer;
        }

        return result;
    }
}
