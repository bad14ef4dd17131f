using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Serverless.PubSubStandIn;

// Local development and tests only: `dotnet run --project tools/Serverless.PubSubStandIn -- --port 8085`.
var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
var options = PubSubStandInOptions.FromConfiguration(configuration);
if (configuration["port"] is null)
{
    options = options with { Port = 8085 };
}

var stop = new TaskCompletionSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c));
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c));
await using var server = await PubSubStandInServer.StartAsync(options, CancellationToken.None).ConfigureAwait(false);
Console.WriteLine($"pubsub stand-in listening on {server.EmulatorHost}");
await stop.Task.ConfigureAwait(false);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
