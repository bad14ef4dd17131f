namespace Serverless.Routing.Tests.Events;

public class DecodeAttributeFormatTests
{
    [Theory]
    [InlineData("2018-04-05T17:31:00Z")]
    [InlineData("2018-04-05T17:31:00.000000000Z")]
    [InlineData("2018-04-05T17:31:00.1Z")]
    [InlineData("2018-04-05T18:31:00+01:00")]
    [InlineData("2018-04-05T16:31:00-01:00")]
    [InlineData("2018-04-05T16:31:00.123456-23:59")]
    [InlineData("2020-02-29T00:00:00Z")]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2018-04-05t17:31:00z")]
    public void Decode_Rfc3339Time_KeepsOriginalText(string time)
    {
        var cloudEvent = TestEvents.DecodeValid(TestEvents.Minimal($",\"time\":\"{time}\""));

        Assert.Equal(time, cloudEvent.Time);
    }

    [Theory]
    [InlineData("lunchtime")]
    [InlineData("2018-04-05T18:31Z")]
    [InlineData("2018-04-05T18:31:00X")]
    [InlineData("2018-04-05T18:31:00+25:00")]
    [InlineData("2018-04-05T18:31:00+05:60")]
    [InlineData("2018-04-05T18:31:00+xx:00")]
    [InlineData("2018-04-05T18:31:00+05")]
    [InlineData("2018-04-05T18:31:00")]
    [InlineData("2018-04-05T18:31:00.Z")]
    [InlineData("2018-04-05 18:31:00Z")]
    [InlineData("2018-13-05T18:31:00Z")]
    [InlineData("2019-02-29T18:31:00Z")]
    [InlineData("2018-04-31T18:31:00Z")]
    [InlineData("2018-04-05T24:00:00Z")]
    [InlineData("2018-04-05T18:60:00Z")]
    [InlineData("2018-04-05T18:31:00Z ")]
    [InlineData("18-04-05T18:31:00Z")]
    public void Decode_TimeNotRfc3339_FailsNamingAttributeAndValue(string time)
    {
        var error = TestEvents.DecodeError(TestEvents.Minimal($",\"time\":\"{time}\""));

        Assert.Equal($"attribute 'time' is not an RFC 3339 timestamp: '{time}'", error);
    }

    [Theory]
    [InlineData("#fragment")]
    [InlineData("//authority/path")]
    [InlineData("https://cloudevents.io")]
    [InlineData("https://user:pw@[::1]:8080/a/b?q=1&r=%20#top")]
    [InlineData("/mycontext")]
    [InlineData("aws.s3")]
    [InlineData("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("//pubsub.googleapis.com/projects/P/topics/T")]
    [InlineData("/subscriptions/abc/resourceGroups/rg")]
    public void Decode_SourceUriReference_Accepted(string source)
    {
        Assert.Equal(source, TestEvents.DecodeValid(TestEvents.With(
            "\"specversion\":\"1.0\"", "\"id\":\"1\"", $"\"source\":\"{source}\"", "\"type\":\"t\"")).Source);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("https://exa mple.com")]
    [InlineData("1http://host")]
    [InlineData("https://host/%zz")]
    [InlineData("https://host/%4")]
    [InlineData("caf\u00e9")]
    [InlineData("a#b#c")]
    [InlineData("http://[::1/x")]
    [InlineData("http://host:port/")]
    [InlineData("a:b:c d")]
    [InlineData("<tag>")]
    public void Decode_SourceNotUriReference_Fails(string source)
    {
        var error = TestEvents.DecodeError(TestEvents.With(
            "\"specversion\":\"1.0\"", "\"id\":\"1\"", $"\"source\":\"{source}\"", "\"type\":\"t\""));

        Assert.Equal($"attribute 'source' is not a URI-reference: '{source}'", error);
    }

    [Theory]
    [InlineData("https://cloudevents.io/dataschema")]
    [InlineData("urn:example:schema:v1")]
    [InlineData("https://example.com/schema?version=2")]
    public void Decode_DataSchemaAbsoluteUri_Accepted(string schema)
    {
        Assert.Equal(schema, TestEvents.DecodeValid(TestEvents.Minimal($",\"dataschema\":\"{schema}\"")).DataSchema);
    }

    [Theory]
    [InlineData("/relative/schema")]
    [InlineData("#fragment")]
    [InlineData("//authority/schema")]
    [InlineData("https://example.com/schema#v1")]
    [InlineData("not a uri")]
    public void Decode_DataSchemaNotAbsoluteUri_Fails(string schema)
    {
        Assert.Equal(
            $"attribute 'dataschema' is not an absolute URI: '{schema}'",
            TestEvents.DecodeError(TestEvents.Minimal($",\"dataschema\":\"{schema}\"")));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.api+json;charset=utf-8;q=1")]
    [InlineData("multipart/form-data; boundary=\\\"a b;c\\\"")]
    public void Decode_DataContentTypeRfc2046_Accepted(string contentType)
    {
        Assert.NotNull(TestEvents.DecodeValid(TestEvents.Minimal($",\"datacontenttype\":\"{contentType}\"")).DataContentType);
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("text/")]
    [InlineData("/plain")]
    [InlineData("text/plain;")]
    [InlineData("text/plain; charset")]
    [InlineData("text/plain; charset=")]
    [InlineData("text plain/x")]
    [InlineData("text/pl(ain")]
    [InlineData("application/json; charset=utf-8 x")]
    [InlineData("multipart/form-data; boundary=\\\"open")]
    public void Decode_DataContentTypeNotRfc2046_Fails(string contentType)
    {
        var error = TestEvents.DecodeError(TestEvents.Minimal($",\"datacontenttype\":\"{contentType}\""));

        Assert.StartsWith("attribute 'datacontenttype' is not an RFC 2046 media type: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SubjectPresent_Kept()
    {
        Assert.Equal("orders/42", TestEvents.DecodeValid(TestEvents.Minimal(",\"subject\":\"orders/42\"")).Subject);
    }
}
