namespace Evroute.Tests;

public class RoutesCommandTests
{
    [Fact]
    public async Task RoutesCheck_ExampleTable_ExitsZeroWithSummary()
    {
        var path = CliRunner.RepoPath("routes.json");

        var (exit, output, error) = await CliRunner.RunAsync("routes", "check", path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal($"{path}: valid: 7 routes, maxHops 4, unmatched deadletter, destinations azure, aws, gcp", output.TrimEnd());
    }

    [Fact]
    public async Task RoutesCheck_BadTable_ExitsOneListingEveryProblem()
    {
        using var table = new TempFile("""
            {"unmatched":"keep","routes":[{"name":"a","to":["gcp"]},{"name":"a","from":["amazon"],"to":["aws"]}]}
            """);

        var (exit, output, error) = await CliRunner.RunAsync("routes", "check", table.Path);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("unmatched: expected \"drop\" or \"deadletter\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("routes[1] (a).name: duplicate route name 'a'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("routes[1] (a).from[0]: unknown cloud 'amazon'", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith(table.Path, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoutesCheck_MissingFile_ExitsOneNamingFile()
    {
        var (exit, _, error) = await CliRunner.RunAsync("routes", "check", "/nonexistent/routes.json");

        Assert.Equal(1, exit);
        Assert.StartsWith("/nonexistent/routes.json: cannot read the routing table", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("routes")]
    [InlineData("routes", "check")]
    [InlineData("routes", "list", "x")]
    public async Task Routes_BadArguments_ExitsTwo(params string[] args) =>
        Assert.Equal(2, (await CliRunner.RunAsync(args)).Exit);
}
