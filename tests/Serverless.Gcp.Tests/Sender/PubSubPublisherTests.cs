using System.Text;
using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using Serverless.Routing.Gcp;

namespace Serverless.Gcp.Tests.Sender;

/// <summary>The REST publisher against the loopback fake of the publish API.</summary>
public sealed class PubSubPublisherTests : IAsyncLifetime
{
    private FakePubSubServer server = null!;

    public async Task InitializeAsync() => server = await FakePubSubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PublishAsync_2500Messages_SplitsAt1000PerRequest()
    {
        var messages = Enumerable.Range(0, 2500).Select(i => Message($"m{i}")).ToList();

        var results = await SenderKit.Publisher(server).PublishAsync(SenderKit.Topic, messages, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        Assert.Equal([1000, 1000, 500], server.Requests.Select(r => r.Messages.Count));
        Assert.Equal(messages.Select(m => Encoding.UTF8.GetString(m.Data.Span)), server.Accepted.Select(m => Encoding.UTF8.GetString(m.Data)));
    }

    [Fact]
    public async Task PublishAsync_RequestsOverByteLimit_SplitsBySize()
    {
        var limits = new PubSubLimits { MaxRequestBytes = 10_000 };
        var messages = Enumerable.Range(0, 10).Select(i => Message(new string((char)('a' + i), 3000))).ToList();

        var results = await SenderKit.Publisher(server, limits: limits).PublishAsync(SenderKit.Topic, messages, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendStatus.Sent, r.Status));
        Assert.True(server.Requests.Count >= 4, $"{server.Requests.Count} requests");
        Assert.All(server.Requests, r => Assert.True(r.BodyBytes <= limits.MaxRequestBytes, $"{r.BodyBytes} bytes"));
        Assert.Equal(10, server.Accepted.Count);
    }

    [Fact]
    public async Task PublishAsync_MessageOverLimit_FailsTooLargeAndSendsTheRest()
    {
        var limits = new PubSubLimits { MaxMessageBytes = 1000 };
        PubSubMessage[] messages = [Message("small"), Message(new string('x', 1001)), Message("small too")];

        var results = await SenderKit.Publisher(server, limits: limits).PublishAsync(SenderKit.Topic, messages, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, results[0].Status);
        Assert.Equal(SendStatus.Permanent, results[1].Status);
        Assert.Equal(FailureReasons.TooLarge, results[1].Reason);
        Assert.Equal(SendStatus.Sent, results[2].Status);
        Assert.Equal(2, server.Accepted.Count);
    }

    [Theory]
    [InlineData(429, SendStatus.Transient)]
    [InlineData(500, SendStatus.Transient)]
    [InlineData(503, SendStatus.Transient)]
    [InlineData(400, SendStatus.Permanent)]
    [InlineData(401, SendStatus.Transient)]
    [InlineData(403, SendStatus.Transient)]
    [InlineData(404, SendStatus.Transient)]
    [InlineData(413, SendStatus.Permanent)]
    public async Task PublishAsync_ErrorStatus_ClassifiesFailure(int status, SendStatus expected)
    {
        server.Respond = _ => (status, $$$"""{"error":{"code":{{{status}}},"message":"scripted failure","status":"SCRIPTED"}}""");

        var results = await SenderKit.Publisher(server).PublishAsync(SenderKit.Topic, [Message("a"), Message("b")], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(expected, r.Status));
        Assert.Contains($"{status}", results[0].Detail, StringComparison.Ordinal);
        Assert.Contains("SCRIPTED: scripted failure", results[0].Detail, StringComparison.Ordinal);
        if (expected == SendStatus.Permanent)
        {
            Assert.Equal(FailureReasons.Rejected, results[0].Reason);
        }
    }

    [Fact]
    public async Task PublishAsync_SecondRequestFails_OnlyItsMessagesFail()
    {
        server.Respond = n => n == 1 ? (503, "{}") : null;
        var messages = Enumerable.Range(0, 1500).Select(i => Message($"m{i}")).ToList();

        var results = await SenderKit.Publisher(server).PublishAsync(SenderKit.Topic, messages, CancellationToken.None);

        Assert.All(results.Take(1000), r => Assert.Equal(SendStatus.Sent, r.Status));
        Assert.All(results.Skip(1000), r => Assert.Equal(SendStatus.Transient, r.Status));
    }

    [Fact]
    public async Task PublishAsync_WithTokenSource_SendsBearerToken()
    {
        var tokens = new StaticTokenSource("ya29.test-token");

        await SenderKit.Publisher(server, tokens).PublishAsync(SenderKit.Topic, [Message("a")], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer ya29.test-token", request.Authorization);
        Assert.Equal(1, tokens.Calls);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal($"/v1/{SenderKit.Topic}:publish", request.Path);
    }

    [Fact]
    public async Task FromSettings_EmulatorHost_PublishesWithoutAuthorization()
    {
        var settings = new Serverless.Routing.Configuration.SettingsReader(name => name == "PUBSUB_EMULATOR_HOST" ? server.EmulatorHost : null);
        var publisher = PubSubPublisherFactory.FromSettings(settings);

        var results = await publisher.PublishAsync(SenderKit.Topic, [Message("a")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, results[0].Status);
        Assert.False(publisher.Authenticates);
        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task PublishAsync_UnreachableEndpoint_IsTransient()
    {
        var publisher = new PubSubPublisher(new HttpClient(), new Uri($"http://127.0.0.1:{ClosedPort.Get()}"), null);

        var results = await publisher.PublishAsync(SenderKit.Topic, [Message("a")], CancellationToken.None);

        Assert.Equal(SendStatus.Transient, results[0].Status);
    }

    [Fact]
    public async Task PublishAsync_TokenSourceFails_IsTransient()
    {
        var publisher = SenderKit.Publisher(server, new FailingTokenSource());

        var results = await publisher.PublishAsync(SenderKit.Topic, [Message("a")], CancellationToken.None);

        Assert.Equal(SendStatus.Transient, results[0].Status);
        Assert.Contains("access token", results[0].Detail, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static PubSubMessage Message(string text) => new() { Data = Encoding.UTF8.GetBytes(text), Attributes = new Dictionary<string, string> { ["n"] = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    private sealed class FailingTokenSource : IAccessTokenSource
    {
        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the metadata server is not reachable");
    }
}
