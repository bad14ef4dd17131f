using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>A topic: its resource as created and how many messages it accepted.</summary>
internal sealed class TopicState(Topic resource)
{
    private long published;

    public Topic Resource { get; } = resource;

    public long Published => Interlocked.Read(ref published);

    public void AddPublished(int count) => Interlocked.Add(ref published, count);
}
