using System.Collections.Concurrent;
using Serverless.LocalCloud;
using Serverless.LocalCloud.Emulators;
using Serverless.LocalCloud.Journal;
using Serverless.Routing;
using Serverless.Routing.Routing;

namespace Evroute.Local;

/// <summary>
/// <c>local up</c>: brings the three clouds up on this machine, sends the demo, shows every hop live, and keeps
/// running until Ctrl-C (or <c>--duration</c>, or right after the demo with <c>--exit-after-demo</c>); then stops
/// everything it started.
/// </summary>
internal sealed class UpVerb(CommandIo io)
{
    private readonly ConcurrentDictionary<(string Id, string Cloud), DateTimeOffset> seen = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> sent = new(StringComparer.Ordinal);

    public async Task<int> RunAsync(UpOptions options, CancellationToken outerToken)
    {
        using var signal = new TerminationSignal(outerToken);
        var cancellationToken = signal.Token;
        var paths = LocalPaths.Find(options.RepositoryRoot);
        var view = new JourneyConsole(JourneyConsole.Create(io.Out));
        var routesFile = options.RoutesFile ?? paths.DefaultRoutes;
        RoutingTable table;
        string routesJson;
        try
        {
            routesJson = await File.ReadAllTextAsync(routesFile, cancellationToken).ConfigureAwait(false);
            table = RoutingTableLoader.Parse(routesJson, routesFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RoutingTableException)
        {
            await io.Error.WriteLineAsync($"evroute: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        Directory.CreateDirectory(paths.StateDirectory);
        File.Delete(paths.JournalFile);
        using var logFile = new StreamWriter(paths.LogFile, append: false) { AutoFlush = true };
        void Log(string line)
        {
            lock (logFile)
            {
                logFile.WriteLine($"{DateTimeOffset.Now:O} {line}");
            }

            view.Info(line);
        }

        var localOptions = await OptionsAsync(options, paths, routesJson, cancellationToken).ConfigureAwait(false);
        view.Info($"local: routing table {routesFile} ({table.Routes.Count} routes); run files in {paths.StateDirectory}");

        // Whatever ends this command, everything started is stopped before the process exits.
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void WaitForStop(object? sender, EventArgs e) => stopped.Task.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += WaitForStop;
        LocalCloudEnvironment? environment = null;
        try
        {
            environment = await LocalCloudEnvironment.StartAsync(localOptions, Log, cancellationToken).ConfigureAwait(false);
            await environment.Addresses.SaveAsync(paths.StateFile, cancellationToken).ConfigureAwait(false);
            environment.Journal.Recorded += entry => view.Show(entry, e => HopTime(entry, e));
            var ok = true;
            if (options.Demo)
            {
                ok = await new DemoRun(environment, view, sent).RunAsync(DemoEvents.Pick(paths, table, options.DemoFile, Cloud(options.DemoCloud), Log), cancellationToken).ConfigureAwait(false);
            }

            if (options.ExitAfterDemo)
            {
                return ok ? ExitCodes.Ok : ExitCodes.Failed;
            }

            view.Info("local: running. In another terminal: evroute local send --to aws|azure|gcp FILE, evroute local watch. Ctrl-C stops everything.");
            await Task.Delay(options.Duration ?? Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or TimeoutException or Serverless.Routing.Configuration.SettingsException)
        {
            await io.Error.WriteLineAsync($"evroute: local up failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }
        finally
        {
            view.Info("local: stopping everything this command started");
            if (environment is not null)
            {
                await environment.DisposeAsync().ConfigureAwait(false);
            }

            File.Delete(paths.StateFile);
            stopped.TrySetResult();
            AppDomain.CurrentDomain.ProcessExit -= WaitForStop;
            view.Info("local: stopped");
        }
    }

    private static async Task<LocalCloudOptions> OptionsAsync(UpOptions options, LocalPaths paths, string routesJson, CancellationToken cancellationToken)
    {
        // A PUBSUB_EMULATOR_HOST that answers (Google's emulator, say) is used as it is; otherwise the stand-in starts.
        var emulatorHost = Environment.GetEnvironmentVariable("PUBSUB_EMULATOR_HOST");
        var endpoints = new LocalEndpoints();
        if (!string.IsNullOrWhiteSpace(emulatorHost))
        {
            endpoints = endpoints with { PubSubEmulatorHost = emulatorHost.Trim() };
        }
        else if (await PortProbe.IsOpenAsync("127.0.0.1", 8085, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false))
        {
            endpoints = endpoints with { PubSubEmulatorHost = "127.0.0.1:0" };
        }

        if (await PortProbe.IsOpenAsync("127.0.0.1", endpoints.GcpFunctionPort, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false))
        {
            endpoints = endpoints with { GcpFunctionPort = 0 };
        }

        return new LocalCloudOptions
        {
            RepositoryRoot = paths.RepositoryRoot,
            RoutesJson = routesJson,
            Endpoints = endpoints,
            UseRunningPubSubEmulator = !string.IsNullOrWhiteSpace(emulatorHost),
            AwsAsProcess = !options.AwsInProcess,
            JournalPath = paths.JournalFile,
            KeepArrivals = false,
        };
    }

    private static Cloud? Cloud(string? name) => name is null ? null : CloudNames.Parse(name);

    // Time from the step before (the forwarding cloud, or the send) to this one.
    private TimeSpan? HopTime(JourneyEntry entry, JourneyEvent journeyEvent)
    {
        seen[(journeyEvent.Id, entry.Cloud)] = entry.At;
        var from = journeyEvent.Path?.Split(',')[^1];
        if (from is not null && seen.TryGetValue((journeyEvent.Id, from), out var previous))
        {
            return entry.At - previous;
        }

        return from is null && sent.TryGetValue(journeyEvent.Id, out var at) ? entry.At - at : null;
    }
}
