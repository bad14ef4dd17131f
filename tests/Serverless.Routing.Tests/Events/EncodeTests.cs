using System.Buffers;
using System.Text;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class EncodeTests
{
    private static CloudEvent Sample(EventData data = default, string? contentType = null) => new()
    {
        Id = "id-1",
        Source = "//pubsub.googleapis.com/projects/P/topics/T",
        Type = "com.example.order.created",
        DataContentType = contentType,
        Subject = "orders/42",
        Time = "2018-04-05T17:31:00.123456789+01:00",
        Extensions = new Dictionary<string, ExtensionValue>
        {
            ["count"] = ExtensionValue.FromInteger(-7),
            ["flag"] = ExtensionValue.FromBoolean(true),
            ["traceparent"] = ExtensionValue.FromString("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        },
        Data = data,
    };

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Encode_WritesCoreAttributesFirstThenOptionalExtensionsData()
    {
        var json = Parse(CloudEventJson.Encode(Sample(EventData.FromJson("{\"a\":1}"u8.ToArray()), "application/json")));

        Assert.Equal(
            ["specversion", "id", "source", "type", "datacontenttype", "subject", "time", "count", "flag", "traceparent", "data"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.0", json.GetProperty("specversion").GetString());
    }

    [Fact]
    public void Encode_Extensions_WrittenWithTheirJsonTypes()
    {
        var json = Parse(CloudEventJson.Encode(Sample()));

        Assert.Equal(-7, json.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.True, json.GetProperty("flag").ValueKind);
        Assert.Equal(JsonValueKind.String, json.GetProperty("traceparent").ValueKind);
    }

    [Fact]
    public void Encode_JsonData_WrittenVerbatim()
    {
        const string data = "{ \"b\" : [1, 2.50] , \"a\":\"\\u00e9\" }";

        var text = Encoding.UTF8.GetString(CloudEventJson.Encode(Sample(EventData.FromJson(Encoding.UTF8.GetBytes(data)))));

        Assert.EndsWith("\"data\":" + data + "}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "{\"a\":1}", "data")]
    [InlineData(null, "not json", "data_base64")]
    [InlineData("application/octet-stream", "abc", "data_base64")]
    [InlineData("text/plain", "h\u00e9llo \"world\"", "data")]
    [InlineData("application/json", "{\"a\":1}", "data")]
    [InlineData("application/cloudevents+json", "[1,2]", "data")]
    [InlineData("application/json", "{\"a\":", "data_base64")]
    public void Encode_BinaryData_ChoosesMemberByContentType(string? contentType, string payload, string member)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);

        var json = Parse(CloudEventJson.Encode(Sample(EventData.FromBinary(bytes), contentType)));

        Assert.True(json.TryGetProperty(member, out var value));
        var written = member == "data_base64" ? value.GetBytesFromBase64()
            : value.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(value.GetString()!)
            : Encoding.UTF8.GetBytes(value.GetRawText());
        Assert.Equal(bytes, written);
    }

    [Fact]
    public void Encode_TextBinaryNotUtf8_Base64()
    {
        var json = Parse(CloudEventJson.Encode(Sample(EventData.FromBinary(new byte[] { 0xC3, 0x28 }), "text/plain")));

        Assert.Equal(new byte[] { 0xC3, 0x28 }, json.GetProperty("data_base64").GetBytesFromBase64());
    }

    [Fact]
    public void Encode_NonAsciiAndPlus_NotEscaped()
    {
        var text = Encoding.UTF8.GetString(CloudEventJson.Encode(Sample(default, "application/cloudevents+json") with { Subject = "caf\u00e9" }));

        Assert.Contains("application/cloudevents+json", text, StringComparison.Ordinal);
        Assert.Contains("caf\u00e9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ToBufferWriter_Appends()
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("xx"u8);

        CloudEventJson.Encode(Sample(), buffer);

        Assert.Equal(CloudEventJson.Encode(Sample()), buffer.WrittenSpan[2..].ToArray());
    }

    [Theory]
    [InlineData("Bad")]
    [InlineData("id")]
    [InlineData("data")]
    public void Encode_InvalidExtensionName_Throws(string name)
    {
        var cloudEvent = Sample() with { Extensions = new Dictionary<string, ExtensionValue> { [name] = ExtensionValue.FromString("x") } };

        Assert.Throws<ArgumentException>(() => CloudEventJson.Encode(cloudEvent));
    }

    [Fact]
    public void Encode_InvalidIntegerText_Throws()
    {
        var cloudEvent = Sample() with { Extensions = new Dictionary<string, ExtensionValue> { ["n"] = new(ExtensionKind.Integer, "1.5") } };

        Assert.Throws<ArgumentException>(() => CloudEventJson.Encode(cloudEvent));
    }

    [Fact]
    public void Encode_JsonDataNotJson_ThrowsAndNextEncodeWorks()
    {
        Assert.ThrowsAny<ArgumentException>(() => CloudEventJson.Encode(Sample(EventData.FromJson("{oops"u8.ToArray()))));

        Assert.True(CloudEventJson.Decode(CloudEventJson.Encode(Sample())).Success);
    }

    [Fact]
    public void Encode_SliceOfDecodedData_ValidatedAgain()
    {
        var decoded = TestEvents.DecodeValid(TestEvents.Minimal(",\"data\":{\"a\":[1,2]}"));
        var sliced = decoded with { Data = EventData.FromJson(decoded.Data.Bytes[..^1]) };

        Assert.Equal("{\"a\":[1,2]}", Encoding.UTF8.GetString(CloudEventJson.Encode(decoded)).Split("\"data\":")[1][..^1]);
        Assert.ThrowsAny<ArgumentException>(() => CloudEventJson.Encode(sliced));
    }

    [Fact]
    public void Decode_DataMemory_PinsAndExposesArray()
    {
        var data = TestEvents.DecodeValid(TestEvents.Minimal(",\"data\":[true]")).Data.Bytes;

        using var handle = data.Pin();

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var segment));
        Assert.Equal("[true]", Encoding.UTF8.GetString(segment));
    }

    [Fact]
    public void EncodeBatch_Events_DecodeBackEqual()
    {
        CloudEvent[] events = [Sample(), Sample(EventData.FromJson("\"s\""u8.ToArray()), "text/plain") with { Id = "id-2" }];

        var result = CloudEventJson.DecodeBatch(CloudEventJson.EncodeBatch(events));

        Assert.True(result.Success, result.Error);
        Assert.Equal(events, result.Events);
    }

    [Fact]
    public void EncodeBatch_Empty_EmptyArray()
    {
        Assert.Equal("[]", Encoding.UTF8.GetString(CloudEventJson.EncodeBatch([])));
    }
}
