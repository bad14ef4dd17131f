using System.Text;
using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing;
using Serverless.Routing.Configuration;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;

namespace Serverless.Gcp.Tests.Sender;

/// <summary>What the sink puts on the wire: Google's binary binding, or structured mode when attributes cannot fit.</summary>
public sealed class PubSubSinkTests : IAsyncLifetime
{
    private FakePubSubServer server = null!;

    public async Task InitializeAsync() => server = await FakePubSubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task SendAsync_Event_PublishesBinaryModeAttributes()
    {
        var cloudEvent = SenderKit.Event("bin-1") with
        {
            Subject = "orders/1",
            Time = "2026-03-01T10:00:00Z",
            Extensions = new Dictionary<string, ExtensionValue> { ["tenantid"] = ExtensionValue.FromString("acme"), ["evroutehops"] = ExtensionValue.FromInteger(2) },
        };

        var results = await SenderKit.Sink(server).SendAsync([cloudEvent], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, Assert.Single(results).Status);
        var message = Assert.Single(server.Accepted);
        Assert.Equal("1.0", message.Attributes["ce-specversion"]);
        Assert.Equal("bin-1", message.Attributes["ce-id"]);
        Assert.Equal("//tests/gcp", message.Attributes["ce-source"]);
        Assert.Equal("com.example.order.created", message.Attributes["ce-type"]);
        Assert.Equal("orders/1", message.Attributes["ce-subject"]);
        Assert.Equal("2026-03-01T10:00:00Z", message.Attributes["ce-time"]);
        Assert.Equal("acme", message.Attributes["ce-tenantid"]);
        Assert.Equal("2", message.Attributes["ce-evroutehops"]);
        Assert.Equal("application/json", message.Attributes["content-type"]);
        Assert.False(message.Attributes.ContainsKey("ce-datacontenttype"));
        Assert.Equal("""{"n":1}""", Encoding.UTF8.GetString(message.Data));
    }

    [Fact]
    public async Task SendAsync_AttributeValueOver1024Bytes_FallsBackToStructuredMode()
    {
        var cloudEvent = SenderKit.Event("str-1") with
        {
            Extensions = new Dictionary<string, ExtensionValue> { ["note"] = ExtensionValue.FromString(new string('n', 1025)) },
        };

        await SenderKit.Sink(server).SendAsync([cloudEvent], CancellationToken.None);

        var message = Assert.Single(server.Accepted);
        Assert.Equal(CloudEventJson.MediaType, message.Attributes["content-type"]);
        Assert.Single(message.Attributes);
        var decoded = CloudEventJson.Decode(message.Data);
        Assert.True(decoded.Success, decoded.Error);
        Assert.Equal(cloudEvent, decoded.Event);
    }

    [Fact]
    public async Task SendAsync_MoreThan100Attributes_FallsBackToStructuredMode()
    {
        var extensions = Enumerable.Range(0, 100).ToDictionary(i => $"x{i}", i => ExtensionValue.FromString("v"));
        var cloudEvent = SenderKit.Event("str-2") with { Extensions = extensions };

        await SenderKit.Sink(server).SendAsync([cloudEvent], CancellationToken.None);

        var decoded = SenderKit.Decode(server.Accepted);
        Assert.Equal(CloudEventJson.MediaType, Assert.Single(server.Accepted).Attributes["content-type"]);
        Assert.Equal(100, Assert.Single(decoded).Extensions.Count);
    }

    [Fact]
    public async Task SendAsync_BinaryData_ArrivesAsRawBytes()
    {
        byte[] bytes = [0, 1, 2, 0xFE, 0xFF];
        var cloudEvent = new CloudEvent { Id = "raw-1", Source = "urn:raw", Type = "com.example.raw", DataContentType = "application/octet-stream", Data = EventData.FromBinary(bytes) };

        await SenderKit.Sink(server).SendAsync([cloudEvent], CancellationToken.None);

        Assert.Equal(bytes, Assert.Single(server.Accepted).Data);
    }

    [Fact]
    public void Encode_AttributesFit_UsesBinaryMode()
    {
        var message = PubSubEventEncoder.Encode(SenderKit.Event("enc-1"));

        Assert.Equal("enc-1", message.Attributes["ce-id"]);
    }

    [Fact]
    public void FromSettings_NoTopic_ReturnsNull()
    {
        Assert.Null(PubSubSinkFactory.FromSettings(new SettingsReader(_ => null)));
    }

    [Theory]
    [InlineData("evroute-inbound")]
    [InlineData("projects/p/subscriptions/s")]
    [InlineData("projects/p/topics/goog-reserved")]
    [InlineData("projects/p/topics/ab")]
    public void FromSettings_BadTopic_ThrowsNamingTheSetting(string topic)
    {
        var ex = Assert.Throws<SettingsException>(() => PubSubSinkFactory.FromSettings(new SettingsReader(n => n == "EVROUTE_GCP_TOPIC" ? topic : null)));

        Assert.Equal("EVROUTE_GCP_TOPIC", ex.Setting);
    }

    [Fact]
    public void FromSettings_Topic_BuildsGcpSink()
    {
        var sink = PubSubSinkFactory.FromSettings(new SettingsReader(n => n == "EVROUTE_GCP_TOPIC" ? SenderKit.Topic : null));

        var pubsub = Assert.IsType<PubSubSink>(sink);
        Assert.Equal(Cloud.Gcp, pubsub.Destination);
        Assert.Equal(SenderKit.Topic, pubsub.Topic);
    }
    [Fact]
    public void FromSettings_CredentialsJsonNotAKey_ThrowsNamingTheSettingWithoutEchoingIt()
    {
        var settings = new Dictionary<string, string> { ["EVROUTE_GCP_TOPIC"] = SenderKit.Topic, ["EVROUTE_GCP_CREDENTIALS_JSON"] = "{\"secret-ish\": 1}" };

        var ex = Assert.Throws<SettingsException>(() => PubSubSinkFactory.FromSettings(new SettingsReader(n => settings.GetValueOrDefault(n))));

        Assert.Equal("EVROUTE_GCP_CREDENTIALS_JSON", ex.Setting);
        Assert.DoesNotContain("secret-ish", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_CredentialsJsonServiceAccountKey_BuildsSink()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var key = new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "p",
            ["private_key_id"] = "k1",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = "sender@p.iam.gserviceaccount.com",
            ["client_id"] = "1",
            ["token_uri"] = "https://oauth2.googleapis.com/token",
        };
        var settings = new Dictionary<string, string> { ["EVROUTE_GCP_TOPIC"] = SenderKit.Topic, ["EVROUTE_GCP_CREDENTIALS_JSON"] = System.Text.Json.JsonSerializer.Serialize(key) };

        var sink = PubSubSinkFactory.FromSettings(new SettingsReader(n => settings.GetValueOrDefault(n)));

        Assert.IsType<PubSubSink>(sink);
    }
}
