// Skeleton: the Pub/Sub REST stand-in is being written.
var app = WebApplication.CreateBuilder(args).Build();
await app.RunAsync().ConfigureAwait(false);
