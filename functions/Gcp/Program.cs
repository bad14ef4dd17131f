// Skeleton: the Pub/Sub push endpoint arrives with the adapters issue.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/healthz", () => "ok");
await app.RunAsync().ConfigureAwait(false);
