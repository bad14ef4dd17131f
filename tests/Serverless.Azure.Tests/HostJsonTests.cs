using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Azure;

namespace Serverless.Azure.Tests;

public sealed class HostJsonTests
{
    private static JsonElement Queues()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Payloads.RepoPath("functions/Azure/host.json")));
        Assert.Equal("2.0", document.RootElement.GetProperty("version").GetString());
        return document.RootElement.GetProperty("extensions").GetProperty("queues").Clone();
    }

    [Fact]
    public void HostJson_Queues_Base64AndFiveDequeues()
    {
        var queues = Queues();

        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString(), ignoreCase: true);
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void HostJson_Queues_PollAtMostEveryTwoSecondsWithABoundedBatch()
    {
        var queues = Queues();

        Assert.InRange(TimeSpan.Parse(queues.GetProperty("maxPollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
        Assert.True(TimeSpan.Parse(queues.GetProperty("visibilityTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.Zero);
        Assert.InRange(queues.GetProperty("batchSize").GetInt32(), 1, 32);
        Assert.InRange(queues.GetProperty("newBatchThreshold").GetInt32(), 0, queues.GetProperty("batchSize").GetInt32());
    }

    [Fact]
    public void Function_TriggerBinding_UsesTheSettingNames()
    {
        var method = typeof(InboundQueueFunction).GetMethod(nameof(InboundQueueFunction.RunAsync))!;
        var trigger = method.GetParameters()[0].GetCustomAttribute<QueueTriggerAttribute>()!;

        Assert.Equal("%EVROUTE_INBOUND_QUEUE%", trigger.QueueName);
        Assert.Equal("EVROUTE_STORAGE", trigger.Connection);
        Assert.Equal(typeof(global::Azure.Storage.Queues.Models.QueueMessage), method.GetParameters()[0].ParameterType);
    }
}
