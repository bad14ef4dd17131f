using System.Net;
using System.Text;
using Serverless.Routing;

namespace Serverless.Gcp.Tests.App;

/// <summary>Push envelopes without token checks and without a dead-letter topic.</summary>
public sealed class PushEndpointTests : IAsyncLifetime
{
    private GcpTestApp app = null!;

    public async Task InitializeAsync() => app = await GcpTestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Post_BinaryModeEnvelope_Returns204AndForwardsEvent()
    {
        var response = await app.PostAsync(Payloads.BinaryEvent("m-1", "order-1", "com.example.order.created"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var forwarded = Assert.Single(GcpTestApp.Events(app.Aws));
        Assert.Equal("order-1", forwarded.Id);
        Assert.Equal("//orders.example.com/eu", forwarded.Source);
        Assert.Equal("application/json", forwarded.DataContentType);
        Assert.Equal("""{"order":42}""", Encoding.UTF8.GetString(forwarded.Data.Bytes.Span));
    }

    [Fact]
    public async Task Post_SnakeCaseFields_Returns204()
    {
        var body = Payloads.Envelope("m-snake", Encoding.UTF8.GetBytes("""{"specversion":"1.0","id":"snake-1","source":"urn:x","type":"com.example.order.paid"}"""), snakeCase: true);

        var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["snake-1"], GcpTestApp.Ids(app.Aws));
    }

    [Fact]
    public async Task Post_EventarcBinaryModeRequest_Returns204AndRoutesTheEnvelope()
    {
        var body = Payloads.BinaryEvent("1234567890", "order-ea", "com.example.order.created");

        var response = await app.PostAsync(body, Payloads.EventarcHeaders("1234567890"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["order-ea"], GcpTestApp.Ids(app.Aws));
        Assert.Equal("eventarc", app.LogLines.Single().GetProperty("request").GetString());
    }

    [Fact]
    public async Task Post_EventarcEventOfAnotherType_RoutesTheCloudEventItself()
    {
        var headers = new Dictionary<string, string>
        {
            ["ce-id"] = "gcs-ea-1",
            ["ce-source"] = "//storage.googleapis.com/projects/_/buckets/uploads",
            ["ce-specversion"] = "1.0",
            ["ce-type"] = "google.cloud.storage.object.v1.finalized",
            ["ce-subject"] = "objects/in/report.csv",
            ["ce-time"] = "2026-03-01T10:00:00.123Z",
        };

        var response = await app.PostAsync("""{"bucket":"uploads","name":"in/report.csv"}""", headers);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var forwarded = Assert.Single(GcpTestApp.Events(app.Azure));
        Assert.Equal("gcs-ea-1", forwarded.Id);
        Assert.Equal("objects/in/report.csv", forwarded.Subject);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"subscription":"projects/p/subscriptions/s"}""")]
    [InlineData("""{"message":"hello"}""")]
    [InlineData("""{"message":{"data":"SGk="}}""")]
    [InlineData("""{"message":{"messageId":"1","data":"%%not-base64%%"}}""")]
    [InlineData("""{"message":{"messageId":"1","attributes":{"n":1}}}""")]
    [InlineData("[]")]
    public async Task Post_NotAPushEnvelope_Returns400(string body)
    {
        var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Aws.Sent);
        Assert.Equal("WARNING", app.LogLines.Single().GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Post_PermanentFailureWithoutDeadLetterTopic_Returns422()
    {
        var response = await app.PostAsync(Payloads.Envelope("m-bad", "{\"broken\": "));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var line = app.LogLines.Single();
        Assert.Equal("ERROR", line.GetProperty("severity").GetString());
        Assert.Equal(FailureReasons.Invalid, line.GetProperty("reason").GetString());
        Assert.Equal("unconfigured", line.GetProperty("deadLetter").GetString());
    }

    [Fact]
    public async Task Post_DocumentedSampleWithoutRoute_Returns422AsUnmatched()
    {
        var response = await app.PostAsync(Payloads.DocumentedPush);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal(FailureReasons.Unmatched, app.LogLines.Single().GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Post_RoutedMessage_WritesOneCloudLoggingLine()
    {
        await app.PostAsync(Payloads.BinaryEvent("m-log", "order-log", "com.example.order.created"));

        var line = Assert.Single(app.LogLines);
        Assert.Equal("INFO", line.GetProperty("severity").GetString());
        Assert.Equal("order-log", line.GetProperty("eventId").GetString());
        Assert.Equal("com.example.order.created", line.GetProperty("type").GetString());
        Assert.Equal("//orders.example.com/eu", line.GetProperty("source").GetString());
        Assert.Equal("orders", line.GetProperty("routes")[0].GetString());
        Assert.Equal("aws", line.GetProperty("destinations")[0].GetString());
        Assert.Equal("routed", line.GetProperty("outcome").GetString());
        Assert.Equal(204, line.GetProperty("httpStatus").GetInt32());
        Assert.Equal(Payloads.Subscription, line.GetProperty("subscription").GetString());
        Assert.True(line.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Post_DeliveryAttempt_BecomesDeliveryCount()
    {
        await app.PostAsync(Payloads.Envelope("m-att", "{\"broken\": ", deliveryAttempt: 4));

        Assert.Equal(4, app.LogLines.Single().GetProperty("deliveryCount").GetInt32());
    }

    [Fact]
    public async Task GetHealthz_Returns200()
    {
        var response = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
