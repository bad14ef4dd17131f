using Microsoft.Extensions.Hosting;
using Serverless.Functions.Azure;
using Serverless.Routing.Configuration;
using Serverless.Routing.Hosting;

var settings = SettingsReader.FromEnvironment();
RouterHost router;
try
{
    router = AzureStartup.Validate(settings);
}
catch (SettingsException ex)
{
    // The worker's stderr reaches the host log; exiting stops start-up instead of failing every message.
    await Console.Error.WriteLineAsync($"evroute: not starting, bad configuration: {ex.Message}");
    return 1;
}

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices(services => services.AddEvrouteAzure(router, settings))
    .Build();
await host.RunAsync();
return 0;
