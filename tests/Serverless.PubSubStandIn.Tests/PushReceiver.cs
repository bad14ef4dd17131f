using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.PubSubStandIn.Tests;

/// <summary>A push endpoint on 127.0.0.1 that records each request and answers what the test decides.</summary>
public sealed class PushReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<ReceivedPush, Task<int>> respond;
    private readonly ConcurrentQueue<ReceivedPush> requests = new();
    private int active;
    private int maxActive;

    private PushReceiver(WebApplication app, Func<ReceivedPush, Task<int>> respond)
    {
        this.app = app;
        this.respond = respond;
    }

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<ReceivedPush> Requests => [.. requests];

    /// <summary>Most requests seen in progress at once.</summary>
    public int MaxConcurrent => Volatile.Read(ref maxActive);

    public static async Task<PushReceiver> StartAsync(Func<ReceivedPush, Task<int>> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var receiver = new PushReceiver(builder.Build(), respond);
        receiver.app.MapPost("/push", receiver.HandleAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = new Uri(address.TrimEnd('/') + "/push");
        return receiver;
    }

    public static Task<PushReceiver> StartAsync(int status) => StartAsync(_ => Task.FromResult(status));

    public async Task<IReadOnlyList<ReceivedPush>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (requests.Count < count && !limit.IsCancellationRequested)
        {
            await Task.Delay(20);
        }

        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref active);
        InterlockedMax(ref maxActive, now);
        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var push = new ReceivedPush(body!, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, DateTimeOffset.UtcNow);
            requests.Enqueue(push);
            context.Response.StatusCode = await respond(push);
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
