using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class BinaryModeTests
{
    // Google's CloudEvents-over-Pub/Sub binding: ce-* attributes, datacontenttype in content-type.
    private static Dictionary<string, string> PubSubAttributes() => new()
    {
        ["ce-specversion"] = "1.0",
        ["ce-id"] = "1234-1234-1234",
        ["ce-source"] = "//pubsub.googleapis.com/projects/P/topics/T",
        ["ce-type"] = "google.cloud.pubsub.topic.v1.messagePublished",
        ["ce-time"] = "2020-09-29T11:32:00.000Z",
        ["ce-traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        ["content-type"] = "application/json",
        ["googclient_schemaencoding"] = "JSON",
    };

    private static DecodeResult Decode(Dictionary<string, string> attributes, string data = "", string? contentType = null, DecoderOptions? options = null) =>
        CloudEventBinaryMode.Decode(attributes, Encoding.UTF8.GetBytes(data), contentType, options: options);

    [Fact]
    public void Decode_PubSubAttributes_MapsEveryAttribute()
    {
        var result = Decode(PubSubAttributes(), "{\"order\":42}");

        Assert.True(result.Success, result.Error);
        var cloudEvent = result.Event;
        Assert.Equal("1234-1234-1234", cloudEvent.Id);
        Assert.Equal("//pubsub.googleapis.com/projects/P/topics/T", cloudEvent.Source);
        Assert.Equal("google.cloud.pubsub.topic.v1.messagePublished", cloudEvent.Type);
        Assert.Equal("2020-09-29T11:32:00.000Z", cloudEvent.Time);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        Assert.Equal(ExtensionValue.FromString("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), cloudEvent.Extensions["traceparent"]);
        Assert.Single(cloudEvent.Extensions);
        Assert.Equal(EventData.FromJson("{\"order\":42}"u8.ToArray()), cloudEvent.Data);
    }

    [Fact]
    public void Decode_HttpHeadersAnyCase_Matched()
    {
        var headers = new Dictionary<string, string>
        {
            ["CE-SpecVersion"] = "1.0", ["Ce-Id"] = "1", ["ce-SOURCE"] = "/s", ["Ce-Type"] = "t", ["Ce-MyExt"] = "v", ["Content-Type"] = "text/plain",
        };

        var result = Decode(headers, "hello");

        Assert.True(result.Success, result.Error);
        Assert.Equal("v", result.Event.Extensions["myext"].Text);
        Assert.Equal(EventData.FromBinary("hello"u8.ToArray()), result.Event.Data);
    }

    [Fact]
    public void Decode_ContentTypeArgument_WinsOverEntries()
    {
        var attributes = PubSubAttributes();
        attributes["ce-datacontenttype"] = "application/xml";

        Assert.Equal("text/csv", Decode(attributes, "a,b", "text/csv").Event?.DataContentType);
    }

    [Fact]
    public void Decode_CeDataContentTypeOnly_Used()
    {
        var attributes = PubSubAttributes();
        attributes.Remove("content-type");
        attributes["ce-datacontenttype"] = "application/cloudevents+json";

        var result = Decode(attributes, "[1]");

        Assert.Equal("application/cloudevents+json", result.Event?.DataContentType);
        Assert.Equal(EventDataKind.Json, result.Event?.Data.Kind);
    }

    [Theory]
    [InlineData("application/json", "{\"a\":", EventDataKind.Binary)]
    [InlineData("application/json", "\"s\"", EventDataKind.Json)]
    [InlineData("text/plain", "{\"a\":1}", EventDataKind.Binary)]
    [InlineData(null, "{\"a\":1}", EventDataKind.Binary)]
    [InlineData("application/json", "", EventDataKind.None)]
    public void Decode_Data_KindFromContentTypeAndValidity(string? contentType, string data, EventDataKind kind)
    {
        var attributes = PubSubAttributes();
        attributes.Remove("content-type");

        var result = Decode(attributes, data, contentType);

        Assert.True(result.Success, result.Error);
        Assert.Equal(kind, result.Event.Data.Kind);
        Assert.Equal(data, Encoding.UTF8.GetString(result.Event.Data.Bytes.Span));
    }

    [Theory]
    [InlineData("ce-id", null, "missing required attribute 'id'")]
    [InlineData("ce-specversion", null, "missing required attribute 'specversion'")]
    [InlineData("ce-specversion", "0.3", "attribute 'specversion' must be '1.0', found '0.3'")]
    [InlineData("ce-time", "lunchtime", "attribute 'time' is not an RFC 3339 timestamp: 'lunchtime'")]
    [InlineData("ce-source", "", "attribute 'source' must not be empty")]
    [InlineData("ce-subject", "", "attribute 'subject' must not be empty")]
    [InlineData("ce-my_ext", "x", "attribute name 'my_ext' is invalid: extension names are lower-case ASCII letters and digits")]
    [InlineData("ce-data", "x", "attribute name 'data' is reserved")]
    [InlineData("content-type", "xyz", "attribute 'datacontenttype' is not an RFC 2046 media type: 'xyz'")]
    public void Decode_InvalidAttribute_FailsWithReason(string key, string? value, string error)
    {
        var attributes = PubSubAttributes();
        if (value is null)
        {
            attributes.Remove(key);
        }
        else
        {
            attributes[key] = value;
        }

        Assert.Equal(error, Decode(attributes).Error);
    }

    [Fact]
    public void Decode_SameAttributeInTwoCases_Duplicate()
    {
        var attributes = PubSubAttributes();
        attributes["CE-ID"] = "other";

        Assert.Equal("duplicate member 'id'", Decode(attributes).Error);
    }

    [Fact]
    public void Decode_OverLimit_TooLarge()
    {
        var result = Decode(PubSubAttributes(), new string('x', 2000), options: new DecoderOptions { MaxEventBytes = 1000 });

        Assert.Equal(FailureReasons.TooLarge, result.Reason);
    }
}
