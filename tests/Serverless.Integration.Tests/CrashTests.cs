using Serverless.Routing;

namespace Serverless.Integration.Tests;

/// <summary>Scenario 6: the Lambda's bootstrap process is killed while it handles a batch; its messages come back and none is lost.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class CrashTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private const int Events = 150;

    [Fact]
    public async Task BootstrapKilledMidBatch_MessagesRedelivered_NoneLost()
    {
        var environment = fixture.Environment;
        var lambda = environment.AwsProcess ?? throw new InvalidOperationException("the Lambda does not run as a process");
        var crashesBefore = lambda.Crashes;
        var startsBefore = lambda.Starts;
        var ids = new List<string>();
        var bodies = Enumerable.Range(0, Events).Select(_ =>
        {
            var body = TestEvents.Create("e2e.crash", out var id);
            ids.Add(id);
            return body;
        }).ToList();
        Assert.Equal(Events, await environment.Sender.SendManyAsync(Cloud.Aws, bodies, 4, CancellationToken.None));

        // Kill the process while it holds an invocation (bounded: a kill can land just after the answer).
        var kills = 0;
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (lambda.Crashes == crashesBefore && kills < 10 && !limit.IsCancellationRequested)
            {
                while (!lambda.Busy && !limit.IsCancellationRequested)
                {
                    await Task.Delay(1);
                }

                lambda.Kill();
                kills++;
                await Task.Delay(200);
            }
        }

        var allDelivered = await fixture.Deliveries.WaitAsync(ids, TimeSpan.FromSeconds(90));

        // The crashed batch comes back once its visibility timeout ends: some message is received a second time.
        var idSet = ids.ToHashSet();
        var redelivered = await fixture.Environment.Journal.WaitForAsync(
            _ => fixture.Environment.Journal.Arrivals.Any(a => a.Cloud == "aws" && a.DeliveryCount > 1 && a.Events.Any(e => idSet.Contains(e.Id))),
            TimeSpan.FromSeconds(30));
        var delivered = fixture.Deliveries.CountDelivered(ids);
        var duplicates = ids.Sum(id => Math.Max(0, fixture.Deliveries.DeliveredTo(id).Count - 1));
        output.WriteLine($"kills {kills}, invocations lost to a crash {lambda.Crashes - crashesBefore}, execution environments started {lambda.Starts - startsBefore}; delivered {delivered} of {Events} (duplicates {duplicates})");
        Assert.True(lambda.Crashes > crashesBefore, "no kill landed during an invocation");
        Assert.True(lambda.Starts > startsBefore, "no new execution environment was started after the crash");
        Assert.True(allDelivered, $"{Events - delivered} events lost after the crash");
        Assert.True(redelivered, "no message of the crashed batch was received again");
        await fixture.DeadLetters.CollectAsync(CancellationToken.None);
        Assert.DoesNotContain(fixture.DeadLetters.Records, l => l.EventId is not null && ids.Contains(l.EventId));
    }
}
