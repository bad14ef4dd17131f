using System.Net.Http.Json;
using Serverless.Routing;

namespace Serverless.Integration.Tests;

/// <summary>
/// Scenario 5: Google's inbound topic refuses publishes (503, the stand-in's fault injection) for a few seconds while
/// Azure and AWS keep forwarding to it, then comes back. Every event is accounted for: delivered, or in a
/// dead-letter queue with a reason.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class OutageTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private const int PerCloud = 40;

    [Fact]
    public async Task DestinationOutage_EveryEventDeliveredOrDeadLettered()
    {
        var environment = fixture.Environment;
        using (var fault = await environment.PubSub.PostAsJsonAsync(new Uri("standin/faults", UriKind.Relative), new { publishStatus = 503, durationMs = 3000 }))
        {
            fault.EnsureSuccessStatusCode();
        }

        var ids = new List<string>();
        foreach (var cloud in new[] { Cloud.Azure, Cloud.Aws })
        {
            var bodies = Enumerable.Range(0, PerCloud).Select(_ =>
            {
                var body = TestEvents.Create("e2e.outage", out var id);
                ids.Add(id);
                return body;
            }).ToList();
            Assert.Equal(PerCloud, await environment.Sender.SendManyAsync(cloud, bodies, 8, CancellationToken.None));
        }

        var sent = ids.ToHashSet();
        var accounted = await WaitAccountedAsync(sent, TimeSpan.FromSeconds(120));
        var delivered = sent.Where(id => fixture.Deliveries.DeliveredTo(id).Count > 0).ToHashSet();
        var deadLettered = fixture.DeadLetters.Records.Where(l => l.EventId is not null && sent.Contains(l.EventId)).ToList();
        var duplicates = sent.Sum(id => Math.Max(0, fixture.Deliveries.DeliveredTo(id).Count - 1));
        var retries = sent.Sum(id => fixture.Deliveries.EntriesOf(id).Count(e => e.Outcome == "retry"));
        output.WriteLine($"sent {sent.Count} = delivered {delivered.Count} (unique) + dead-lettered {deadLettered.Count}; duplicates delivered {duplicates}; retries during the outage {retries}");
        foreach (var group in deadLettered.GroupBy(l => (l.Cloud, l.Reason)))
        {
            output.WriteLine($"  dead-lettered in {group.Key.Cloud} as {group.Key.Reason}: {group.Count()}");
        }

        Assert.True(accounted, $"not every event accounted for within the time-out: {sent.Count - delivered.Count - deadLettered.Count} missing");
        Assert.True(retries > 0, "the outage caused no retry: the fault was not in effect");
        Assert.Equal(sent.Count, delivered.Count + deadLettered.Select(l => l.EventId).Distinct().Count(id => !delivered.Contains(id!)));
        Assert.All(deadLettered, l => Assert.False(string.IsNullOrEmpty(l.Reason)));
    }

    private async Task<bool> WaitAccountedAsync(HashSet<string> sent, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            await fixture.DeadLetters.CollectAsync(CancellationToken.None);
            var dead = fixture.DeadLetters.Records.Select(l => l.EventId).Where(id => id is not null).ToHashSet();
            if (sent.All(id => fixture.Deliveries.DeliveredTo(id).Count > 0 || dead.Contains(id)))
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}
