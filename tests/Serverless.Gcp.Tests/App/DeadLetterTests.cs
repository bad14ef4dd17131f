using System.Net;
using System.Text;
using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;

namespace Serverless.Gcp.Tests.App;

/// <summary>Permanent failures published to the dead-letter topic on the fake publish API.</summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private const string Topic = "projects/evroute-test/topics/evroute-deadletter";
    private FakePubSubServer pubsub = null!;
    private GcpTestApp app = null!;

    public async Task InitializeAsync()
    {
        pubsub = await FakePubSubServer.StartAsync();
        app = await GcpTestApp.StartAsync(new Dictionary<string, string?>
        {
            ["EVROUTE_DEADLETTER_TOPIC"] = Topic,
            ["PUBSUB_EMULATOR_HOST"] = pubsub.EmulatorHost,
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await pubsub.DisposeAsync();
    }

    [Fact]
    public async Task Post_MalformedData_PublishesOriginalWithReasonAttributes()
    {
        var data = "{\"order\": [1, 2"u8.ToArray();
        var attributes = new Dictionary<string, string> { ["origin"] = "billing", ["content-type"] = "application/json" };

        var response = await app.PostAsync(Payloads.Envelope("m-dl-1", data, attributes, deliveryAttempt: 3));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var request = Assert.Single(pubsub.Requests);
        Assert.Equal($"/v1/{Topic}:publish", request.Path);
        Assert.Null(request.Authorization);
        var letter = Assert.Single(request.Messages);
        Assert.Equal(data, letter.Data);
        Assert.Equal("billing", letter.Attributes["origin"]);
        Assert.Equal("application/json", letter.Attributes["content-type"]);
        Assert.Equal(FailureReasons.Invalid, letter.Attributes[DeadLetterFields.Reason]);
        Assert.Equal("m-dl-1", letter.Attributes[DeadLetterFields.MessageId]);
        Assert.Equal("3", letter.Attributes[DeadLetterFields.Attempts]);
        Assert.Equal("gcp", letter.Attributes[DeadLetterFields.Cloud]);
        Assert.True(DateTimeOffset.TryParse(letter.Attributes[DeadLetterFields.FailedAt], System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.False(string.IsNullOrEmpty(letter.Attributes[DeadLetterFields.Detail]));
        Assert.Equal("published", app.LogLines.Single().GetProperty("deadLetter").GetString());
    }

    [Fact]
    public async Task Post_BinaryEventTooLarge_KeepsCeAttributesAndEventId()
    {
        var body = Payloads.BinaryEvent("m-dl-2", "ev-dl-2", "com.example.big", $"{{\"blob\":\"{new string('y', 6000)}\"}}");

        var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var letter = Assert.Single(pubsub.Accepted);
        Assert.Equal(FailureReasons.TooLarge, letter.Attributes[DeadLetterFields.Reason]);
        Assert.Equal("ev-dl-2", letter.Attributes[DeadLetterFields.EventId]);
        Assert.Equal("com.example.big", letter.Attributes["ce-type"]);
        Assert.StartsWith("{\"blob\":\"yyy", Encoding.UTF8.GetString(letter.Data), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(403)]
    public async Task Post_DeadLetterPublishFails_Returns503(int status)
    {
        pubsub.Respond = _ => (status, """{"error":{"code":500,"message":"backend error","status":"INTERNAL"}}""");

        var response = await app.PostAsync(Payloads.Envelope("m-dl-3", "{\"broken\": "));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var line = app.LogLines.Single();
        Assert.Equal("ERROR", line.GetProperty("severity").GetString());
        Assert.Equal("failed", line.GetProperty("deadLetter").GetString());
        Assert.Contains("backend error", line.GetProperty("deadLetterError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeadLetterTopicUnreachable_Returns503()
    {
        await using var unreachable = await GcpTestApp.StartAsync(new Dictionary<string, string?>
        {
            ["EVROUTE_DEADLETTER_TOPIC"] = Topic,
            ["PUBSUB_EMULATOR_HOST"] = $"127.0.0.1:{ClosedPort.Get()}",
        });

        var response = await unreachable.PostAsync(Payloads.Envelope("m-dl-4", "{\"broken\": "));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
