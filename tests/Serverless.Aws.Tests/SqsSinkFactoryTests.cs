using Serverless.Routing.Aws;
using Serverless.Routing.Configuration;

namespace Serverless.Aws.Tests;

public sealed class SqsSinkFactoryTests
{
    [Fact]
    public void FromSettings_NoQueueUrl_ReturnsNull() => Assert.Null(SqsSinkFactory.FromSettings(Settings()));

    [Theory]
    [InlineData("https://sqs.eu-west-1.amazonaws.com/123456789012/inbound", null, null, "eu-west-1")]
    [InlineData("https://sqs.eu-west-1.amazonaws.com/123456789012/inbound", "us-west-2", null, "us-west-2")]
    [InlineData("https://sqs.eu-west-1.amazonaws.com/123456789012/inbound", null, "ap-south-1", "ap-south-1")]
    [InlineData("https://eu-central-1.queue.amazonaws.com/123456789012/inbound", null, null, "eu-central-1")]
    public void OptionsFromSettings_Region_PrefersSettingThenAwsRegionThenUrl(string url, string? setting, string? awsRegion, string expected)
    {
        var options = SqsSinkFactory.OptionsFromSettings(Settings(("EVROUTE_AWS_QUEUE_URL", url), ("EVROUTE_AWS_REGION", setting), ("AWS_REGION", awsRegion)));

        Assert.Equal(expected, options!.Region);
        Assert.False(options.IsFifo);
        Assert.Equal("source", options.FifoGroupAttribute);
    }

    [Fact]
    public void OptionsFromSettings_FifoUrlAndEmulator_BindsEverything()
    {
        var options = SqsSinkFactory.OptionsFromSettings(Settings(
            ("EVROUTE_AWS_QUEUE_URL", "http://127.0.0.1:4566/000000000000/inbound.fifo"),
            ("EVROUTE_AWS_SERVICE_URL", "http://127.0.0.1:4566"),
            ("EVROUTE_AWS_FIFO_GROUP_ATTRIBUTE", "tenantid")))!;

        Assert.True(options.IsFifo);
        Assert.Equal("us-east-1", options.Region);
        Assert.Equal(new Uri("http://127.0.0.1:4566"), options.ServiceUrl);
        Assert.Equal("tenantid", options.FifoGroupAttribute);
    }

    [Theory]
    [InlineData("EVROUTE_AWS_QUEUE_URL", "not a url")]
    [InlineData("EVROUTE_AWS_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/only-a-name")]
    [InlineData("EVROUTE_AWS_REGION", "Mars")]
    [InlineData("EVROUTE_AWS_SERVICE_URL", "ftp://127.0.0.1")]
    [InlineData("EVROUTE_AWS_FIFO_GROUP_ATTRIBUTE", "Not-An-Attribute")]
    public void FromSettings_BadValue_ThrowsNamingTheSetting(string name, string value)
    {
        var settings = Settings(("EVROUTE_AWS_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/123456789012/inbound"), (name, value));

        var error = Assert.Throws<SettingsException>(() => SqsSinkFactory.FromSettings(settings));

        Assert.Equal(name, error.Setting);
    }

    [Fact]
    public void FromSettings_NoRegionAnywhere_ThrowsNamingTheRegionSetting()
    {
        var error = Assert.Throws<SettingsException>(() => SqsSinkFactory.FromSettings(Settings(("EVROUTE_AWS_QUEUE_URL", "https://queue.example.com/123456789012/inbound"))));

        Assert.Equal("EVROUTE_AWS_REGION", error.Setting);
    }

    private static SettingsReader Settings(params (string Name, string? Value)[] values)
    {
        var map = new Dictionary<string, string?>();
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            map[name] = value;
        }

        return new SettingsReader(name => map.GetValueOrDefault(name));
    }
}
