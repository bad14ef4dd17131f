using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Serverless.Functions.Gcp;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Hosting;

namespace Serverless.Gcp.Tests.App;

/// <summary>
/// The Cloud Run app on the ASP.NET TestHost, with in-memory destinations: AWS accepts everything, Azure refuses
/// events over 4 KiB and fails <c>com.example.flaky</c> transiently.
/// </summary>
public sealed class GcpTestApp : IAsyncDisposable
{
    public const string Routes = """
        {"unmatched":"deadletter","routes":[
          {"name":"orders","from":["gcp"],"filter":{"prefix":{"type":"com.example.order."}},"to":["aws"]},
          {"name":"uploads","from":["gcp"],"filter":{"exact":{"type":"google.cloud.storage.object.v1.finalized"}},"to":["azure"]},
          {"name":"big","from":["gcp"],"filter":{"exact":{"type":"com.example.big"}},"to":["azure"]},
          {"name":"flaky","from":["gcp"],"filter":{"exact":{"type":"com.example.flaky"}},"to":["azure"]}
        ]}
        """;

    private readonly WebApplication app;
    private readonly StringWriter log;

    private GcpTestApp(WebApplication app, StringWriter log, InMemorySink aws, InMemorySink azure, bool kestrel)
    {
        this.app = app;
        this.log = log;
        Aws = aws;
        Azure = azure;
        Client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) } : app.GetTestClient();
    }

    /// <summary>Where the app listens (Kestrel) or the test server's base address.</summary>
    public Uri BaseAddress => Client.BaseAddress!;

    public InMemorySink Aws { get; }

    public InMemorySink Azure { get; }

    public HttpClient Client { get; }

    /// <summary>The JSON log lines written so far about requests (start-up lines, which name a setting, left out).</summary>
    public IReadOnlyList<JsonElement> LogLines => [.. AllLines.Where(l => !l.TryGetProperty("setting", out _))];

    /// <summary>The start-up lines: warnings that name a setting.</summary>
    public IReadOnlyList<JsonElement> StartupLines => [.. AllLines.Where(l => l.TryGetProperty("setting", out _))];

    private IEnumerable<JsonElement> AllLines =>
        log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    public static async Task<GcpTestApp> StartAsync(IDictionary<string, string?>? settings = null, string? certificatesUrl = null, TimeProvider? time = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal) { ["EVROUTE_ROUTES_JSON"] = Routes, ["PORT"] = "0" };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        var reader = new SettingsReader(name => all.GetValueOrDefault(name));
        var aws = new InMemorySink(Cloud.Aws);
        var azure = new InMemorySink(Cloud.Azure)
        {
            MaxEventBytes = 4096,
            Behaviour = e => e.Type == "com.example.flaky" ? SendResult.Transient("azure queue answered 503") : SendResult.Sent,
        };
        var host = RouterHost.Create(Cloud.Gcp, reader, sinks: [aws, azure]);
        var log = new StringWriter();
        var app = GcpApp.Build(new GcpAppOptions
        {
            Settings = reader,
            Host = host,
            CertificatesUrl = certificatesUrl,
            Time = time ?? TimeProvider.System,
            Log = log,
            ListenAddress = "127.0.0.1",
            ConfigureBuilder = kestrel ? null : b => b.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        return new GcpTestApp(app, log, aws, azure, kestrel);
    }

    /// <summary>POSTs <paramref name="body"/> to / with optional headers.</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, IDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, System.Text.Encoding.UTF8, contentType) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Ids of events a sink accepted.</summary>
    public static IReadOnlyList<string> Ids(InMemorySink sink) => [.. sink.Sent.Select(e => e.Id)];

    /// <summary>The events a sink accepted.</summary>
    public static IReadOnlyList<CloudEvent> Events(InMemorySink sink) => [.. sink.Sent];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
