using System.Text;
using System.Text.Json.Nodes;
using Amazon.SQS.Model;
using Serverless.LocalCloud.Sending;
using Serverless.Routing;
using Serverless.Routing.Gcp;

namespace Serverless.Integration.Tests;

/// <summary>
/// Scenario 4: one batch per cloud mixing a native envelope, garbage, an oversized event and a good event. The
/// envelope and the good event are routed; garbage and the oversized event land in that cloud's dead-letter queue
/// with their reasons.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class MixedInputTests(LocalCloudFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("azure")]
    [InlineData("aws")]
    [InlineData("gcp")]
    public async Task MixedBatch_RoutesGoodMessages_DeadLettersBadOnesWithReason(string cloudName)
    {
        var cloud = CloudNames.Parse(cloudName);
        var marker = Guid.NewGuid().ToString("N");
        var garbage = Encoding.UTF8.GetBytes($$"""{"broken-{{marker}}": [1, 2""");
        var oversized = TestEvents.Oversized($"e2e.single.{cloudName}", out var bigId);
        var good = TestEvents.Create($"e2e.single.{cloudName}", out var goodId);
        var (native, nativeId) = NativeMessages.For(cloud, marker);

        await SendBatchAsync(cloud, native, garbage, oversized, good);

        Assert.True(await fixture.Deliveries.WaitAsync([goodId], Patience), $"the good event {goodId} was not delivered");
        var nativeDelivered = await WaitForNativeAsync(cloud, nativeId, marker);
        Assert.True(nativeDelivered, $"the native envelope ({nativeId}) was not routed");
        Assert.True(
            await fixture.DeadLetters.CollectUntilAsync(r => r.Any(l => l.Body.Contains(marker, StringComparison.Ordinal) && l.Reason == FailureReasons.Invalid) && r.Any(l => l.Body.Contains(bigId, StringComparison.Ordinal)), Patience),
            "garbage and oversized message not both in the dead-letter queue");
        var letters = fixture.DeadLetters.Records.Where(l => l.Body.Contains(marker, StringComparison.Ordinal) || l.Body.Contains(bigId, StringComparison.Ordinal)).ToList();
        foreach (var letter in letters)
        {
            output.WriteLine($"{letter.Cloud} {letter.Reason}: {letter.Detail}");
        }

        Assert.All(letters, l => Assert.Equal(cloudName, l.Cloud));
        Assert.Equal(FailureReasons.Invalid, letters.Single(l => l.Body.StartsWith("{\"broken-", StringComparison.Ordinal)).Reason);
        Assert.Equal(FailureReasons.TooLarge, letters.Single(l => l.Body.Contains(bigId, StringComparison.Ordinal)).Reason);
    }

    private async Task<bool> WaitForNativeAsync(Cloud cloud, string? nativeId, string marker)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            // The Cloud Storage notification's event id is the Pub/Sub message id: found by its object name instead.
            var delivered = fixture.Environment.Journal.Entries.Any(e => e.IsDelivered && e.Events.Any(ev => nativeId is null
                ? ev.Type == "google.cloud.storage.object.v1.finalized" && fixture.Environment.Journal.Arrivals.Any(a => a.MessageId == e.MessageId && a.Events.Any(x => x.Subject == $"objects/{marker}.csv"))
                : ev.Id == nativeId));
            if (delivered)
            {
                return true;
            }

            await Task.Delay(200);
        }

        output.WriteLine($"native message of {cloud.ToName()} not delivered");
        return false;
    }

    private async Task SendBatchAsync(Cloud cloud, NativeMessages.Native native, params byte[][] bodies)
    {
        var environment = fixture.Environment;
        switch (cloud)
        {
            case Cloud.Aws:
                var entries = new[] { native.Body }.Concat(bodies).Select((b, i) => new SendMessageBatchRequestEntry($"m{i}", Encoding.UTF8.GetString(b))).ToList();
                var sent = await environment.Sqs.SendMessageBatchAsync(environment.Addresses.AwsInbound.ToString(), entries);
                Assert.Empty(sent.Failed ?? []);
                break;
            case Cloud.Azure:
                foreach (var body in new[] { native.Body }.Concat(bodies))
                {
                    await environment.Sender.SendAsync(cloud, body, CancellationToken.None);
                }

                break;
            default:
                var publisher = new PubSubPublisher(environment.PubSub, environment.Endpoints.PubSubBaseAddress, tokenSource: null);
                var messages = new[] { new PubSubMessage { Data = native.Body, Attributes = native.Attributes } }
                    .Concat(bodies.Select(LocalSender.ToPubSub)).ToList();
                var results = await publisher.PublishAsync(environment.Options.Topology.GcpTopic, messages, CancellationToken.None);
                Assert.All(results, r => Assert.Equal(Serverless.Routing.Delivery.SendStatus.Sent, r.Status));
                break;
        }
    }
}
