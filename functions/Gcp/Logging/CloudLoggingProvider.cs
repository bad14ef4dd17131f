using Microsoft.Extensions.Logging;

namespace Serverless.Functions.Gcp.Logging;

/// <summary>Replaces ASP.NET Core's console logger: its messages become JSON lines with Cloud Logging's <c>severity</c>.</summary>
public sealed class CloudLoggingProvider(JsonLineWriter writer) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CloudLogger(writer, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class CloudLogger(JsonLineWriter writer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            writer.Write(Severity(logLevel), formatter(state, exception), ("category", category), ("exception", exception?.ToString()));
        }

        private static string Severity(LogLevel level) => level switch
        {
            LogLevel.Trace or LogLevel.Debug => "DEBUG",
            LogLevel.Information => "INFO",
            LogLevel.Warning => "WARNING",
            LogLevel.Error => "ERROR",
            _ => "CRITICAL",
        };
    }
}
