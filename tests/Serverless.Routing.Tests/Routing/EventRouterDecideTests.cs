using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public class EventRouterDecideTests
{
    private const string Table = """
        {
          "routes": [
            { "name": "orders-to-gcp", "from": ["azure", "aws"], "filter": { "prefix": { "type": "com.example.order." } }, "to": ["gcp"] },
            { "name": "created-everywhere", "filter": { "suffix": { "type": ".created" } }, "to": ["aws", "gcp", "azure"] },
            { "name": "orders-to-aws", "from": ["gcp", "azure"], "filter": { "prefix": { "type": "com.example.order." } }, "to": ["aws"] },
            { "name": "catch-all-from-gcp", "from": ["gcp"], "to": ["azure"] }
          ]
        }
        """;

    private static string Route(int i)
    {
        var filter = "{\"all\":[{\"prefix\":{\"type\":\"com.example.t" + (i % 10) + ".\"}},"
            + "{\"not\":{\"exact\":{\"subject\":\"s" + i + "\"}}}]}";
        return $$"""{"name":"r{{i}}","filter":{{filter}},"to":["{{(i % 2 == 0 ? "aws" : "gcp")}}"]}""";
    }

    private static EventRouter Router(Cloud cloud, string json = Table) => new(RoutingTableLoader.Parse(json), cloud);

    [Fact]
    public void Decide_FanOut_EachDestinationOnceInTableOrder()
    {
        var decision = Router(Cloud.Azure).Decide(TestEvents.Create());

        Assert.Equal(RoutingOutcome.Forward, decision.Outcome);
        Assert.Equal([Cloud.Gcp, Cloud.Aws], decision.Destinations);
        Assert.Equal(["orders-to-gcp", "created-everywhere", "orders-to-aws"], decision.MatchedRoutes);
        Assert.Null(decision.Reason);
        Assert.Contains("azure (the current cloud)", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FromLimits_OnlyRoutesOfCurrentCloudApply()
    {
        var decision = Router(Cloud.Gcp).Decide(TestEvents.Create("com.example.order.shipped"));

        Assert.Equal(["orders-to-aws", "catch-all-from-gcp"], decision.MatchedRoutes);
        Assert.Equal([Cloud.Aws, Cloud.Azure], decision.Destinations);
        Assert.Null(decision.Detail);
    }

    [Fact]
    public void Decide_FromExcludesCloud_RouteIgnored()
    {
        var decision = Router(Cloud.Aws).Decide(TestEvents.Create("com.example.order.shipped"));

        Assert.Equal(["orders-to-gcp"], decision.MatchedRoutes);
        Assert.Equal([Cloud.Gcp], decision.Destinations);
    }

    [Theory]
    [InlineData("deadletter", RoutingOutcome.DeadLetter)]
    [InlineData("drop", RoutingOutcome.Drop)]
    public void Decide_NoRouteMatches_FollowsUnmatched(string unmatched, RoutingOutcome expected)
    {
        var router = Router(Cloud.Aws, $$$"""{"unmatched":"{{{unmatched}}}","routes":[{"name":"r","filter":{"exact":{"type":"x"}},"to":["gcp"]}]}""");

        var decision = router.Decide(TestEvents.Create("com.example.newsletter.sent"));

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(FailureReasons.Unmatched, decision.Reason);
        Assert.Equal("no route matched", decision.Detail);
        Assert.Empty(decision.Destinations);
        Assert.Empty(decision.MatchedRoutes);
    }

    [Fact]
    public void Decide_DefaultUnmatched_DeadLetters() =>
        Assert.Equal(RoutingOutcome.DeadLetter, Router(Cloud.Aws, """{"routes":[]}""").Decide(TestEvents.Create()).Outcome);

    [Fact]
    public void Decide_RouteWithoutFilter_MatchesEverything()
    {
        var decision = Router(Cloud.Gcp).Decide(TestEvents.Create("anything.at.all"));

        Assert.Equal(["catch-all-from-gcp"], decision.MatchedRoutes);
        Assert.Equal([Cloud.Azure], decision.Destinations);
    }

    [Fact]
    public void Decide_OnlyDestinationIsCurrentCloud_DeadLettersAsLoop()
    {
        var router = Router(Cloud.Gcp, """{"routes":[{"name":"self","to":["gcp"]}]}""");

        var decision = router.Decide(TestEvents.Create());

        Assert.Equal(RoutingOutcome.DeadLetter, decision.Outcome);
        Assert.Equal(FailureReasons.Loop, decision.Reason);
        Assert.Equal(["self"], decision.MatchedRoutes);
        Assert.Contains("gcp (the current cloud)", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HundredRoutes_SameDecisionEveryCall()
    {
        var routes = string.Join(",", Enumerable.Range(0, 100).Select(Route));
        var router = Router(Cloud.Azure, $$"""{"routes":[{{routes}}]}""");
        var cloudEvent = TestEvents.Create("com.example.t3.created", "s13");

        var first = router.Decide(cloudEvent);
        var second = router.Decide(cloudEvent);

        // t3 matches r3, r13, ..., r93; the subject excludes r13; all are odd, so all go to gcp.
        Assert.Equal(9, first.MatchedRoutes.Count);
        Assert.DoesNotContain("r13", first.MatchedRoutes);
        Assert.Equal([Cloud.Gcp], first.Destinations);
        Assert.Equal(first.MatchedRoutes, second.MatchedRoutes);
    }

    [Fact]
    public void Decide_UnmatchedAcrossHundredRoutes_AllocatesNothing()
    {
        var routes = string.Join(",", Enumerable.Range(0, 100).Select(Route));
        var router = Router(Cloud.Azure, $$"""{"routes":[{{routes}}]}""");
        var cloudEvent = TestEvents.WithHops(1, "gcp", "com.example.other.created");
        router.Decide(cloudEvent);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = router.Decide(cloudEvent);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The hot path: 100 filters evaluated, the path parsed in place, the cached decision returned.
        Assert.Equal(RoutingOutcome.Drop, decision.Outcome);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("deadletter")]
    [InlineData("drop")]
    public void Decide_ForwardedEventNoFurtherRoute_IsDeliveredNotDeadLettered(string unmatched)
    {
        var router = Router(Cloud.Gcp, $$"""{"unmatched":"{{unmatched}}","routes":[{"name":"r","from":["aws"],"to":["gcp"]}]}""");

        var decision = router.Decide(TestEvents.WithHops(1, "aws", "com.example.order.created"));

        Assert.Equal(RoutingOutcome.Drop, decision.Outcome);
        Assert.Equal(FailureReasons.Delivered, decision.Reason);
        Assert.Contains("arrived in gcp", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NativeEventNoRoute_StillFollowsUnmatched()
    {
        var router = Router(Cloud.Gcp, """{"unmatched":"deadletter","routes":[{"name":"r","from":["aws"],"to":["gcp"]}]}""");

        var decision = router.Decide(TestEvents.WithHops(0, "", "com.example.order.created"));

        Assert.Equal(RoutingOutcome.DeadLetter, decision.Outcome);
        Assert.Equal(FailureReasons.Unmatched, decision.Reason);
    }
}
