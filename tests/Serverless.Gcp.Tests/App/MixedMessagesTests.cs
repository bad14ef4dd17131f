using System.Net;
using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;

namespace Serverless.Gcp.Tests.App;

/// <summary>One push per kind of message, with a dead-letter topic on the fake publish API: each gets its exact status.</summary>
public sealed class MixedMessagesTests : IAsyncLifetime
{
    private FakePubSubServer pubsub = null!;
    private GcpTestApp app = null!;

    public async Task InitializeAsync()
    {
        pubsub = await FakePubSubServer.StartAsync();
        app = await GcpTestApp.StartAsync(new Dictionary<string, string?>
        {
            ["EVROUTE_DEADLETTER_TOPIC"] = "projects/evroute-test/topics/evroute-deadletter",
            ["PUBSUB_EMULATOR_HOST"] = pubsub.EmulatorHost,
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await pubsub.DisposeAsync();
    }

    public static TheoryData<string, string, int, string?> Cases => new()
    {
        { "binary", Payloads.BinaryEvent("m-bin", "ev-bin", "com.example.order.created"), 204, null },
        { "structured", Payloads.StructuredEvent("m-str", "ev-str", "com.example.order.shipped"), 204, null },
        { "storage", Payloads.StorageNotification("m-gcs"), 204, null },
        { "malformed", Payloads.Envelope("m-bad", "{\"order\": [1, 2"), 204, FailureReasons.Invalid },
        { "too-large", Payloads.BinaryEvent("m-big", "ev-big", "com.example.big", $"{{\"blob\":\"{new string('x', 8192)}\"}}"), 204, FailureReasons.TooLarge },
        { "unmatched", Payloads.BinaryEvent("m-none", "ev-none", "com.example.unknown"), 204, FailureReasons.Unmatched },
        { "transient", Payloads.BinaryEvent("m-flaky", "ev-flaky", "com.example.flaky"), 503, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_Message_AnswersExpectedStatus(string kind, string body, int status, string? deadLetterReason)
    {
        var response = await app.PostAsync(body);

        Assert.True(status == (int)response.StatusCode, $"{kind}: expected {status}, got {(int)response.StatusCode}");
        var deadLetters = pubsub.Accepted;
        if (deadLetterReason is null)
        {
            Assert.Empty(deadLetters);
        }
        else
        {
            var letter = Assert.Single(deadLetters);
            Assert.Equal("projects/evroute-test/topics/evroute-deadletter", letter.Topic);
            Assert.Equal(deadLetterReason, letter.Attributes[DeadLetterFields.Reason]);
        }
    }

    [Fact]
    public async Task Post_StorageNotification_ForwardsFinalizedEventToAzure()
    {
        await app.PostAsync(Payloads.StorageNotification("m-gcs-2"));

        var forwarded = Assert.Single(GcpTestApp.Events(app.Azure));
        Assert.Equal("google.cloud.storage.object.v1.finalized", forwarded.Type);
        Assert.Equal("//storage.googleapis.com/projects/_/buckets/uploads", forwarded.Source);
        Assert.Equal("objects/in/report.csv", forwarded.Subject);
    }

    [Fact]
    public async Task Post_TransientFailure_DoesNotDeadLetterAndLogsWarning()
    {
        await app.PostAsync(Payloads.BinaryEvent("m-flaky-2", "ev-flaky-2", "com.example.flaky"));

        var line = Assert.Single(app.LogLines);
        Assert.Equal("WARNING", line.GetProperty("severity").GetString());
        Assert.Equal("retry", line.GetProperty("outcome").GetString());
        Assert.Empty(pubsub.Requests);
    }
}
