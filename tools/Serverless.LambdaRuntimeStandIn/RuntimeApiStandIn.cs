using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.LambdaRuntimeStandIn;

/// <summary>
/// A loopback stand-in for the Lambda Runtime API (2018-06-01) as documented in "Using the Lambda runtime API for
/// custom runtimes": <c>next</c> blocks until <see cref="Invoke"/> queues an event, then answers with the request id,
/// deadline, function ARN and trace id headers; response, error and init-error posts are recorded and answered 202.
/// </summary>
public sealed class RuntimeApiStandIn : IAsyncDisposable
{
    private const string Root = "/2018-06-01/runtime";
    private readonly WebApplication app;
    private readonly Channel<PendingInvocation> queue = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<InvocationResult> initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextCalls;

    private RuntimeApiStandIn(WebApplication app)
    {
        this.app = app;
        app.MapGet($"{Root}/invocation/next", NextAsync);
        app.MapPost(Root + "/invocation/{id}/response", (string id, HttpContext context) => CompleteAsync(id, isError: false, context));
        app.MapPost(Root + "/invocation/{id}/error", (string id, HttpContext context) => CompleteAsync(id, isError: true, context));
        app.MapPost($"{Root}/init/error", InitErrorAsync);
    }

    /// <summary>The value for <c>AWS_LAMBDA_RUNTIME_API</c>: <c>127.0.0.1:PORT</c>.</summary>
    public string HostAndPort { get; private set; } = string.Empty;

    /// <summary>Completes when the runtime posts <c>/runtime/init/error</c>.</summary>
    public Task<InvocationResult> InitError => initError.Task;

    /// <summary>How many <c>next</c> requests arrived so far.</summary>
    public int NextCalls => Volatile.Read(ref nextCalls);

    /// <summary>Starts the stand-in on a free loopback port.</summary>
    public static async Task<RuntimeApiStandIn> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var standIn = new RuntimeApiStandIn(builder.Build());
        await standIn.app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = standIn.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.HostAndPort = new Uri(address).Authority;
        return standIn;
    }

    /// <summary>Queues an event for the next <c>next</c>; the result completes when the runtime answers it.</summary>
    public PendingInvocation Invoke(byte[] payload, TimeSpan? timeLeft = null, string? traceId = null)
    {
        var invocation = new PendingInvocation(
            Guid.NewGuid().ToString(),
            payload,
            DateTimeOffset.UtcNow + (timeLeft ?? TimeSpan.FromSeconds(30)),
            traceId ?? "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            "arn:aws:lambda:us-east-1:123456789012:function:evroute-aws");
        inFlight[invocation.RequestId] = invocation;
        queue.Writer.TryWrite(invocation);
        return invocation;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await app.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task NextAsync(HttpContext context)
    {
        Interlocked.Increment(ref nextCalls);
        PendingInvocation invocation;
        try
        {
            invocation = await queue.Reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var headers = context.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = invocation.FunctionArn;
        headers["Lambda-Runtime-Trace-Id"] = invocation.TraceId;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(invocation.Payload, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task CompleteAsync(string id, bool isError, HttpContext context)
    {
        if (!inFlight.TryRemove(id, out var invocation))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        invocation.Result.TrySetResult(await ReadAsync(id, isError, context).ConfigureAwait(false));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task InitErrorAsync(HttpContext context)
    {
        initError.TrySetResult(await ReadAsync(null, isError: true, context).ConfigureAwait(false));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<InvocationResult> ReadAsync(string? id, bool isError, HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var errorType = context.Request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault();
        return new InvocationResult(id, isError, errorType, body.ToArray(), DateTimeOffset.UtcNow);
    }
}
