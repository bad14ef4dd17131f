using System.Net;
using Microsoft.AspNetCore.Builder;
using Serverless.Functions.Gcp;
using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing.Configuration;

namespace Serverless.Gcp.Tests.App;

/// <summary>Settings checked at start-up, and the app on real Kestrel.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("PORT", "eighty")]
    [InlineData("PORT", "70000")]
    [InlineData("EVROUTE_DEADLETTER_TOPIC", "evroute-deadletter")]
    [InlineData("PUBSUB_EMULATOR_HOST", "::bad host::")]
    [InlineData("EVROUTE_MAX_EVENT_BYTES", "-1")]
    public void Build_BadSetting_ThrowsNamingTheSetting(string setting, string value)
    {
        var settings = Reader(new() { [setting] = value, ["EVROUTE_DEADLETTER_TOPIC"] = setting == "EVROUTE_DEADLETTER_TOPIC" ? value : "projects/p/topics/dead" });

        var ex = Assert.Throws<SettingsException>(() => GcpApp.Build(new GcpAppOptions { Settings = settings, Log = TextWriter.Null }));

        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ServiceAccountWithoutAudience_ThrowsNamingTheSetting()
    {
        var settings = Reader(new() { ["EVROUTE_PUSH_SERVICE_ACCOUNT"] = TestTokens.ServiceAccount });

        var ex = Assert.Throws<SettingsException>(() => GcpApp.Build(new GcpAppOptions { Settings = settings, Log = TextWriter.Null }));

        Assert.Equal("EVROUTE_PUSH_SERVICE_ACCOUNT", ex.Setting);
    }

    [Fact]
    public void Build_RouteToUnconfiguredDestination_Throws()
    {
        var settings = Reader([]);

        var ex = Assert.Throws<SettingsException>(() => GcpApp.Build(new GcpAppOptions { Settings = settings, Log = TextWriter.Null }));

        Assert.Contains("aws", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnKestrelWithPortSetting_AnswersPushOnLoopback()
    {
        await using var pubsub = await FakePubSubServer.StartAsync();
        var settings = Reader(new()
        {
            ["PORT"] = "0",
            ["EVROUTE_AWS_QUEUE_URL"] = "http://127.0.0.1:1/000000000000/unused",
            ["EVROUTE_AWS_REGION"] = "us-east-1",
            ["EVROUTE_AZURE_CONNECTION_STRING"] = "UseDevelopmentStorage=true",
            ["EVROUTE_AZURE_QUEUE_NAME"] = "unused",
            ["EVROUTE_DEADLETTER_TOPIC"] = "projects/evroute-test/topics/dead",
            ["PUBSUB_EMULATOR_HOST"] = pubsub.EmulatorHost,
        });
        await using var app = GcpApp.Build(new GcpAppOptions { Settings = settings, ListenAddress = "127.0.0.1", Log = TextWriter.Null });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };

        var health = await client.GetAsync("/healthz");
        var push = await client.PostAsync("/", new StringContent(Payloads.Envelope("m-k", "{\"broken\": "), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, push.StatusCode);
        Assert.Single(pubsub.Accepted);
        Assert.StartsWith("http://127.0.0.1:", app.Urls.Single(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    private static SettingsReader Reader(Dictionary<string, string> values)
    {
        values.TryAdd("EVROUTE_ROUTES_JSON", GcpTestApp.Routes);
        return new SettingsReader(name => values.GetValueOrDefault(name));
    }

    [Fact]
    public async Task Start_NoDeadLetterTopic_WarnsNamingTheSetting()
    {
        await using var app = await GcpTestApp.StartAsync();

        var warning = Assert.Single(app.StartupLines);
        Assert.Equal("WARNING", warning.GetProperty("severity").GetString());
        Assert.Equal("EVROUTE_DEADLETTER_TOPIC", warning.GetProperty("setting").GetString());
    }
}
