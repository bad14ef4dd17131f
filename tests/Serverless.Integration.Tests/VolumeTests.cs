using System.Diagnostics;
using Serverless.Routing;

namespace Serverless.Integration.Tests;

/// <summary>Scenario 7: 10,000 events, each entering one cloud and visiting the other two, with zero loss.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class VolumeTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private const int Total = 10_000;

    [Fact]
    public async Task TenThousandEvents_AroundTheClouds_NoneLost()
    {
        var environment = fixture.Environment;
        var ids = new List<string>(Total);
        var clock = Stopwatch.StartNew();
        var sends = CloudNames.All.Select(async (cloud, index) =>
        {
            var count = (Total / 3) + (index < Total % 3 ? 1 : 0);
            var bodies = new List<byte[]>(count);
            for (var i = 0; i < count; i++)
            {
                bodies.Add(TestEvents.Create($"e2e.around.{cloud.ToName()}", out var id));
                lock (ids)
                {
                    ids.Add(id);
                }
            }

            return await environment.Sender.SendManyAsync(cloud, bodies, 8, CancellationToken.None);
        }).ToList();
        var accepted = (await Task.WhenAll(sends)).Sum();
        var sentIn = clock.Elapsed;

        var allDelivered = await fixture.Deliveries.WaitAsync(ids, TimeSpan.FromMinutes(5));
        var delivered = fixture.Deliveries.CountDelivered(ids);
        var duplicates = ids.Sum(id => Math.Max(0, fixture.Deliveries.DeliveredTo(id).Count - 1));
        output.WriteLine($"sent {accepted} in {sentIn.TotalSeconds:F1} s; delivered {delivered} after two hops each in {clock.Elapsed.TotalSeconds:F1} s ({delivered / clock.Elapsed.TotalSeconds:F0} events/s); duplicates {duplicates}");
        Assert.Equal(Total, accepted);
        Assert.True(allDelivered, $"{Total - delivered} of {Total} events not delivered");
        // Two hops: routed where it entered, routed in the middle, delivered at the end.
        Assert.All(ids.Take(50), id => Assert.Equal(3, fixture.Deliveries.EntriesOf(id).Count(e => e.Outcome is "routed" or "dropped")));
    }
}
