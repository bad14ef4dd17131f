using System.Text;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.SinkContracts;

/// <summary>
/// What every sink must do, whatever its transport: deliver events with their attributes and data intact, split
/// work into the service's batches, refuse an event over the destination's limit without losing the others, and
/// report an unreachable destination as transient. Subclass once per sink.
/// </summary>
public abstract class SinkContractTests
{
    /// <summary>A sink writing to a fresh, empty destination.</summary>
    protected abstract Task<IEventSink> CreateSinkAsync();

    /// <summary>A sink whose destination cannot be reached (a closed loopback port).</summary>
    protected abstract Task<IEventSink> CreateUnreachableSinkAsync();

    /// <summary>Reads back what reached the destination of the last created sink, decoded as CloudEvents.</summary>
    protected abstract Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout);

    /// <summary>The destination's limit on one encoded event, as the sink enforces it.</summary>
    protected abstract int MaxEventBytes { get; }

    /// <summary>How long to wait for deliveries to show up.</summary>
    protected virtual TimeSpan ReadTimeout => TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SendAsync_NoEvents_ReturnsNoResults()
    {
        var sink = await CreateSinkAsync();
        var results = await sink.SendAsync([], CancellationToken.None);
        Assert.Empty(results);
    }

    [Fact]
    public async Task SendAsync_MixedEvents_DeliversEachWithAttributesAndDataIntact()
    {
        var sink = await CreateSinkAsync();
        CloudEvent[] events = [SampleEvents.JsonData("c-1"), SampleEvents.TextData("c-2"), SampleEvents.BinaryData("c-3")];

        var results = await sink.SendAsync(events, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        var delivered = await ReadDeliveredAsync(events.Length, ReadTimeout);
        Assert.Equal(events.Length, delivered.Count);
        foreach (var expected in events)
        {
            var actual = Assert.Single(delivered, e => e.Id == expected.Id);
            AssertSameEvent(expected, actual);
        }
    }

    [Fact]
    public async Task SendAsync_MoreEventsThanOneServiceBatch_DeliversAllAndReportsEachInOrder()
    {
        var sink = await CreateSinkAsync();
        var events = Enumerable.Range(0, 25).Select(i => SampleEvents.JsonData($"many-{i}")).ToArray();

        var results = await sink.SendAsync(events, CancellationToken.None);

        Assert.Equal(events.Length, results.Count);
        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        var delivered = await ReadDeliveredAsync(events.Length, ReadTimeout);
        Assert.Equal(events.Select(e => e.Id).Order(), delivered.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task SendAsync_EventOverLimit_FailsPermanentlyAsTooLargeAndSendsTheOthers()
    {
        var sink = await CreateSinkAsync();
        CloudEvent[] events = [SampleEvents.JsonData("small-1"), SampleEvents.OfSize("huge", MaxEventBytes + 1024), SampleEvents.JsonData("small-2")];

        var results = await sink.SendAsync(events, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, results[0].Status);
        Assert.Equal(SendStatus.Permanent, results[1].Status);
        Assert.Equal(FailureReasons.TooLarge, results[1].Reason);
        Assert.Contains(MaxEventBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), results[1].Detail, StringComparison.Ordinal);
        Assert.Equal(SendStatus.Sent, results[2].Status);
        var delivered = await ReadDeliveredAsync(2, ReadTimeout);
        Assert.Equal(["small-1", "small-2"], delivered.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task SendAsync_UnreachableDestination_ReportsEveryEventTransient()
    {
        var sink = await CreateUnreachableSinkAsync();
        CloudEvent[] events = [SampleEvents.JsonData("lost-1"), SampleEvents.JsonData("lost-2")];

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var results = await sink.SendAsync(events, timeout.Token);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(SendStatus.Transient, r.Status));
    }

    /// <summary>Same event as far as a consumer can tell: attributes, extensions and data bytes.</summary>
    protected static void AssertSameEvent(CloudEvent expected, CloudEvent actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Time, actual.Time);
        Assert.Equal(expected.DataContentType, actual.DataContentType);
        foreach (var (name, value) in expected.Extensions)
        {
            Assert.True(actual.Extensions.TryGetValue(name, out var got), $"extension {name} missing");
            Assert.Equal(value.Text, got.Text);
        }

        Assert.Equal(
            Encoding.UTF8.GetString(CloudEventBinaryMode.GetDataBytes(expected).Span),
            Encoding.UTF8.GetString(CloudEventBinaryMode.GetDataBytes(actual).Span));
    }
}
