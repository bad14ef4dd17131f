using Evroute.Dlq;
using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Evroute.Tests.Dlq;

/// <summary>An inbound queue that records what it is sent; <see cref="Behaviour"/> can make sends fail.</summary>
internal sealed class FakeInbound(Cloud cloud) : IInboundQueue
{
    public Cloud Cloud => cloud;

    public string Name => $"{cloud.ToName()}-inbound";

    public List<RedriveMessage> Sent { get; } = [];

    public Func<RedriveMessage, SendResult>? Behaviour { get; set; }

    public Task<SendResult> SendAsync(RedriveMessage message, CancellationToken cancellationToken)
    {
        var result = Behaviour?.Invoke(message) ?? SendResult.Sent;
        if (result.Status == SendStatus.Sent)
        {
            Sent.Add(message);
        }

        return Task.FromResult(result);
    }
}
