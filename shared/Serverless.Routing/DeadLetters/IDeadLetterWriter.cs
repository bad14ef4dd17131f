namespace Serverless.Routing.DeadLetters;

/// <summary>Writes dead letters to the current cloud's dead-letter queue. Throws when it cannot (the adapter then retries the message).</summary>
public interface IDeadLetterWriter
{
    /// <summary>Writes every letter, or throws.</summary>
    Task WriteAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken);
}
