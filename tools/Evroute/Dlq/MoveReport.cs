using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>The result of a redrive or purge over one cloud's dead-letter store.</summary>
internal sealed record MoveReport(Cloud Cloud, string Store, IReadOnlyList<MoveOutcome> Outcomes)
{
    public int Count(MoveStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>True when something chosen is still in the store against the operator's intent.</summary>
    public bool HasFailures => Count(MoveStatus.Failed) > 0;
}
