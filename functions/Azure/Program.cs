using Microsoft.Extensions.Hosting;

// Skeleton: the queue-triggered function arrives with the adapters issue.
var host = new HostBuilder().ConfigureFunctionsWorkerDefaults().Build();
await host.RunAsync().ConfigureAwait(false);
