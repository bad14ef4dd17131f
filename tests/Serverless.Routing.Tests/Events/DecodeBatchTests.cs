using System.Runtime.InteropServices;
using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class DecodeBatchTests
{
    private static BatchDecodeResult DecodeBatch(string json, DecoderOptions? options = null) =>
        CloudEventJson.DecodeBatch(Encoding.UTF8.GetBytes(json), options);

    [Theory]
    [InlineData("[]")]
    [InlineData(" [ ] ")]
    public void DecodeBatch_EmptyArray_EmptyBatch(string json)
    {
        var result = DecodeBatch(json);

        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void DecodeBatch_TwoEvents_InOrder()
    {
        var second = TestEvents.Minimal(",\"subject\":\"second\",\"data\":{\"n\":2}").Replace("A234-1234-1234", "two", StringComparison.Ordinal);

        var result = DecodeBatch("[" + TestEvents.Minimal() + "," + second + "]");

        Assert.True(result.Success, result.Error);
        Assert.Equal(["A234-1234-1234", "two"], result.Events.Select(e => e.Id));
        Assert.Equal("{\"n\":2}", TestEvents.Text(result.Events[1].Data));
    }

    [Theory]
    [InlineData("[\"not an object\"]", 0, "a string")]
    [InlineData("[#,[]]", 1, "an array")]
    [InlineData("[#,#,null]", 2, "null")]
    public void DecodeBatch_NonObjectMember_FailsNamingIndex(string template, int index, string found)
    {
        var result = DecodeBatch(template.Replace("#", TestEvents.Minimal(), StringComparison.Ordinal));

        Assert.False(result.Success);
        Assert.Equal($"batch member {index} is not a JSON object, found {found}", result.Error);
    }

    [Fact]
    public void DecodeBatch_InvalidMember_FailsNamingIndexAndReason()
    {
        var bad = TestEvents.Minimal().Replace("\"1.0\"", "\"0.9\"", StringComparison.Ordinal);

        var result = DecodeBatch("[" + TestEvents.Minimal() + "," + bad + "]");

        Assert.False(result.Success);
        Assert.Equal("batch member 1: attribute 'specversion' must be '1.0', found '0.9'", result.Error);
    }

    [Theory]
    [InlineData("{}", "batch is not a JSON array, found an object")]
    [InlineData("\"x\"", "batch is not a JSON array, found a string")]
    public void DecodeBatch_TopLevelNotArray_Fails(string json, string error)
    {
        Assert.Equal(error, DecodeBatch(json).Error);
    }

    [Theory]
    [InlineData("[#")]
    [InlineData("[#,]")]
    [InlineData("[#]x")]
    [InlineData("[#][]")]
    public void DecodeBatch_MalformedOrTrailing_Fails(string template)
    {
        var result = DecodeBatch(template.Replace("#", TestEvents.Minimal(), StringComparison.Ordinal));

        Assert.False(result.Success);
        Assert.Contains("malformed JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeBatch_DeepNesting_Fails()
    {
        Assert.False(DecodeBatch(new string('[', 100_000)).Success);
    }

    [Fact]
    public void DecodeBatch_OverLimit_Fails()
    {
        var json = "[" + TestEvents.Minimal() + "]";

        var result = DecodeBatch(json, new DecoderOptions { MaxEventBytes = json.Length - 1 });

        Assert.Equal($"batch is {json.Length} bytes, over the limit of {json.Length - 1}", result.Error);
    }

    [Fact]
    public void DecodeBatch_MemoryOverload_SlicesInput()
    {
        var input = Encoding.UTF8.GetBytes("[" + TestEvents.Minimal(",\"data\":[1]") + "]");

        var result = CloudEventJson.DecodeBatch(input.AsMemory());

        Assert.True(result.Success, result.Error);
        Assert.True(MemoryMarshal.TryGetArray(result.Events[0].Data.Bytes, out var segment));
        Assert.Same(input, segment.Array);
    }
}
