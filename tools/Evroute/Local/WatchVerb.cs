using Serverless.LocalCloud.Journal;

namespace Evroute.Local;

/// <summary>
/// <c>local watch</c>: follows the journal <c>local up</c> writes (every function outcome, one line per event and hop)
/// and shows the depth of each inbound and dead-letter queue whenever it changes.
/// </summary>
internal sealed class WatchVerb(CommandIo io)
{
    public async Task<int> RunAsync(string? repositoryRoot, bool fromStart, TimeSpan? duration, CancellationToken cancellationToken)
    {
        var paths = LocalPaths.Find(repositoryRoot);
        var view = new JourneyConsole(JourneyConsole.Create(io.Out));
        using var clients = LocalClients.Open(paths, out var fromState);
        var journalPath = clients.Addresses.JournalPath ?? paths.JournalFile;
        view.Info(fromState ? $"watch: following {journalPath}" : "watch: no local up is running (no .local/local/state.json); showing queue depths of the default names");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (duration is { } d)
        {
            limit.CancelAfter(d);
        }

        FileStream? stream = null;
        StreamReader? reader = null;
        string? lastDepths = null;
        var nextDepths = DateTimeOffset.MinValue;
        try
        {
            while (!limit.IsCancellationRequested)
            {
                if (reader is null && File.Exists(journalPath))
                {
                    stream = new FileStream(journalPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    if (!fromStart)
                    {
                        stream.Seek(0, SeekOrigin.End);
                    }

                    reader = new StreamReader(stream);
                }

                while (reader is not null && await reader.ReadLineAsync(limit.Token).ConfigureAwait(false) is { } line)
                {
                    if (JourneyJournal.ParseLine(line) is { } entry)
                    {
                        view.Show(entry);
                    }
                }

                if (DateTimeOffset.UtcNow >= nextDepths)
                {
                    nextDepths = DateTimeOffset.UtcNow.AddSeconds(2);
                    var depths = await clients.Depths().ReadAsync(limit.Token).ConfigureAwait(false);
                    var text = string.Join(",", depths.Select(x => $"{x.Queue}={x.Depth}"));
                    if (text != lastDepths)
                    {
                        lastDepths = text;
                        view.Depths(depths);
                    }
                }

                await Task.Delay(200, limit.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // Ctrl-C or --duration.
        }
        finally
        {
            reader?.Dispose();
            stream?.Dispose();
        }

        return ExitCodes.Ok;
    }
}
