using System.Text;
using Serverless.Gcp.Tests.App;
using Serverless.Gcp.Tests.Fakes;
using Serverless.PubSubStandIn;
using Serverless.Routing;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;
using Serverless.Routing.Gcp;

namespace Serverless.Gcp.Tests.StandIn;

/// <summary>
/// The stand-in pushes to the app on Kestrel with its own OIDC tokens, which the app verifies against the
/// stand-in's JWK set; permanent failures come back through the dead-letter topic.
/// </summary>
public sealed class PushEndToEndTests : IAsyncLifetime
{
    private const string PushAccount = "evroute-push@evroute-test.iam.gserviceaccount.com";
    private const string Audience = "https://evroute-gcp.test/";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private PubSubStandInServer server = null!;
    private StandInClient client = null!;
    private GcpTestApp app = null!;

    public async Task InitializeAsync()
    {
        server = await PubSubStandInServer.StartAsync(new PubSubStandInOptions { Port = 0, BackoffScale = 0.01 }, CancellationToken.None);
        client = new StandInClient(server.BaseAddress);
        await client.CreateTopicAsync("deadletter");
        await client.CreateSubscriptionAsync("deadletter-pull", "deadletter");
        app = await GcpTestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["EVROUTE_PUSH_AUDIENCE"] = Audience,
                ["EVROUTE_PUSH_SERVICE_ACCOUNT"] = PushAccount,
                ["EVROUTE_DEADLETTER_TOPIC"] = StandInClient.Topic("deadletter"),
                ["PUBSUB_EMULATOR_HOST"] = server.EmulatorHost,
            },
            certificatesUrl: new Uri(server.BaseAddress, "oauth2/v3/certs").ToString(),
            kestrel: true);
        await client.CreateTopicAsync("inbound");
        await client.CreateSubscriptionAsync("inbound-push", "inbound", new
        {
            pushEndpoint = app.BaseAddress.ToString(),
            oidcToken = new { serviceAccountEmail = PushAccount, audience = Audience },
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Push_BinaryModeEvent_ReachesDestination()
    {
        var sent = await Publisher().PublishAsync(StandInClient.Topic("inbound"), [PubSubEventEncoder.Encode(Sender.SenderKit.Event("e2e-1") with { Type = "com.example.order.created" })], CancellationToken.None);
        Assert.Equal(SendStatus.Sent, sent[0].Status);

        var deadline = DateTime.UtcNow + Timeout;
        while (app.Aws.Sent.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["e2e-1"], GcpTestApp.Ids(app.Aws));
        Assert.Equal(204, app.LogLines.First(l => l.TryGetProperty("eventId", out _)).GetProperty("httpStatus").GetInt32());
    }

    [Fact]
    public async Task Push_MalformedMessage_ArrivesOnDeadLetterTopicWithReason()
    {
        var message = new PubSubMessage { Data = "{\"order\": ["u8.ToArray(), Attributes = new Dictionary<string, string> { ["origin"] = "e2e" } };
        await Publisher().PublishAsync(StandInClient.Topic("inbound"), [message], CancellationToken.None);

        var letters = await client.PullAsync("deadletter-pull", 1, Timeout);

        var letter = Assert.Single(letters);
        Assert.Equal(FailureReasons.Invalid, letter.Attributes[DeadLetterFields.Reason]);
        Assert.Equal("e2e", letter.Attributes["origin"]);
        Assert.Equal("{\"order\": [", Encoding.UTF8.GetString(letter.Data));
    }

    private PubSubPublisher Publisher() => new(new HttpClient(), server.BaseAddress, null);
}
