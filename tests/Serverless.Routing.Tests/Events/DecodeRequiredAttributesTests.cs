using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class DecodeRequiredAttributesTests
{
    private static readonly string[] CoreMembers =
        ["\"specversion\":\"1.0\"", "\"id\":\"A234\"", "\"source\":\"/mycontext\"", "\"type\":\"com.example.someevent\""];

    [Fact]
    public void Decode_MinimalEvent_ReturnsCoreAttributes()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal());

        Assert.Equal("A234-1234-1234", cloudEvent.Id);
        Assert.Equal("/mycontext", cloudEvent.Source);
        Assert.Equal("com.example.someevent", cloudEvent.Type);
        Assert.Equal("1.0", cloudEvent.SpecVersion);
        Assert.Null(cloudEvent.Time);
        Assert.Empty(cloudEvent.Extensions);
        Assert.False(cloudEvent.Data.HasValue);
    }

    [Theory]
    [InlineData(0, "specversion")]
    [InlineData(1, "id")]
    [InlineData(2, "source")]
    [InlineData(3, "type")]
    public void Decode_RequiredAttributeMissing_FailsNamingIt(int dropped, string name)
    {
        var error = TestEvents.DecodeError(TestEvents.With([.. CoreMembers.Where((_, i) => i != dropped)]));

        Assert.Equal($"missing required attribute '{name}'", error);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("source")]
    [InlineData("type")]
    public void Decode_RequiredAttributeEmpty_Fails(string name)
    {
        var members = CoreMembers.Select(m => m.StartsWith($"\"{name}\"", StringComparison.Ordinal) ? $"\"{name}\":\"\"" : m);

        Assert.Equal($"attribute '{name}' must not be empty", TestEvents.DecodeError(TestEvents.With([.. members])));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0.9")]
    [InlineData("0.3")]
    [InlineData("1")]
    [InlineData("1.0 ")]
    [InlineData("1.1")]
    public void Decode_SpecVersionNot10_Fails(string version)
    {
        var json = TestEvents.With($"\"specversion\":\"{version}\"", "\"id\":\"a\"", "\"source\":\"/s\"", "\"type\":\"t\"");

        Assert.Contains("'specversion' must be '1.0'", TestEvents.DecodeError(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\":25", "id", "a number")]
    [InlineData("\"id\":{\"xyz\":\"abc\"}", "id", "an object")]
    [InlineData("\"id\":null", "id", "null")]
    [InlineData("\"source\":[]", "source", "an array")]
    [InlineData("\"type\":true", "type", "a boolean")]
    [InlineData("\"specversion\":1.0", "specversion", "a number")]
    public void Decode_RequiredAttributeNotString_Fails(string member, string name, string found)
    {
        var members = CoreMembers.Select(m => m.StartsWith($"\"{name}\"", StringComparison.Ordinal) ? member : m);

        Assert.Equal($"attribute '{name}' must be a JSON string, found {found}", TestEvents.DecodeError(TestEvents.With([.. members])));
    }

    [Theory]
    [InlineData("\"subject\":5", "subject")]
    [InlineData("\"time\":1522949460", "time")]
    [InlineData("\"datacontenttype\":{}", "datacontenttype")]
    [InlineData("\"dataschema\":false", "dataschema")]
    public void Decode_OptionalAttributeNotString_Fails(string member, string name)
    {
        var error = TestEvents.DecodeError(TestEvents.Minimal("," + member));

        Assert.StartsWith($"attribute '{name}' must be a JSON string", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OptionalAttributesNull_TreatedAsAbsent()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(
            ",\"datacontenttype\":null,\"dataschema\":null,\"subject\":null,\"time\":null,\"data\":null,\"data_base64\":null"));

        Assert.Null(cloudEvent.DataContentType);
        Assert.Null(cloudEvent.DataSchema);
        Assert.Null(cloudEvent.Subject);
        Assert.Null(cloudEvent.Time);
        Assert.False(cloudEvent.Data.HasValue);
    }

    [Theory]
    [InlineData(",\"id\":\"again\"", "id")]
    [InlineData(",\"time\":null,\"time\":\"2018-04-05T17:31:00Z\"", "time")]
    [InlineData(",\"ext\":1,\"ext\":2", "ext")]
    [InlineData(",\"ext\":null,\"ext\":2", "ext")]
    [InlineData(",\"ext\":2,\"ext\":null", "ext")]
    [InlineData(",\"data\":1,\"data\":2", "data")]
    [InlineData(",\"\\u0069d\":\"escaped\"", "id")]
    public void Decode_DuplicateMember_Fails(string extra, string name)
    {
        Assert.Equal($"duplicate member '{name}'", TestEvents.DecodeError(TestEvents.Minimal(extra)));
    }

    [Theory]
    [InlineData("subject")]
    [InlineData("dataschema")]
    [InlineData("datacontenttype")]
    public void Decode_OptionalAttributeEmpty_Fails(string name)
    {
        Assert.Equal($"attribute '{name}' must not be empty", TestEvents.DecodeError(TestEvents.Minimal($",\"{name}\":\"\"")));
    }

    [Fact]
    public void Decode_AllCoreAttributes_KeepsEveryValue()
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal(
            ",\"datacontenttype\":\"text/plain\",\"dataschema\":\"https://example.com/schema\",\"subject\":\"tests\",\"time\":\"2018-04-05T17:31:00Z\""));

        Assert.Equal("text/plain", cloudEvent.DataContentType);
        Assert.Equal("https://example.com/schema", cloudEvent.DataSchema);
        Assert.Equal("tests", cloudEvent.Subject);
        Assert.Equal("2018-04-05T17:31:00Z", cloudEvent.Time);
    }
}
