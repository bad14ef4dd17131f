using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.SinkContracts;

namespace Serverless.Routing.Tests.Delivery;

/// <summary>The in-memory sink keeps the same contract as the real ones, so tests built on it mean something.</summary>
public class InMemorySinkContractTests : SinkContractTests
{
    private InMemorySink? last;

    protected override int MaxEventBytes => 64 * 1024;

    protected override Task<IEventSink> CreateSinkAsync()
    {
        last = new InMemorySink(Cloud.Gcp) { MaxEventBytes = MaxEventBytes };
        return Task.FromResult<IEventSink>(last);
    }

    protected override Task<IEventSink> CreateUnreachableSinkAsync() =>
        Task.FromResult<IEventSink>(new InMemorySink(Cloud.Gcp) { Behaviour = _ => SendResult.Transient("unreachable") });

    protected override Task<IReadOnlyList<CloudEvent>> ReadDeliveredAsync(int expected, TimeSpan timeout) =>
        Task.FromResult<IReadOnlyList<CloudEvent>>([.. last!.Sent]);
}
