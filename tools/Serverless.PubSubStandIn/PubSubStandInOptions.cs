using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Serverless.PubSubStandIn;

/// <summary>How to run the stand-in. Everything but <see cref="Port"/> is a stand-in-only control.</summary>
public sealed record PubSubStandInOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Multiplies every redelivery back-off (retryPolicy and push back-off); 0.01 turns 10 s into 100 ms.</summary>
    public double BackoffScale { get; init; } = 1.0;

    /// <summary>Multiplies ack deadlines (and so push time-outs); 0.01 turns 10 s into 100 ms.</summary>
    public double AckDeadlineScale { get; init; } = 1.0;

    /// <summary>Pushes outstanding at once per push subscription.</summary>
    public int MaxPushInFlight { get; init; } = 16;

    /// <summary>How long a pull without returnImmediately waits for a first message.</summary>
    public TimeSpan PullWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often lapsed leases are swept and back-offs re-checked for push delivery.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Minimum level of the stand-in's own console log.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Reads --port, --backoff-scale, --ack-deadline-scale, --max-push-in-flight, --pull-wait-ms, --log-level.</summary>
    public static PubSubStandInOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new PubSubStandInOptions();
        return new PubSubStandInOptions
        {
            Port = Read(configuration, "port", defaults.Port, int.Parse),
            BackoffScale = Read(configuration, "backoff-scale", defaults.BackoffScale, double.Parse),
            AckDeadlineScale = Read(configuration, "ack-deadline-scale", defaults.AckDeadlineScale, double.Parse),
            MaxPushInFlight = Read(configuration, "max-push-in-flight", defaults.MaxPushInFlight, int.Parse),
            PullWait = TimeSpan.FromMilliseconds(Read(configuration, "pull-wait-ms", defaults.PullWait.TotalMilliseconds, double.Parse)),
            LogLevel = Enum.Parse<LogLevel>(configuration["log-level"] ?? nameof(LogLevel.Information), ignoreCase: true),
        };
    }

    internal void Validate()
    {
        if (Port is < 0 or > 65535 || BackoffScale < 0 || AckDeadlineScale <= 0 || MaxPushInFlight < 1
            || PullWait < TimeSpan.Zero || SweepInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("PubSubStandInOptions out of range: port 0-65535, scales >= 0 (ack deadline > 0), in-flight >= 1.");
        }
    }

    private static T Read<T>(IConfiguration configuration, string key, T fallback, Func<string, IFormatProvider, T> parse) =>
        configuration[key] is { Length: > 0 } text ? parse(text, CultureInfo.InvariantCulture) : fallback;
}
