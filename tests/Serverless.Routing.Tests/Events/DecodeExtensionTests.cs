using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class DecodeExtensionTests
{
    [Theory]
    [InlineData("\"text\"", ExtensionKind.String, "text")]
    [InlineData("\"\"", ExtensionKind.String, "")]
    [InlineData("true", ExtensionKind.Boolean, "true")]
    [InlineData("false", ExtensionKind.Boolean, "false")]
    [InlineData("10", ExtensionKind.Integer, "10")]
    [InlineData("-2147483648", ExtensionKind.Integer, "-2147483648")]
    [InlineData("2147483647", ExtensionKind.Integer, "2147483647")]
    public void Decode_ExtensionValue_KeepsKindAndCanonicalText(string json, ExtensionKind kind, string text)
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal($",\"myext1\":{json}"));

        Assert.Equal(new ExtensionValue(kind, text), cloudEvent.Extensions["myext1"]);
        Assert.Equal(text, cloudEvent.GetAttribute("myext1"));
    }

    [Fact]
    public void Decode_ExtensionNull_TreatedAsAbsent()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(",\"gone\":null"));

        Assert.False(cloudEvent.Extensions.ContainsKey("gone"));
    }

    [Fact]
    public void Decode_SeveralExtensions_KeepsArrivalOrder()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(",\"zeta\":1,\"alpha\":\"a\",\"mid\":true,\"b2\":\"x\""));

        Assert.Equal(["zeta", "alpha", "mid", "b2"], cloudEvent.Extensions.Keys);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("10.0")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    public void Decode_ExtensionNotInt32_Fails(string number)
    {
        Assert.Equal(
            $"extension 'myext' must be a 32-bit integer, found '{number}'",
            TestEvents.DecodeError(TestEvents.Minimal($",\"myext\":{number}")));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("{\"a\":1}", "an object")]
    [InlineData("[1]", "an array")]
    public void Decode_ExtensionStructured_Fails(string json, string found)
    {
        Assert.Equal(
            $"extension 'myext' must be a string, a boolean or an integer, found {found}",
            TestEvents.DecodeError(TestEvents.Minimal($",\"myext\":{json}")));
    }

    [Theory]
    [InlineData("MyExtension")]
    [InlineData("my.extension")]
    [InlineData("my_ext")]
    [InlineData("my-ext")]
    [InlineData("")]
    [InlineData("caf\u00e9")]
    [InlineData("Data")]
    public void Decode_ExtensionNameInvalid_Fails(string name)
    {
        var error = TestEvents.DecodeError(TestEvents.Minimal($",\"{name}\":\"bad\""));

        Assert.Equal($"attribute name '{name}' is invalid: extension names are lower-case ASCII letters and digits", error);
    }

    [Fact]
    public void Decode_InvalidNameWithNonIntegerValue_Fails()
    {
        Assert.Contains("my.extension", TestEvents.DecodeError(TestEvents.Minimal(",\"my.extension\":1.5")), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_EscapedExtensionName_Unescaped()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(",\"\\u0074raceparent\":\"00-abc\""));

        Assert.Equal("00-abc", cloudEvent.Extensions["traceparent"].Text);
    }
}
