using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Delivery;

/// <summary>One event of a message on its way: its decision and the send results as they come in (concurrently).</summary>
internal sealed class EventWork(CloudEvent cloudEvent, RoutingDecision decision)
{
    private readonly Lock gate = new();
    private readonly List<Cloud> delivered = [];
    private readonly Dictionary<Cloud, SendResult> failures = [];

    public CloudEvent Event { get; } = cloudEvent;

    public RoutingDecision Decision { get; } = decision;

    public void Record(Cloud destination, SendResult result)
    {
        lock (gate)
        {
            if (result.Status == SendStatus.Sent)
            {
                delivered.Add(destination);
            }
            else
            {
                failures[destination] = result;
            }
        }
    }

    public EventReport ToReport()
    {
        lock (gate)
        {
            return new EventReport
            {
                Id = Event.Id,
                Type = Event.Type,
                Source = Event.Source,
                Decision = Decision,
                DeliveredTo = [.. delivered],
                Failures = new Dictionary<Cloud, SendResult>(failures),
            };
        }
    }
}
