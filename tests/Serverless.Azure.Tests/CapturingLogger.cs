using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Serverless.Azure.Tests;

/// <summary>Keeps every log entry with its structured properties.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue(new Entry(logLevel, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value)));
    }

    internal sealed record Entry(LogLevel Level, string Message, Dictionary<string, object?> Properties);
}
