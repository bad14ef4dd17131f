using Serverless.Routing.Configuration;

namespace Serverless.Routing.Tests.Configuration;

public class SettingsReaderTests
{
    [Fact]
    public void OptionalUri_NotAUri_NamesTheSettingWithoutEchoingASecret()
    {
        var reader = new SettingsReader(_ => "{\"SecretString\":\"AccountKey=abc123\"}");

        var error = Assert.Throws<SettingsException>(() => reader.OptionalUri("EVROUTE_AZURE_QUEUE_URL"));

        Assert.Equal("EVROUTE_AZURE_QUEUE_URL", error.Setting);
        Assert.DoesNotContain("abc123", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://acct.queue.core.windows.net/q?sv=2024&sig=SECRET", "https://acct.queue.core.windows.net/q?…")]
    [InlineData("short", "short")]
    [InlineData("a-rather-long-value", "a-rather-lon…")]
    public void Redact_KeepsWhatIsSafeToShow(string value, string shown) => Assert.Equal(shown, SettingsReader.Redact(value));

    [Theory]
    [InlineData(null, 7, 7)]
    [InlineData("12", 7, 12)]
    public void PositiveInt_AbsentOrSet_ReadsIt(string? value, int fallback, int expected) =>
        Assert.Equal(expected, new SettingsReader(_ => value).PositiveInt("N", fallback));

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void PositiveInt_Bad_ThrowsNamingTheSetting(string value) =>
        Assert.Equal("N", Assert.Throws<SettingsException>(() => new SettingsReader(_ => value).PositiveInt("N", 1)).Setting);
}
