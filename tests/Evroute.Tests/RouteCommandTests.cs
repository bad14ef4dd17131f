using System.Text.Json;

namespace Evroute.Tests;

public class RouteCommandTests
{
    private static readonly string Routes = CliRunner.RepoPath("routes.json");

    private static string Example(string name) => CliRunner.RepoPath("examples", "events", name);

    private static async Task<JsonElement> DecisionAsync(string from, string file, string? stdin = null)
    {
        var (exit, output, error) = await CliRunner.RunWithInputAsync(stdin, "route", "--routes", Routes, "--from", from, file);
        Assert.True(exit == 0, error);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static string[] Strings(JsonElement decision, string name) =>
        [.. decision.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    [Theory]
    [InlineData("azure")]
    [InlineData("aws")]
    public async Task Route_OrderFromAzureOrAws_ForwardsToGcp(string from)
    {
        var decision = await DecisionAsync(from, Example("order-created.json"));

        Assert.Equal("forward", decision.GetProperty("outcome").GetString());
        Assert.Equal(["gcp"], Strings(decision, "destinations"));
        Assert.Equal(["orders-to-gcp"], Strings(decision, "routes"));
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Route_InvoiceFromAzure_FansOutEachDestinationOnce()
    {
        var decision = await DecisionAsync("azure", Example("invoice-issued.json"));

        Assert.Equal(["aws", "gcp"], Strings(decision, "destinations"));
        Assert.Equal(["invoices-fan-out", "invoices-archive"], Strings(decision, "routes"));
    }

    [Fact]
    public async Task Route_NobodyRoutesIt_DeadLettersUnmatched()
    {
        var decision = await DecisionAsync("aws", Example("newsletter-sent.json"));

        Assert.Equal("deadletter", decision.GetProperty("outcome").GetString());
        Assert.Empty(Strings(decision, "destinations"));
        Assert.Equal("unmatched: no route matched", decision.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Route_InvalidEvent_DeadLettersInvalidAndExitsZero()
    {
        var decision = await DecisionAsync("aws", "-", """{"specversion":"1.0","source":"/s","type":"t"}""");

        Assert.Equal("deadletter", decision.GetProperty("outcome").GetString());
        Assert.StartsWith("invalid: ", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_CloudOnPath_SkippedAndNamedInDetail()
    {
        const string forwarded = """
            {"specversion":"1.0","id":"1","source":"/billing","type":"com.example.invoice.issued","evroutehops":1,"evroutepath":"gcp"}
            """;

        var decision = await DecisionAsync("azure", "-", forwarded);

        Assert.Equal(["aws"], Strings(decision, "destinations"));
        Assert.Contains("gcp (already on path gcp)", decision.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_PastMaxHops_DeadLettersLoop()
    {
        const string looping = """
            {"specversion":"1.0","id":"1","source":"/shop","type":"com.example.order.created","evroutehops":4,"evroutepath":"aws"}
            """;

        var decision = await DecisionAsync("azure", "-", looping);

        Assert.Equal("deadletter", decision.GetProperty("outcome").GetString());
        Assert.StartsWith("loop: hop limit reached", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_BadTable_ExitsOneNamingProblem()
    {
        using var table = new TempFile("""{"routes":[{"name":"orders-to-gcp","to":["gpc"]}]}""");

        var (exit, output, error) = await CliRunner.RunAsync("route", "--routes", table.Path, "--from", "aws", Example("order-created.json"));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("routes[0] (orders-to-gcp).to[0]: unknown destination 'gpc'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("route", "--routes", "routes.json", "--from", "gpc", "event.json")]
    [InlineData("route", "--routes", "routes.json", "event.json")]
    [InlineData("route", "--from", "aws")]
    [InlineData("route", "--from", "aws", "--colour", "x", "event.json")]
    public async Task Route_BadArguments_ExitsTwo(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }
}
