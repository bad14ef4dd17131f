using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class BinaryModeEncodeTests
{
    [Theory]
    [InlineData("ce-specversion", "ce-", true)]
    [InlineData("Ce-SpecVersion", "ce-", true)]
    [InlineData("ce-id", "ce-", false)]
    [InlineData("cloudEvents:specversion", "cloudEvents:", true)]
    public void IsBinaryModeEvent_SpecVersionEntry_Detected(string key, string prefix, bool expected)
    {
        Assert.Equal(expected, CloudEventBinaryMode.IsBinaryModeEvent(new Dictionary<string, string> { [key] = "1.0" }, prefix));
    }

    [Fact]
    public void ToAttributes_Event_CeEntriesWithoutDataContentType()
    {
        var cloudEvent = new CloudEvent
        {
            Id = "1", Source = "/s", Type = "t", Subject = "sub", Time = "2018-04-05T17:31:00Z", DataSchema = "urn:s",
            DataContentType = "application/json",
            Extensions = new Dictionary<string, ExtensionValue> { ["hops"] = ExtensionValue.FromInteger(2), ["ok"] = ExtensionValue.FromBoolean(true) },
        };

        var attributes = CloudEventBinaryMode.ToAttributes(cloudEvent);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ce-specversion"] = "1.0", ["ce-id"] = "1", ["ce-source"] = "/s", ["ce-type"] = "t", ["ce-subject"] = "sub",
                ["ce-time"] = "2018-04-05T17:31:00Z", ["ce-dataschema"] = "urn:s", ["ce-hops"] = "2", ["ce-ok"] = "true",
            },
            attributes);
    }

    [Theory]
    [InlineData("{\"a\":\"\\u00e9\"}", "text/plain", "{\"a\":\"\\u00e9\"}")]
    [InlineData("\"a\\\"b \\u00e9\"", "text/plain", "a\"b \u00e9")]
    [InlineData("\"plain\"", "text/plain", "plain")]
    [InlineData("\"plain\"", "application/json", "\"plain\"")]
    [InlineData("\"plain\"", null, "\"plain\"")]
    [InlineData("\"\\uD800\"", "text/plain", "\"\\uD800\"")]
    public void GetDataBytes_JsonData_RawOrUnescapedText(string json, string? contentType, string expected)
    {
        var cloudEvent = new CloudEvent { Id = "1", Source = "/s", Type = "t", DataContentType = contentType, Data = EventData.FromJson(Encoding.UTF8.GetBytes(json)) };

        Assert.Equal(expected, Encoding.UTF8.GetString(CloudEventBinaryMode.GetDataBytes(cloudEvent).Span));
    }

    [Fact]
    public void GetDataBytes_Binary_AsIs()
    {
        var bytes = new byte[] { 0, 0xFF, 0x22 };
        var cloudEvent = new CloudEvent { Id = "1", Source = "/s", Type = "t", DataContentType = "text/plain", Data = EventData.FromBinary(bytes) };

        Assert.Equal(bytes, CloudEventBinaryMode.GetDataBytes(cloudEvent).ToArray());
    }

    [Fact]
    public void StructuredToBinaryAndBack_EqualEvent()
    {
        var original = TestEvents.DecodeValid(TestEvents.Minimal(
            ",\"datacontenttype\":\"application/json\",\"subject\":\"s\",\"time\":\"2018-04-05T17:31:00Z\",\"traceparent\":\"00-ab\",\"data\":{\"a\":1}"));

        var attributes = CloudEventBinaryMode.ToAttributes(original);
        var result = CloudEventBinaryMode.Decode(attributes, CloudEventBinaryMode.GetDataBytes(original), original.DataContentType);

        Assert.True(result.Success, result.Error);
        Assert.Equal(original, result.Event);
    }

    [Fact]
    public void BinaryModeHop_JsonDataWithoutContentType_IsDataAgainNotBase64()
    {
        var original = CloudEventJson.Decode("""{"specversion":"1.0","id":"1","source":"//s","type":"t","data":{"a":1}}"""u8).Event!;

        var attributes = CloudEventBinaryMode.ToAttributes(original);
        var arrived = CloudEventBinaryMode.Decode(attributes, CloudEventBinaryMode.GetDataBytes(original), contentType: null).Event!;
        var forwarded = System.Text.Encoding.UTF8.GetString(CloudEventJson.Encode(arrived));

        Assert.Equal("""{"specversion":"1.0","id":"1","source":"//s","type":"t","data":{"a":1}}""", forwarded);
    }
}
