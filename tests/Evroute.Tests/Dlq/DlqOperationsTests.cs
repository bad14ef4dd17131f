using System.Text;
using Evroute.Dlq;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>The command layer over fake stores: what moves, what stays, what is sent.</summary>
public sealed class DlqOperationsTests
{
    [Fact]
    public async Task Redrive_CloudEvent_SendsOriginalIdWithoutHopsAndRemovesIt()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"), Letters.Event(Cloud.Aws, "e-2", FailureReasons.Loop));

        var (exit, output, _) = await cli.RunAsync("redrive", "--cloud", "aws", "--id", "e-1");

        Assert.Equal(DlqExitCodes.Ok, exit);
        var sent = Assert.Single(cli.Inbounds[Cloud.Aws].Sent);
        Assert.Equal("e-1", sent.Event!.Id);
        Assert.False(sent.Event.Extensions.ContainsKey(HopExtensions.Hops));
        Assert.False(sent.Event.Extensions.ContainsKey(HopExtensions.Path));
        Assert.Equal("e-2", Assert.Single(cli.Stores[Cloud.Aws].Remaining).EventId);
        Assert.Contains("moved 1, failed 0, skipped 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redrive_SendFailsForOne_KeepsItAndExits1()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Gcp] = new FakeStore(Cloud.Gcp, Letters.Event(Cloud.Gcp, "ok"), Letters.Event(Cloud.Gcp, "bad"));
        cli.Inbounds[Cloud.Azure].Behaviour = m => m.Event!.Id == "bad" ? SendResult.Transient("down") : SendResult.Sent;

        var (exit, output, _) = await cli.RunAsync("redrive", "--cloud", "gcp", "--all", "--to", "azure");

        Assert.Equal(DlqExitCodes.Failed, exit);
        Assert.Equal("bad", Assert.Single(cli.Stores[Cloud.Gcp].Remaining).EventId);
        Assert.Contains("moved 1, failed 1, skipped 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redrive_NativeToOwnCloud_SendsOriginalBytes()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Azure] = new FakeStore(Cloud.Azure, Letters.Of(Cloud.Azure, "n-1", "plain text, not JSON", FailureReasons.MaxDeliveries));

        var (exit, _, _) = await cli.RunAsync("redrive", "--cloud", "azure", "--id", "n-1");

        Assert.Equal(DlqExitCodes.Ok, exit);
        var sent = Assert.Single(cli.Inbounds[Cloud.Azure].Sent);
        Assert.Null(sent.Event);
        Assert.Equal("plain text, not JSON", Encoding.UTF8.GetString(sent.Body.Span));
    }

    [Fact]
    public async Task Redrive_NativeToOtherCloud_SendsIngestedEventWithNativeId()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Azure] = new FakeStore(Cloud.Azure, Letters.Of(Cloud.Azure, "n-2", "plain text", FailureReasons.MaxDeliveries));

        await cli.RunAsync("redrive", "--cloud", "azure", "--all", "--to", "aws");

        Assert.Equal("n-2", Assert.Single(cli.Inbounds[Cloud.Aws].Sent).Event!.Id);
        Assert.Empty(cli.Stores[Cloud.Azure].Remaining);
    }

    [Fact]
    public async Task Redrive_GarbageJsonToOtherCloud_IsSkippedAndKept()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Of(Cloud.Aws, "g-1", "{\"broken\": ", FailureReasons.Invalid));

        var (exit, output, _) = await cli.RunAsync("redrive", "--cloud", "aws", "--reason", "invalid", "--to", "gcp");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Empty(cli.Inbounds[Cloud.Gcp].Sent);
        Assert.Single(cli.Stores[Cloud.Aws].Remaining);
        Assert.Contains("skipped 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redrive_DryRun_ChangesNothing()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Aws] = new FakeStore(Cloud.Aws, Letters.Event(Cloud.Aws, "e-1"), Letters.Event(Cloud.Aws, "e-2"));

        var (exit, output, _) = await cli.RunAsync("redrive", "--cloud", "aws", "--all", "--dry-run");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Empty(cli.Inbounds[Cloud.Aws].Sent);
        Assert.Equal(2, cli.Stores[Cloud.Aws].Remaining.Count);
        Assert.Equal(0, cli.Stores[Cloud.Aws].Deletes);
        Assert.Contains("would move 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_ByReason_RemovesExactlyThose()
    {
        var cli = new FakeCli();
        cli.Stores[Cloud.Gcp] = new FakeStore(
            Cloud.Gcp, Letters.Event(Cloud.Gcp, "a", FailureReasons.Loop), Letters.Event(Cloud.Gcp, "b", FailureReasons.Rejected), Letters.Event(Cloud.Gcp, "c", FailureReasons.Loop));

        var (exit, output, _) = await cli.RunAsync("purge", "--cloud", "gcp", "--reason", "loop", "--yes");

        Assert.Equal(DlqExitCodes.Ok, exit);
        Assert.Equal("b", Assert.Single(cli.Stores[Cloud.Gcp].Remaining).EventId);
        Assert.Contains("purged 2", output, StringComparison.Ordinal);
    }
}
