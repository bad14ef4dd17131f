namespace Serverless.Routing.Routing;

/// <summary>What happens to an event no route matches (<c>"unmatched"</c> in the table).</summary>
public enum UnmatchedAction
{
    /// <summary><c>"drop"</c>: acknowledge and log it.</summary>
    Drop,

    /// <summary><c>"deadletter"</c>: dead-letter it with reason <c>unmatched</c>.</summary>
    DeadLetter,
}
