using System.Text;
using System.Text.Json;
using Serverless.Functions.Aws;
using Serverless.Functions.Aws.Runtime;
using Serverless.LambdaRuntimeStandIn;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

/// <summary>The custom-runtime loop against the loopback Runtime API stand-in.</summary>
public sealed class RuntimeLoopTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly CancellationTokenSource stop = new();
    private readonly StringWriter errors = new();
    private readonly List<string?> traceIds = [];
    private RuntimeApiStandIn standIn = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        standIn = await RuntimeApiStandIn.StartAsync();
        http = RuntimeApiClient.CreateHttpClient(standIn.HostAndPort);
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        http.Dispose();
        await standIn.DisposeAsync();
        stop.Dispose();
    }

    [Fact]
    public async Task RunAsync_Invocations_PostsResponsesAndErrorsAndCopiesTheTraceId()
    {
        var gcp = new InMemorySink(Cloud.Gcp);
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, new StringWriter());
        var loop = Task.Run(() => Loop(() => handler).RunAsync(stop.Token));

        var ok = standIn.Invoke(SqsEvents.Event(SqsEvents.Record("m-1", SqsEvents.CloudEvent("o-1", "com.example.order.created"))), traceId: "Root=1-abc");
        var okResult = await ok.Result.Task.WaitAsync(Wait);
        var bad = standIn.Invoke(Encoding.UTF8.GetBytes("{\"not\":\"sqs\"}"));
        var badResult = await bad.Result.Task.WaitAsync(Wait);

        Assert.False(okResult.IsError);
        Assert.Equal("{\"batchItemFailures\":[]}", okResult.BodyText);
        Assert.Equal("o-1", Assert.Single(gcp.Sent).Id);
        Assert.Contains("Root=1-abc", traceIds);
        Assert.True(badResult.IsError);
        Assert.Equal(nameof(InvalidSqsEventException), badResult.ErrorType);
        using var body = JsonDocument.Parse(badResult.Body);
        Assert.Equal(nameof(InvalidSqsEventException), body.RootElement.GetProperty("errorType").GetString());
        Assert.Contains("Records", body.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, body.RootElement.GetProperty("stackTrace").GetArrayLength());
        Assert.False(loop.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_StartUpFails_PostsInitErrorAndExitsNonZero()
    {
        var settings = new SettingsReader(name => name == "EVROUTE_ROUTES_JSON" ? "{ not a table" : null);

        var exitCode = await Loop(() => SqsBatchHandler.FromSettings(settings, AppContext.BaseDirectory, new StringWriter())).RunAsync(stop.Token).WaitAsync(Wait);

        Assert.Equal(RuntimeLoop.FailureExitCode, exitCode);
        var initError = await standIn.InitError.WaitAsync(Wait);
        Assert.Equal(nameof(SettingsException), initError.ErrorType);
        Assert.Contains("routing table", initError.BodyText, StringComparison.Ordinal);
        Assert.Equal(0, standIn.NextCalls);
    }

    [Fact]
    public async Task RunAsync_RuntimeApiUnreachable_ExitsNonZero()
    {
        using var gone = RuntimeApiClient.CreateHttpClient(Fauxqs.ClosedEndpoint().Authority);
        var handler = RouterHosts.Handler(RouterHosts.Host(new InMemorySink(Cloud.Gcp), new InMemorySink(Cloud.Azure)), null, new StringWriter());
        var loop = new RuntimeLoop(new RuntimeApiClient(gone), () => handler, errors, traceIds.Add);

        var exitCode = await loop.RunAsync(stop.Token).WaitAsync(Wait);

        Assert.Equal(RuntimeLoop.FailureExitCode, exitCode);
        Assert.Contains("Runtime API failed", errors.ToString(), StringComparison.Ordinal);
    }

    private RuntimeLoop Loop(Func<IInvocationHandler> initialise) => new(new RuntimeApiClient(http), initialise, errors, traceIds.Add);
}
