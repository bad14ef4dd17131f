using System.Buffers;
using System.Text.Json;

namespace Serverless.Routing.Gcp;

/// <summary>The JSON of a publish request: <c>{"messages":[{"data","attributes","orderingKey"}]}</c>.</summary>
internal static class PublishRequestJson
{
    private static readonly byte[] Prefix = "{\"messages\":["u8.ToArray();
    private static readonly byte[] Suffix = "]}"u8.ToArray();

    /// <summary>Bytes the request wrapper adds around its entries.</summary>
    public static int WrapperBytes => Prefix.Length + Suffix.Length;

    /// <summary>One message as a JSON object, so its size is known before it is batched.</summary>
    public static byte[] Entry(PubSubMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (message.Data.Length * 4 / 3));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (!message.Data.IsEmpty)
            {
                json.WriteBase64String("data", message.Data.Span);
            }

            if (message.Attributes.Count > 0)
            {
                json.WriteStartObject("attributes");
                foreach (var (name, value) in message.Attributes)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
            }

            if (message.OrderingKey is not null)
            {
                json.WriteString("orderingKey", message.OrderingKey);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The request body for <paramref name="entries"/>.</summary>
    public static byte[] Body(IReadOnlyList<byte[]> entries)
    {
        var size = WrapperBytes + entries.Sum(e => e.Length) + Math.Max(0, entries.Count - 1);
        var body = new byte[size];
        var at = 0;
        Append(Prefix);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = (byte)',';
            }

            Append(entries[i]);
        }

        Append(Suffix);
        return body;

        void Append(byte[] bytes)
        {
            bytes.CopyTo(body, at);
            at += bytes.Length;
        }
    }
}
