using System.CommandLine;
using Evroute.Local;
using Serverless.Routing;

namespace Evroute.Commands;

/// <summary><c>evroute local up|send|watch|bench</c>: the three clouds on this machine.</summary>
internal static class LocalCommand
{
    public static Command Create(CommandIo io)
    {
        var root = new Option<string?>("--repo-root") { Description = "The checkout (default: found above the working directory).", HelpName = "DIR", Recursive = true };
        var command = new Command("local", "Run the three clouds on this machine: emulators, stand-ins and the three functions.")
        {
            root,
            Up(io, root),
            Send(io, root),
            Watch(io, root),
            Bench(io, root),
        };
        return command;
    }

    private static Command Up(CommandIo io, Option<string?> root)
    {
        var routes = new Option<string?>("--routes") { Description = "The routing table (default: routes.json at the repository root).", HelpName = "FILE" };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not send the demo events." };
        var demo = new Option<string?>("--demo") { Description = "Send this event as the demo instead of the built-in examples.", HelpName = "FILE" };
        var demoTo = new Option<string?>("--demo-to") { Description = "The cloud the --demo event enters (default azure).", HelpName = "azure|aws|gcp" };
        demoTo.AcceptOnlyFromAmong([.. CloudNames.All.Select(c => c.ToName())]);
        var exitAfterDemo = new Option<bool>("--exit-after-demo") { Description = "Stop everything once the demo journeys ended (exit 0 when all were delivered)." };
        var duration = new Option<int?>("--duration") { Description = "Stop after this many seconds instead of waiting for Ctrl-C.", HelpName = "SECONDS" };
        var inProcess = new Option<bool>("--aws-in-process") { Description = "Call the Lambda handler in this process instead of running the bootstrap executable." };
        var up = new Command("up", "Start emulators, topology and the three functions; send the demo and show its journey; run until Ctrl-C.")
        {
            routes, noDemo, demo, demoTo, exitAfterDemo, duration, inProcess,
        };
        up.SetAction((result, cancellationToken) => new UpVerb(io).RunAsync(
            new UpOptions
            {
                RepositoryRoot = result.GetValue(root),
                RoutesFile = result.GetValue(routes),
                Demo = !result.GetValue(noDemo),
                DemoFile = result.GetValue(demo),
                DemoCloud = result.GetValue(demoTo),
                ExitAfterDemo = result.GetValue(exitAfterDemo),
                Duration = result.GetValue(duration) is { } s ? TimeSpan.FromSeconds(s) : null,
                AwsInProcess = result.GetValue(inProcess),
            },
            cancellationToken));
        return up;
    }

    private static Command Send(CommandIo io, Option<string?> root)
    {
        var to = new Option<string>("--to") { Description = "The cloud whose inbound queue gets the message.", Required = true, HelpName = "azure|aws|gcp" };
        to.AcceptOnlyFromAmong([.. CloudNames.All.Select(c => c.ToName())]);
        var file = new Argument<string>("FILE") { Description = "The message: a CloudEvent or any native message (bytes sent unchanged), or - for standard input." };
        var send = new Command("send", "Put an event or native message on a cloud's local inbound queue.") { to, file };
        send.SetAction((result, cancellationToken) => new SendVerb(io).RunAsync(
            result.GetValue(root), CloudNames.Parse(result.GetRequiredValue(to)), result.GetRequiredValue(file), cancellationToken));
        return send;
    }

    private static Command Watch(CommandIo io, Option<string?> root)
    {
        var fromStart = new Option<bool>("--from-start") { Description = "Show the journal from the beginning, not only what happens from now." };
        var duration = new Option<int?>("--duration") { Description = "Stop after this many seconds.", HelpName = "SECONDS" };
        var watch = new Command("watch", "Follow what the functions do and the depths of the inbound and dead-letter queues.") { fromStart, duration };
        watch.SetAction((result, cancellationToken) => new WatchVerb(io).RunAsync(
            result.GetValue(root), result.GetValue(fromStart), result.GetValue(duration) is { } s ? TimeSpan.FromSeconds(s) : null, cancellationToken));
        return watch;
    }

    private static Command Bench(CommandIo io, Option<string?> root)
    {
        var events = new Option<int>("--events") { Description = "Events per throughput run (per cloud).", DefaultValueFactory = _ => 2000 };
        var latency = new Option<int>("--latency-events") { Description = "Events per latency run.", DefaultValueFactory = _ => 200 };
        var sender = new Option<int>("--sender-events") { Description = "Events per sender comparison.", DefaultValueFactory = _ => 1000 };
        var bench = new Command("bench", "Measure throughput per function instance, hop latencies and batched versus one-by-one senders.") { events, latency, sender };
        bench.SetAction((result, cancellationToken) => new BenchVerb(io).RunAsync(
            result.GetValue(root), new BenchOptions(result.GetValue(events), result.GetValue(latency), result.GetValue(sender)), cancellationToken));
        return bench;
    }
}
