using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Evroute.Dlq;

/// <summary>A cloud's inbound queue or topic, the target of a redrive.</summary>
internal interface IInboundQueue
{
    /// <summary>The cloud.</summary>
    Cloud Cloud { get; }

    /// <summary>The queue or topic name, for messages.</summary>
    string Name { get; }

    /// <summary>Sends one message; a failure is a result, not an exception.</summary>
    Task<SendResult> SendAsync(RedriveMessage message, CancellationToken cancellationToken);
}
