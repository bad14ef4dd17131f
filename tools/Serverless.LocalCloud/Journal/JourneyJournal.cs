using System.Collections.Concurrent;
using System.Text.Json;

namespace Serverless.LocalCloud.Journal;

/// <summary>
/// Collects what the three functions did, in memory and (when given a path) as JSON lines that
/// <c>evroute local watch</c> tails. Thread-safe: the functions report from their own threads.
/// </summary>
public sealed class JourneyJournal : IDisposable
{
    /// <summary>How entries are written to the journal file.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentQueue<JourneyEntry> entries = new();
    private readonly ConcurrentQueue<Arrival> arrivals = new();
    private readonly Lock fileGate = new();
    private readonly StreamWriter? file;

    /// <summary>Creates a journal; <paramref name="path"/> null keeps it in memory only.</summary>
    public JourneyJournal(string? path = null, bool keepArrivals = true)
    {
        KeepArrivals = keepArrivals;
        if (path is not null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
            Path = path;
        }
    }

    /// <summary>Raised for every entry, on the reporting function's thread; handlers must be quick and must not throw.</summary>
    public event Action<JourneyEntry>? Recorded;

    /// <summary>The journal file, when there is one.</summary>
    public string? Path { get; }

    /// <summary>Whether <see cref="Arrivals"/> are kept (the tests read them; a long benchmark need not).</summary>
    public bool KeepArrivals { get; }

    /// <summary>Every entry so far.</summary>
    public IReadOnlyCollection<JourneyEntry> Entries => entries;

    /// <summary>Every arrival so far (when <see cref="KeepArrivals"/>).</summary>
    public IReadOnlyCollection<Arrival> Arrivals => arrivals;

    /// <summary>Records an entry.</summary>
    public void Add(JourneyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entries.Enqueue(entry);
        if (file is not null)
        {
            var line = JsonSerializer.Serialize(entry, JsonOptions);
            lock (fileGate)
            {
                file.WriteLine(line);
            }
        }

        try
        {
            Recorded?.Invoke(entry);
        }
#pragma warning disable CA1031 // a broken view must not break the functions that report to it
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Records an arrival.</summary>
    public void Add(Arrival arrival)
    {
        if (KeepArrivals)
        {
            arrivals.Enqueue(arrival);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds over the entries, or the time-out passes; returns whether it held.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyCollection<JourneyEntry>, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition(entries))
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Reads a journal file's entries (skipping lines that do not parse).</summary>
    public static JourneyEntry? ParseLine(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<JourneyEntry>(line, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (fileGate)
        {
            file?.Dispose();
        }
    }
}
