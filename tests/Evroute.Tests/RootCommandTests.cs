namespace Evroute.Tests;

public class RootCommandTests
{
    [Fact]
    public async Task Help_ListsEveryVerbAndExitsZero()
    {
        var (exit, output, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.Contains("route", output, StringComparison.Ordinal);
        Assert.Contains("routes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    public async Task UnknownOrMissingVerb_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("evroute --help", error, StringComparison.Ordinal);
    }
}
