using System.Text.Json.Nodes;
using Serverless.Functions.Gcp;
using Serverless.Routing.Configuration;

// Cloud Run: the Pub/Sub push endpoint. A bad setting stops start-up with one JSON line naming it.
Microsoft.AspNetCore.Builder.WebApplication app;
try
{
    app = GcpApp.Build(new GcpAppOptions { Args = args });
}
catch (SettingsException ex)
{
    var line = new JsonObject { ["severity"] = "CRITICAL", ["message"] = $"start-up failed: {ex.Message}", ["setting"] = ex.Setting };
    Console.Error.WriteLine(line.ToJsonString());
    return 1;
}

await app.RunAsync();
return 0;
