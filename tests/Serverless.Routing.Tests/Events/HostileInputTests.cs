using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class HostileInputTests
{
    [Fact]
    public void Decode_OverMaxEventBytes_TooLargeWithoutParsing()
    {
        var options = new DecoderOptions { MaxEventBytes = 100 };
        var garbage = new byte[101];
        Array.Fill(garbage, (byte)'[');

        var result = CloudEventJson.Decode(garbage, options);

        Assert.False(result.Success);
        Assert.Equal(FailureReasons.TooLarge, result.Reason);
        Assert.Equal("event is 101 bytes, over the limit of 100", result.Error);
    }

    [Fact]
    public void Decode_DefaultLimit_RejectsOneMiBPlusOne()
    {
        var json = TestEvents.Minimal(",\"data\":\"" + new string('x', DecoderOptions.DefaultMaxEventBytes) + "\"");

        var result = TestEvents.Decode(json);

        Assert.Equal(FailureReasons.TooLarge, result.Reason);
    }

    [Fact]
    public void Decode_AtLimit_Accepted()
    {
        var json = TestEvents.Minimal();

        Assert.True(TestEvents.Decode(json, new DecoderOptions { MaxEventBytes = json.Length }).Success);
    }

    [Fact]
    public void Decode_InvalidReason_IsInvalid()
    {
        Assert.Equal(FailureReasons.Invalid, TestEvents.Decode("{}").Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Decode_InvalidUtf8InDataOrAttribute_Fails(byte[] bad)
    {
        foreach (var template in new[] { ",\"data\":\"#\"", ",\"subject\":\"#\"", ",\"ext\":\"#\"" })
        {
            var parts = TestEvents.Minimal(template).Split('#');
            var json = Encoding.UTF8.GetBytes(parts[0]).Concat(bad).Concat(Encoding.UTF8.GetBytes(parts[1])).ToArray();

            var result = CloudEventJson.Decode(json);

            Assert.Equal("input is not valid UTF-8", result.Error);
        }
    }

    [Fact]
    public void Decode_EveryTruncation_FailsWithoutThrowing()
    {
        var json = Encoding.UTF8.GetBytes(TestEvents.Minimal(",\"ext\":12,\"data\":{\"a\":[1,\"two\",{\"b\":null}]}"));

        for (var length = 0; length < json.Length; length++)
        {
            var result = CloudEventJson.Decode(json.AsSpan(0, length));

            Assert.False(result.Success, $"a prefix of {length} bytes was accepted");
            Assert.DoesNotContain('\n', result.Error);
        }
    }

    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("{\"data\":[", 100_000)]
    [InlineData("{\"a\":", 100_000)]
    [InlineData("{\"data\":{\"a\":", 50_000)]
    public void Decode_DeepNesting_FailsQuickly(string unit, int count)
    {
        var json = string.Concat(Enumerable.Repeat(unit, count));

        var error = TestEvents.DecodeError(json);

        Assert.NotEmpty(error);
    }

    [Fact]
    public void Decode_DeepDataNesting_ReasonNamesDepth()
    {
        var json = "{" + TestEvents.Core + ",\"data\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        Assert.Contains("depth", TestEvents.DecodeError(json), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"event\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    public void Decode_TopLevelNotObject_Fails(string json, string found)
    {
        Assert.Equal($"event is not a JSON object, found {found}", TestEvents.DecodeError(json));
    }

    [Fact]
    public void Decode_ByteOrderMark_Fails()
    {
        var json = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(TestEvents.Minimal())).ToArray();

        Assert.Contains("byte order mark", CloudEventJson.Decode(json).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("{}")]
    [InlineData(",")]
    [InlineData("]")]
    [InlineData(" // comment")]
    public void Decode_TrailingGarbage_Fails(string trailing)
    {
        Assert.StartsWith("malformed JSON: ", TestEvents.DecodeError(TestEvents.Minimal() + trailing), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TrailingWhitespace_Accepted()
    {
        Assert.True(TestEvents.Decode(" \r\n\t" + TestEvents.Minimal() + " \r\n\t").Success);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"specversion\":\"1.0\",}")]
    [InlineData("{/* c */\"specversion\":\"1.0\"}")]
    [InlineData("{'id':'1'}")]
    [InlineData("{\"id\":\"\\x\"}")]
    [InlineData("{\"id\":\"a\nb\"}")]
    [InlineData("{\"data\":NaN}")]
    public void Decode_MalformedJson_FailsOnOneLine(string json)
    {
        TestEvents.DecodeError(json);
    }

    [Fact]
    public void Decode_LoneSurrogateEscapeInAttribute_FailsWithoutThrowing()
    {
        TestEvents.DecodeError(TestEvents.Minimal(",\"subject\":\"\\uD800\""));
    }

    [Fact]
    public void Decode_HostileValueInMessage_SanitisedAndShortened()
    {
        var error = TestEvents.DecodeError(TestEvents.Minimal(",\"time\":\"a\\nb\\u2028" + new string('x', 500) + "\""));

        Assert.StartsWith("attribute 'time' is not an RFC 3339 timestamp: 'a?b?", error, StringComparison.Ordinal);
        Assert.EndsWith("...'", error, StringComparison.Ordinal);
        Assert.True(error.Length < 200, error);
    }
}
