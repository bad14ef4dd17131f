namespace Serverless.Routing.Routing;

/// <summary>What the router decided for one event.</summary>
public enum RoutingOutcome
{
    /// <summary>Send to <see cref="RoutingDecision.Destinations"/>.</summary>
    Forward,

    /// <summary>Acknowledge without sending (no match and <c>"unmatched": "drop"</c>).</summary>
    Drop,

    /// <summary>Dead-letter with <see cref="RoutingDecision.Reason"/>.</summary>
    DeadLetter,
}
