using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Functions.Azure;
using Serverless.Routing.Azure;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;

namespace Serverless.Azure.Tests;

public sealed class SettingsTests
{
    private static SettingsReader Reader(Dictionary<string, string> values) => new(values.GetValueOrDefault);

    [Fact]
    public void SinkFromSettings_NothingSet_ReturnsNull() =>
        Assert.Null(StorageQueueSinkFactory.FromSettings(Reader([])));

    [Fact]
    public void SinkFromSettings_ConnectionStringAndName_TargetsThatQueue()
    {
        var sink = Assert.IsType<StorageQueueSink>(StorageQueueSinkFactory.FromSettings(Reader(new()
        {
            ["EVROUTE_AZURE_CONNECTION_STRING"] = "UseDevelopmentStorage=true",
            ["EVROUTE_AZURE_QUEUE_NAME"] = "evroute-inbound",
        })));

        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1/evroute-inbound", sink.QueueUri.AbsoluteUri);
    }

    [Fact]
    public void SinkFromSettings_SasUrl_IsAccepted()
    {
        var url = "https://acct.queue.core.windows.net/evroute-inbound?sv=2022-11-02&sp=a&sig=abc%3D";

        var sink = Assert.IsType<StorageQueueSink>(StorageQueueSinkFactory.FromSettings(Reader(new() { ["EVROUTE_AZURE_QUEUE_URL"] = url })));

        Assert.True(StorageQueueClients.HasSas(new Uri(url)));
        Assert.Equal("acct.queue.core.windows.net", sink.QueueUri.Host);
    }

    [Fact]
    public void HasSas_PlainUrl_IsFalse() =>
        Assert.False(StorageQueueClients.HasSas(new Uri("https://acct.queue.core.windows.net/evroute-inbound")));

    [Theory]
    [InlineData("EVROUTE_AZURE_QUEUE_NAME", "EVROUTE_AZURE_CONNECTION_STRING", "UseDevelopmentStorage=true")]
    [InlineData("EVROUTE_AZURE_CONNECTION_STRING", "EVROUTE_AZURE_CONNECTION_STRING", "AccountKey=secret-key;nonsense", "EVROUTE_AZURE_QUEUE_NAME", "q-1")]
    [InlineData("EVROUTE_AZURE_QUEUE_NAME", "EVROUTE_AZURE_CONNECTION_STRING", "UseDevelopmentStorage=true", "EVROUTE_AZURE_QUEUE_NAME", "Bad_Name")]
    [InlineData("EVROUTE_AZURE_QUEUE_URL", "EVROUTE_AZURE_QUEUE_URL", "http://acct.queue.core.windows.net/q-1")]
    [InlineData("EVROUTE_AZURE_QUEUE_URL", "EVROUTE_AZURE_QUEUE_URL", "https://acct.queue.core.windows.net/q-1", "EVROUTE_AZURE_CONNECTION_STRING", "UseDevelopmentStorage=true")]
    public void SinkFromSettings_BadSettings_ThrowNamingTheSetting(string named, params string[] pairs)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            values[pairs[i]] = pairs[i + 1];
        }

        var error = Assert.Throws<SettingsException>(() => StorageQueueSinkFactory.FromSettings(Reader(values)));

        Assert.Equal(named, error.Setting);
        Assert.DoesNotContain("secret-key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "evroute-inbound-poison")]
    [InlineData("orders-in", null, "orders-in-poison")]
    [InlineData("orders-in", "orders-dlq", "orders-dlq")]
    public void DeadLetterQueueName_DefaultsToThePoisonQueue(string? inbound, string? configured, string expected)
    {
        var values = new Dictionary<string, string>();
        if (inbound is not null)
        {
            values["EVROUTE_INBOUND_QUEUE"] = inbound;
        }

        if (configured is not null)
        {
            values["EVROUTE_DEADLETTER_QUEUE"] = configured;
        }

        Assert.Equal(expected, StorageQueueDeadLetterFactory.DeadLetterQueueName(Reader(values)));
    }

    [Fact]
    public void DeadLetterQueueName_SameAsInbound_ThrowsRatherThanLoopingForever()
    {
        var values = new Dictionary<string, string> { ["EVROUTE_INBOUND_QUEUE"] = "orders-in", ["EVROUTE_DEADLETTER_QUEUE"] = "orders-in" };

        var error = Assert.Throws<SettingsException>(() => StorageQueueDeadLetterFactory.DeadLetterQueueName(Reader(values)));

        Assert.Equal("EVROUTE_DEADLETTER_QUEUE", error.Setting);
    }

    [Fact]
    public void Validate_NoStorageConnection_ThrowsNamingEvrouteStorage()
    {
        var error = Assert.Throws<SettingsException>(() => AzureStartup.Validate(Reader(new() { ["EVROUTE_ROUTES_JSON"] = Payloads.Routes }), [new InMemorySink(Routing.Cloud.Aws), new InMemorySink(Routing.Cloud.Gcp)]));

        Assert.Equal("EVROUTE_STORAGE", error.Setting);
    }

    [Fact]
    public void Validate_RouteToUnconfiguredDestination_Throws()
    {
        var settings = Reader(new() { ["EVROUTE_ROUTES_JSON"] = Payloads.Routes, ["EVROUTE_STORAGE"] = "UseDevelopmentStorage=true" });

        var error = Assert.Throws<SettingsException>(() => AzureStartup.Validate(settings, [new InMemorySink(Routing.Cloud.Aws)]));

        Assert.Contains("gcp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvrouteAzure_ResolvesTheFunction()
    {
        var settings = Reader(new() { ["EVROUTE_ROUTES_JSON"] = Payloads.Routes, ["EVROUTE_STORAGE"] = "UseDevelopmentStorage=true" });
        var router = AzureStartup.Validate(settings, [new InMemorySink(Routing.Cloud.Aws), new InMemorySink(Routing.Cloud.Gcp)]);
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).AddSingleton(typeof(ILogger<>), typeof(Logger<>));

        using var provider = services.AddEvrouteAzure(router, settings).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<InboundQueueFunction>());
        Assert.Equal("evroute-inbound-poison", Assert.IsType<StorageQueueDeadLetterWriter>(provider.GetRequiredService<Routing.DeadLetters.IDeadLetterWriter>()).QueueName);
    }
}
