using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.Gcp.Tests.Fakes;

/// <summary>
/// A loopback stand-in for the two Google endpoints the function calls: Pub/Sub's REST publish
/// (<c>POST /v1/projects/P/topics/T:publish</c>, answering <c>{"messageIds":[...]}</c>) and a JWK set at
/// <c>/certs</c> holding <see cref="TestTokens"/>' public key. <see cref="Respond"/> scripts failures.
/// </summary>
public sealed class FakePubSubServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<PublishRequestRecord> requests = new();
    private int nextId;

    private FakePubSubServer(WebApplication app) => this.app = app;

    /// <summary>e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>host:port, for PUBSUB_EMULATOR_HOST.</summary>
    public string EmulatorHost => $"{BaseAddress.Host}:{BaseAddress.Port}";

    /// <summary>The JWK set URL.</summary>
    public string CertificatesUrl => new Uri(BaseAddress, "/certs").ToString();

    /// <summary>Every publish request, in arrival order (failed ones too).</summary>
    public IReadOnlyList<PublishRequestRecord> Requests => [.. requests];

    /// <summary>Every message of every request answered 200.</summary>
    public List<PublishedMessage> Accepted { get; } = [];

    /// <summary>Given the 0-based request number, the status and body to answer; null answers 200 with ids.</summary>
    public Func<int, (int Status, string Body)?> Respond { get; set; } = _ => null;

    /// <summary>Starts on 127.0.0.1 and a free port.</summary>
    public static async Task<FakePubSubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var server = new FakePubSubServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.Method == "GET" && path == "/certs")
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(TestTokens.Jwks);
            return;
        }

        if (context.Request.Method != "POST" || !path.StartsWith("/v1/projects/", StringComparison.Ordinal) || !path.EndsWith(":publish", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var topic = path["/v1/".Length..^":publish".Length];
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var messages = Parse(topic, buffer.ToArray());
        var number = Interlocked.Increment(ref nextId) - 1;
        requests.Enqueue(new PublishRequestRecord(path, context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType, (int)buffer.Length, messages));
        if (Respond(number) is { } scripted)
        {
            context.Response.StatusCode = scripted.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body);
            return;
        }

        lock (Accepted)
        {
            Accepted.AddRange(messages);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { messageIds = messages.Select((_, i) => $"{number}-{i}") }));
    }

    private static List<PublishedMessage> Parse(string topic, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var result = new List<PublishedMessage>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var data = message.TryGetProperty("data", out var d) ? d.GetBytesFromBase64() : [];
            var attributes = message.TryGetProperty("attributes", out var a)
                ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
                : [];
            result.Add(new PublishedMessage(topic, data, attributes));
        }

        return result;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
