using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public class LoopGuardTests
{
    private static EventRouter Router(Cloud cloud, int maxHops = 4) => new(
        RoutingTableLoader.Parse($$"""
            {"maxHops":{{maxHops}},"routes":[{"name":"everywhere","to":["azure","aws","gcp"]}]}
            """),
        cloud);

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    [InlineData(7)]
    public void Decide_HopsOneBelowMaxHops_Forwards(int maxHops)
    {
        var decision = Router(Cloud.Aws, maxHops).Decide(TestEvents.WithHops(maxHops - 1, "azure"));

        Assert.Equal(RoutingOutcome.Forward, decision.Outcome);
        Assert.Equal([Cloud.Gcp], decision.Destinations);
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(4, 5)]
    [InlineData(1, 1)]
    [InlineData(4, int.MaxValue)]
    public void Decide_HopsAtOrPastMaxHops_DeadLettersAsLoop(int maxHops, int hops)
    {
        var decision = Router(Cloud.Aws, maxHops).Decide(TestEvents.WithHops(hops, "azure"));

        Assert.Equal(RoutingOutcome.DeadLetter, decision.Outcome);
        Assert.Equal(FailureReasons.Loop, decision.Reason);
        Assert.Contains($"maxHops is {maxHops}", decision.Detail, StringComparison.Ordinal);
        Assert.Contains("path azure", decision.Detail, StringComparison.Ordinal);
        Assert.Empty(decision.Destinations);
    }

    [Fact]
    public void Decide_CloudsOnPath_AreSkippedAndNamed()
    {
        var decision = Router(Cloud.Gcp).Decide(TestEvents.WithHops(1, "azure"));

        Assert.Equal([Cloud.Aws], decision.Destinations);
        Assert.Contains("azure (already on path azure)", decision.Detail, StringComparison.Ordinal);
        Assert.Contains("gcp (the current cloud)", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_EveryDestinationOnPath_DeadLettersAsLoop()
    {
        var decision = Router(Cloud.Gcp).Decide(TestEvents.WithHops(2, "azure,aws"));

        Assert.Equal(RoutingOutcome.DeadLetter, decision.Outcome);
        Assert.Equal(FailureReasons.Loop, decision.Reason);
        Assert.Equal(["everywhere"], decision.MatchedRoutes);
        Assert.StartsWith("every destination was skipped", decision.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 2")]
    [InlineData("99999999999")]
    public void Decide_MalformedHops_DeadLettersAsLoop(string hops)
    {
        var cloudEvent = TestEvents.Create(extensions: TestEvents.Str(HopExtensions.Hops, hops));

        var decision = Router(Cloud.Aws).Decide(cloudEvent);

        Assert.Equal(RoutingOutcome.DeadLetter, decision.Outcome);
        Assert.Equal(FailureReasons.Loop, decision.Reason);
        Assert.Contains($"malformed evroutehops '{hops}'", decision.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("azure,gpc", "gpc")]
    [InlineData("Azure", "Azure")]
    [InlineData("azure,,aws", "")]
    public void Decide_UnknownCloudOnPath_DeadLettersAsLoop(string path, string bad)
    {
        var decision = Router(Cloud.Aws).Decide(TestEvents.WithHops(1, path));

        Assert.Equal(FailureReasons.Loop, decision.Reason);
        Assert.Contains($"unknown cloud '{bad}'", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HopsAsString_ReadLikeInteger()
    {
        // Binary-mode transports (Pub/Sub attributes) carry every extension as a string.
        var cloudEvent = TestEvents.Create(extensions: [TestEvents.Str(HopExtensions.Hops, "4"), TestEvents.Str(HopExtensions.Path, "azure")]);

        Assert.Equal(FailureReasons.Loop, Router(Cloud.Aws).Decide(cloudEvent).Reason);
    }

    [Fact]
    public void Decide_ForwardedEventRoundTrip_StopsBeforeRevisiting()
    {
        var cloudEvent = TestEvents.Create();
        var visited = new List<Cloud> { Cloud.Azure };
        for (var i = 0; i < 10; i++)
        {
            var router = Router(visited[^1]);
            var decision = router.Decide(cloudEvent);
            if (decision.Outcome != RoutingOutcome.Forward)
            {
                Assert.Equal(FailureReasons.Loop, decision.Reason);
                break;
            }

            cloudEvent = router.PrepareForForward(cloudEvent);
            visited.Add(decision.Destinations[0]);
        }

        Assert.Equal([Cloud.Azure, Cloud.Aws, Cloud.Gcp], visited);
        Assert.Equal("azure,aws", cloudEvent.GetAttribute(HopExtensions.Path));
        Assert.Equal(ExtensionValue.FromInteger(2), cloudEvent.Extensions[HopExtensions.Hops]);
    }
}
