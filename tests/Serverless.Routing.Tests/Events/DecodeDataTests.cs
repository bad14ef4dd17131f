using System.Runtime.InteropServices;
using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class DecodeDataTests
{
    [Theory]
    [InlineData("{ \"b\" : [1, 2.50, {\"c\":null}] ,\"a\":\"\\u00e9\" }")]
    [InlineData("\"Simple text\"")]
    [InlineData("\"quote \\\" and \\n escape\"")]
    [InlineData("12.50")]
    [InlineData("-0")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("[[[\"deep\"]]]")]
    public void Decode_Data_KeptAsExactRawJson(string data)
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal($",\"datacontenttype\":\"application/json\",\"data\":{data}"));

        Assert.Equal(EventDataKind.Json, cloudEvent.Data.Kind);
        Assert.Equal(data, TestEvents.Text(cloudEvent.Data));
    }

    [Fact]
    public void Decode_DataBeforeAttributes_Found()
    {
        var cloudEvent = TestEvents.DecodeValid("{\"data\":{\"x\":1}," + TestEvents.Core + "}");

        Assert.Equal("{\"x\":1}", TestEvents.Text(cloudEvent.Data));
    }

    [Fact]
    public void Decode_DataBase64_BinaryBytes()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(",\"data_base64\":\"eyAieHl6IjogMTIzIH0=\""));

        Assert.Equal(EventDataKind.Binary, cloudEvent.Data.Kind);
        Assert.Equal("{ \"xyz\": 123 }", TestEvents.Text(cloudEvent.Data));
    }

    [Fact]
    public void Decode_DataBase64Empty_EmptyBinary()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(",\"data_base64\":\"\""));

        Assert.Equal(EventDataKind.Binary, cloudEvent.Data.Kind);
        Assert.Equal(0, cloudEvent.Data.Bytes.Length);
    }

    [Theory]
    [InlineData("\"!!!\"")]
    [InlineData("\"TWE\"")]
    [InlineData("\"TW=E\"")]
    public void Decode_DataBase64Invalid_Fails(string value)
    {
        Assert.Equal("member 'data_base64' is not valid base64", TestEvents.DecodeError(TestEvents.Minimal($",\"data_base64\":{value}")));
    }

    [Fact]
    public void Decode_DataBase64NotString_Fails()
    {
        Assert.Equal(
            "member 'data_base64' must be a JSON string, found a number",
            TestEvents.DecodeError(TestEvents.Minimal(",\"data_base64\":12")));
    }

    [Theory]
    [InlineData(",\"data\":\"text\",\"data_base64\":\"eyAieHl6IjogMTIzIH0=\"")]
    [InlineData(",\"data_base64\":\"TWE=\",\"data\":{}")]
    public void Decode_DataAndDataBase64_Fails(string members)
    {
        Assert.Equal("members 'data' and 'data_base64' are mutually exclusive", TestEvents.DecodeError(TestEvents.Minimal(members)));
    }

    [Fact]
    public void Decode_DataWithNullDataBase64_KeepsData()
    {
        Assert.Equal("1", TestEvents.Text(TestEvents.DecodeValid(TestEvents.Minimal(",\"data\":1,\"data_base64\":null")).Data));
    }

    [Fact]
    public void Decode_MemoryOverload_SlicesInputWithoutCopy()
    {
        var input = Encoding.UTF8.GetBytes(TestEvents.Minimal(",\"data\":{\"k\":\"v\"}"));

        var result = CloudEventJson.Decode(input.AsMemory());

        Assert.True(result.Success, result.Error);
        Assert.True(MemoryMarshal.TryGetArray(result.Event.Data.Bytes, out var segment));
        Assert.Same(input, segment.Array);
        Assert.Equal("{\"k\":\"v\"}", Encoding.UTF8.GetString(segment));
    }

    [Fact]
    public void Decode_SpanOverload_CopiesData()
    {
        var input = Encoding.UTF8.GetBytes(TestEvents.Minimal(",\"data\":{\"k\":\"v\"}"));

        var result = CloudEventJson.Decode((ReadOnlySpan<byte>)input);
        input.AsSpan().Clear();

        Assert.True(result.Success, result.Error);
        Assert.Equal("{\"k\":\"v\"}", TestEvents.Text(result.Event.Data));
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Decode_DataNesting_LimitedByMaxDepthIncludingEvent(int dataDepth, bool accepted)
    {
        var options = new DecoderOptions { MaxDepth = 5 };
        var json = TestEvents.Minimal(",\"data\":" + new string('[', dataDepth) + new string(']', dataDepth));

        var result = TestEvents.Decode(json, options);

        Assert.Equal(accepted, result.Success);
        if (!accepted)
        {
            Assert.Contains("depth", result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }
}
