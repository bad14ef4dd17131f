using Serverless.Gcp.Tests.Fakes;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Gcp;
using Serverless.Routing.Ingestion;

namespace Serverless.Gcp.Tests.Sender;

/// <summary>Publishers and sinks aimed at a fake publish API, and a decoder for what it received.</summary>
public static class SenderKit
{
    public const string Topic = "projects/evroute-test/topics/evroute-inbound";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static PubSubPublisher Publisher(FakePubSubServer server, IAccessTokenSource? tokens = null, PubSubLimits? limits = null) =>
        new(Http, server.BaseAddress, tokens, limits);

    public static PubSubSink Sink(FakePubSubServer server, IAccessTokenSource? tokens = null, PubSubLimits? limits = null) =>
        new(Publisher(server, tokens, limits), Topic);

    /// <summary>Decodes published messages the way the receiving function does.</summary>
    public static IReadOnlyList<CloudEvent> Decode(IEnumerable<PublishedMessage> messages)
    {
        var ingestor = new MessageIngestor(new IngestOptions { Cloud = Serverless.Routing.Cloud.Gcp, FallbackType = null });
        var events = new List<CloudEvent>();
        foreach (var message in messages)
        {
            var result = ingestor.Ingest(new IncomingMessage { MessageId = Guid.NewGuid().ToString(), Body = message.Data, Attributes = message.Attributes });
            Assert.True(result.Status == IngestStatus.Events, result.Detail);
            events.AddRange(result.Events);
        }

        return events;
    }

    public static CloudEvent Event(string id, string data = """{"n":1}""") => new()
    {
        Id = id,
        Source = "//tests/gcp",
        Type = "com.example.order.created",
        DataContentType = "application/json",
        Data = EventData.FromJson(System.Text.Encoding.UTF8.GetBytes(data)),
    };
}
