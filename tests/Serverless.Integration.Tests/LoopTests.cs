using System.Text.Json.Nodes;
using Serverless.Routing;

namespace Serverless.Integration.Tests;

/// <summary>Scenario 3: a table that would bounce events around forever; the loop guard stops them and they are dead-lettered.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class LoopTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("azure", "gcp")]
    [InlineData("aws", "azure")]
    [InlineData("gcp", "aws")]
    public async Task CircularRoutes_LoopGuardStopsEvent_DeadLetteredWhereItStopped(string entry, string stopsIn)
    {
        var body = TestEvents.Create("e2e.loop", out var id);

        await fixture.Environment.Sender.SendAsync(CloudNames.Parse(entry), body, CancellationToken.None);

        var found = await fixture.DeadLetters.CollectUntilAsync(r => r.Any(l => l.EventId == id), Patience);
        var journey = fixture.Deliveries.EntriesOf(id).OrderBy(e => e.At).Select(e => $"{e.Cloud}:{e.Display}").ToList();
        output.WriteLine($"journey of {id}: {string.Join(" -> ", journey)}");
        Assert.True(found, $"no dead letter for {id}; journey {string.Join(" -> ", journey)}");
        var letter = fixture.DeadLetters.Records.Single(l => l.EventId == id);
        Assert.Equal((stopsIn, FailureReasons.Loop), (letter.Cloud, letter.Reason));
        Assert.Equal(3, journey.Count);
        Assert.Empty(fixture.Deliveries.DeliveredTo(id));
    }

    [Fact]
    public async Task EventAtHopLimit_IsDeadLetteredWhereItEnters()
    {
        var json = TestEvents.Json("e2e.single.azure");
        json["evroutehops"] = 4;
        json["evroutepath"] = "aws,gcp";
        var id = json["id"]!.GetValue<string>();

        await fixture.Environment.Sender.SendAsync(Cloud.Azure, TestEvents.Bytes(json), CancellationToken.None);

        Assert.True(await fixture.DeadLetters.CollectUntilAsync(r => r.Any(l => l.EventId == id), Patience), $"no dead letter for {id}");
        var letter = fixture.DeadLetters.Records.Single(l => l.EventId == id);
        Assert.Equal(("azure", FailureReasons.Loop), (letter.Cloud, letter.Reason));
        Assert.Contains("maxHops", letter.Detail ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(id, JsonNode.Parse(letter.Body)!["id"]!.GetValue<string>());
    }
}
