using System.Collections.Concurrent;
using Serverless.Routing.DeadLetters;

namespace Serverless.Aws.Tests;

/// <summary>Keeps the dead letters it is given; can be told to fail like an unreachable queue.</summary>
internal sealed class RecordingDeadLetterWriter : IDeadLetterWriter
{
    public ConcurrentQueue<DeadLetter> Written { get; } = new();

    public bool Fail { get; init; }

    public Task WriteAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("dead-letter queue unreachable");
        }

        foreach (var letter in letters)
        {
            Written.Enqueue(letter);
        }

        return Task.CompletedTask;
    }
}
