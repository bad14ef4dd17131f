using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class RoundTripTests
{
    public static TheoryData<string> StructuredEvents => new()
    {
        TestEvents.Minimal(),
        TestEvents.Minimal(",\"datacontenttype\":\"text/plain\",\"dataschema\":\"https://x.io/s\",\"subject\":\"s\",\"time\":\"2018-04-05T17:31:00Z\""),
        TestEvents.Minimal(",\"extinteger\":10,\"extboolean\":false,\"extstring\":\"t\\\"ext\",\"extbinary\":\"TWE=\""),
        TestEvents.Minimal(",\"data\":{ \"spaced\" : [1, 2.0e3, null] }"),
        TestEvents.Minimal(",\"datacontenttype\":\"text/plain\",\"data\":\"Simple \\u00e9 text\""),
        TestEvents.Minimal(",\"data\":null,\"ext\":null"),
        TestEvents.Minimal(",\"data_base64\":\"AAEC/w==\""),
        TestEvents.Minimal(",\"datacontenttype\":\"image/png\",\"data_base64\":\"iVBORw0KGgo=\""),
        TestEvents.Minimal(",\"data_base64\":\"\""),
        TestEvents.Minimal(",\"subject\":\"caf\u00e9 <&> \\\"q\\\" \\u0001\""),
    };

    [Theory]
    [MemberData(nameof(StructuredEvents))]
    public void DecodeEncode_StructuredEvent_DecodesToEqualEvent(string json)
    {
        var original = TestEvents.DecodeValid(json);

        var encoded = CloudEventJson.Encode(original);
        var again = CloudEventJson.Decode(encoded);

        Assert.True(again.Success, again.Error);
        Assert.Equal(original, again.Event);
        Assert.Equal(encoded, CloudEventJson.Encode(again.Event));
    }

    public static TheoryData<EventData, string?> CodeBuiltData => new()
    {
        { EventData.None, null },
        { EventData.FromJson("{\"a\":[1,2]}"u8.ToArray()), "application/json" },
        { EventData.FromJson("\"text\""u8.ToArray()), "text/plain" },
        { EventData.FromJson("42"u8.ToArray()), null },
        { EventData.FromBinary(new byte[] { 0, 1, 2, 255 }), "application/octet-stream" },
        { EventData.FromBinary("not json"u8.ToArray()), null },
        { EventData.FromBinary(new byte[] { 0xC3, 0x28 }), "text/plain" },
    };

    [Theory]
    [MemberData(nameof(CodeBuiltData))]
    public void EncodeDecode_CodeBuiltEvent_Equal(EventData data, string? contentType)
    {
        var cloudEvent = new CloudEvent
        {
            Id = "1",
            Source = "urn:example",
            Type = "t",
            DataContentType = contentType,
            Extensions = new Dictionary<string, ExtensionValue>
            {
                ["hops"] = ExtensionValue.FromInteger(int.MinValue),
                ["ok"] = ExtensionValue.FromBoolean(false),
                ["path"] = ExtensionValue.FromString("aws,azure"),
            },
            Data = data,
        };

        var result = CloudEventJson.Decode(CloudEventJson.Encode(cloudEvent));

        Assert.True(result.Success, result.Error);
        Assert.Equal(cloudEvent, result.Event);
    }

    // Readable binary data becomes a "data" member, so it comes back as JSON data carrying the same bytes.
    [Theory]
    [InlineData("text/plain", "h\u00e9llo \"world\"\n")]
    [InlineData("application/json", "{\"a\": [1, 2]}")]
    [InlineData("application/vnd.x+json; charset=utf-8", "\"str\"")]
    public void EncodeDecode_ReadableBinaryData_SameBinaryModeBytes(string contentType, string payload)
    {
        var cloudEvent = new CloudEvent
        {
            Id = "1", Source = "/s", Type = "t", DataContentType = contentType, Data = EventData.FromBinary(System.Text.Encoding.UTF8.GetBytes(payload)),
        };

        var result = CloudEventJson.Decode(CloudEventJson.Encode(cloudEvent));

        Assert.True(result.Success, result.Error);
        Assert.Equal(EventDataKind.Json, result.Event.Data.Kind);
        Assert.Equal(cloudEvent with { Data = result.Event.Data }, result.Event);
        Assert.Equal(payload, System.Text.Encoding.UTF8.GetString(CloudEventBinaryMode.GetDataBytes(result.Event).Span));
    }
}
