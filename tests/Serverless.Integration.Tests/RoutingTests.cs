using System.Text.Json.Nodes;
using Serverless.Routing;
using Serverless.Routing.Routing;

namespace Serverless.Integration.Tests;

/// <summary>Scenarios 1 and 2: an event reaches exactly its routes' destinations, intact, with the hop stamps set.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class RoutingTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("azure", "aws")]
    [InlineData("aws", "gcp")]
    [InlineData("gcp", "azure")]
    public async Task Event_EnteringCloud_ReachesOnlyItsDestinationIntact(string entry, string destination)
    {
        var from = CloudNames.Parse(entry);
        var body = TestEvents.Create($"e2e.single.{entry}", out var id);
        var original = TestEvents.Decode(body);

        await fixture.Environment.Sender.SendAsync(from, body, CancellationToken.None);

        Assert.True(await fixture.Deliveries.WaitAsync([id], Patience), Describe(id));
        await Task.Delay(1000); // anything that would arrive elsewhere has had time to
        Assert.Equal([destination], fixture.Deliveries.DeliveredTo(id));
        var arrivals = fixture.Environment.Journal.Arrivals.Where(a => a.Events.Any(e => e.Id == id)).ToList();
        Assert.Equal(new[] { entry, destination }.Order(), arrivals.Select(a => a.Cloud).Distinct().Order());
        var arrived = arrivals.Single(a => a.Cloud == destination).Events.Single(e => e.Id == id);
        Assert.True(JsonNode.DeepEquals(TestEvents.WithoutHopStamps(original), TestEvents.WithoutHopStamps(arrived)),
            $"sent {TestEvents.WithoutHopStamps(original)}\narrived {TestEvents.WithoutHopStamps(arrived)}");
        Assert.Equal("1", arrived.Extensions[HopExtensions.Hops].Text);
        Assert.Equal(entry, arrived.Extensions[HopExtensions.Path].Text);
        Assert.True(arrived.Extensions.ContainsKey("traceparent"), "a traceparent is added on the first hop");
    }

    [Fact]
    public async Task FanOut_ToTwoClouds_DeliversOneCopyToEach()
    {
        var body = TestEvents.Create("e2e.fanout", out var id);

        await fixture.Environment.Sender.SendAsync(Cloud.Azure, body, CancellationToken.None);

        Assert.True(await fixture.Deliveries.WaitAsync([id], Patience, copies: 2), Describe(id));
        await Task.Delay(1000);
        Assert.Equal(["aws", "gcp"], fixture.Deliveries.DeliveredTo(id).Order().ToList());
        var routed = fixture.Deliveries.EntriesOf(id).Single(e => e.Cloud == "azure");
        Assert.Equal(["fan-out"], routed.Events.Single().Routes);
    }

    [Fact]
    public async Task RouteLimitedByFrom_AppliesOnlyInItsCloud()
    {
        var fromAws = TestEvents.Create("e2e.fromaws", out var awsId);
        var fromAzure = TestEvents.Create("e2e.fromaws", out var azureId);

        await fixture.Environment.Sender.SendAsync(Cloud.Aws, fromAws, CancellationToken.None);
        await fixture.Environment.Sender.SendAsync(Cloud.Azure, fromAzure, CancellationToken.None);

        Assert.True(await fixture.Deliveries.WaitAsync([awsId], Patience), Describe(awsId));
        Assert.Equal(["gcp"], fixture.Deliveries.DeliveredTo(awsId));
        Assert.True(
            await fixture.DeadLetters.CollectUntilAsync(r => r.Any(l => l.EventId == azureId), Patience),
            $"the event entering azure, where only-from-aws does not apply, is dead-lettered there as unmatched; {Describe(azureId)}");
        var letter = fixture.DeadLetters.Records.Single(l => l.EventId == azureId);
        Assert.Equal(("azure", FailureReasons.Unmatched), (letter.Cloud, letter.Reason));
        Assert.Empty(fixture.Deliveries.DeliveredTo(azureId));
    }

    private string Describe(string id)
    {
        var entries = fixture.Deliveries.EntriesOf(id).Select(e => $"{e.Cloud} {e.Display} {e.Reason} {e.Detail}");
        var text = $"journal for {id}: [{string.Join("; ", entries)}]";
        output.WriteLine(text);
        output.WriteLine(string.Join("\n", fixture.Log.TakeLast(30)));
        return text;
    }
}
