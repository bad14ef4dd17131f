using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>The dead-letter stores and inbound queues the command layer works on (real clouds, or fakes in tests).</summary>
internal interface IDlqBackends
{
    /// <summary>The clouds with a configured dead-letter store, in a stable order.</summary>
    IReadOnlyList<Cloud> Configured { get; }

    /// <summary>The dead-letter store of <paramref name="cloud"/>; throws <see cref="DlqConfigException"/> when not configured.</summary>
    IDeadLetterStore Store(Cloud cloud);

    /// <summary>The inbound queue of <paramref name="cloud"/>; throws <see cref="DlqConfigException"/> when not configured.</summary>
    IInboundQueue Inbound(Cloud cloud);
}
