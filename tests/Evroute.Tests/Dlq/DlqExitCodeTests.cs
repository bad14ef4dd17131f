using Evroute.Dlq;
using Serverless.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>Exit codes and messages of the verbs, over fake stores (and the real CLI for usage errors).</summary>
public sealed class DlqExitCodeTests
{
    [Fact]
    public async Task Purge_NoTerminalWithoutYes_RefusesAndKeepsAll()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"));

        var (exit, _, error) = await cli.RunAsync("purge", "--cloud", "aws", "--all");

        Assert.Equal(DlqExitCodes.Usage, exit);
        Assert.Contains("--yes", error, StringComparison.Ordinal);
        Assert.Single(cli.Stores[Cloud.Aws].Remaining);
    }

    [Theory]
    [InlineData("y\n", DlqExitCodes.Ok, 0)]
    [InlineData("n\n", DlqExitCodes.Failed, 1)]
    [InlineData("\n", DlqExitCodes.Failed, 1)]
    public async Task Purge_OnTerminal_AsksAndObeys(string answer, int expectedExit, int expectedLeft)
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Azure] = new FakeStore(Cloud.Azure, Letters.Event(Cloud.Azure, "e-1"));

        var (exit, output, _) = await cli.RunAsync(answer, true, "purge", "--cloud", "azure", "--id", "e-1");

        Assert.Equal(expectedExit, exit);
        Assert.Contains("[y/N]", output, StringComparison.Ordinal);
        Assert.Equal(expectedLeft, cli.Stores[Cloud.Azure].Remaining.Count);
    }

    [Fact]
    public async Task Redrive_IdMatchesNothing_Exits1()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"));

        var (exit, _, error) = await cli.RunAsync("redrive", "--cloud", "aws", "--id", "nope");

        Assert.Equal(DlqExitCodes.Failed, exit);
        Assert.Contains("has id nope", error, StringComparison.Ordinal);
        Assert.Single(cli.Stores[Cloud.Aws].Remaining);
    }

    [Fact]
    public async Task Redrive_AllOnEmptyStore_Exits0()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws);

        var (exit, output, _) = await cli.RunAsync("redrive", "--cloud", "aws", "--all");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("no dead letters in aws (aws-dlq)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redrive", "--cloud", "aws")]
    [InlineData("redrive", "--cloud", "aws", "--all", "--id", "x")]
    [InlineData("purge", "--cloud", "aws", "--yes")]
    [InlineData("list", "--since", "yesterday")]
    public async Task Verb_BadSelectorOrDuration_Exits2(params string[] args)
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"));

        var (exit, _, _) = await cli.RunAsync(args);

        Assert.Equal(DlqExitCodes.Usage, exit);
        Assert.Single(cli.Stores[Cloud.Aws].Remaining);
    }

    [Fact]
    public async Task Cli_UnknownCloud_Exits2()
    {
        var (exit, _, error) = await CliRunner.RunAsync("dlq", "list", "--cloud", "ibm");

        Assert.Equal(DlqExitCodes.Usage, exit);
        Assert.Contains("ibm", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnconfiguredCloud_Exits2()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws);

        var (exit, _, error) = await cli.RunAsync("list", "--cloud", "gcp");

        Assert.Equal(DlqExitCodes.Usage, exit);
        Assert.Contains("gcp dead-letter store is not configured", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OneStoreUnreachable_ShowsTheOthersAndExits3()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"));
        cli.Stores[Cloud.Gcp] = new FakeStore(Cloud.Gcp) { Unreachable = true };

        var (exit, output, error) = await cli.RunAsync("list", "--json");

        Assert.Equal(DlqExitCodes.Unavailable, exit);
        Assert.Contains("\"eventId\": \"e-1\"", output, StringComparison.Ordinal);
        Assert.Contains("gcp: cannot reach", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SinceAndReason_Filter()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(
            Cloud.Aws,
            Letters.Of(Cloud.Aws, "old", Letters.EventJson("old"), FailureReasons.Loop, DateTimeOffset.UtcNow.AddDays(-3)),
            Letters.Of(Cloud.Aws, "new", Letters.EventJson("new"), FailureReasons.Loop),
            Letters.Of(Cloud.Aws, "other", Letters.EventJson("other"), FailureReasons.Rejected));

        var (exit, output, _) = await cli.RunAsync("list", "--since", "2h", "--reason", "loop", "--json");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("\"eventId\": \"new\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"eventId\": \"old\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"eventId\": \"other\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Table_ShowsColumnsAndPreviewOfNativeMessages()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Azure] = new FakeStore(Cloud.Azure, Letters.Event(Cloud.Azure, "e-9"), Letters.Of(Cloud.Azure, "n-9", "hello native world", FailureReasons.MaxDeliveries));

        var (exit, output, _) = await cli.RunAsync("list");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Contains("e-9", output, StringComparison.Ordinal);
        Assert.Contains("com.example.order.created", output, StringComparison.Ordinal);
        Assert.Contains("hello native world", output, StringComparison.Ordinal);
        Assert.Contains("max-deliveries", output, StringComparison.Ordinal);
    }
}
