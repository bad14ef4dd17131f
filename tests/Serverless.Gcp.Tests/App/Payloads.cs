using System.Text;
using System.Text.Json;

namespace Serverless.Gcp.Tests.App;

/// <summary>Request bodies in the shapes Pub/Sub push and Eventarc document.</summary>
public static class Payloads
{
    /// <summary>The push request sample of the Pub/Sub "Push subscriptions" page, both field spellings included.</summary>
    public const string DocumentedPush = """
        {
          "message": {
            "attributes": { "key": "value" },
            "data": "SGVsbG8gQ2xvdWQgUHViL1N1YiEgSGVyZSBpcyBteSBtZXNzYWdlIQ==",
            "messageId": "2070443601311540",
            "message_id": "2070443601311540",
            "publishTime": "2021-02-26T19:13:55.749Z",
            "publish_time": "2021-02-26T19:13:55.749Z"
          },
          "subscription": "projects/myproject/subscriptions/mysubscription"
        }
        """;

    public const string Subscription = "projects/evroute-test/subscriptions/evroute-inbound-push";

    /// <summary>A push envelope around <paramref name="data"/> and <paramref name="attributes"/>.</summary>
    public static string Envelope(string messageId, byte[] data, IDictionary<string, string>? attributes = null, int? deliveryAttempt = null, bool snakeCase = false)
    {
        var message = new Dictionary<string, object>
        {
            ["data"] = Convert.ToBase64String(data),
            ["attributes"] = attributes ?? new Dictionary<string, string>(),
            [snakeCase ? "message_id" : "messageId"] = messageId,
            [snakeCase ? "publish_time" : "publishTime"] = "2026-03-01T10:00:00.123Z",
        };
        var envelope = new Dictionary<string, object> { ["message"] = message, ["subscription"] = Subscription };
        if (deliveryAttempt is { } attempt)
        {
            envelope["deliveryAttempt"] = attempt;
        }

        return JsonSerializer.Serialize(envelope);
    }

    public static string Envelope(string messageId, string data, IDictionary<string, string>? attributes = null, int? deliveryAttempt = null) =>
        Envelope(messageId, Encoding.UTF8.GetBytes(data), attributes, deliveryAttempt);

    /// <summary>A CloudEvent in Google's Pub/Sub binary binding: ce- attributes, content-type, raw data.</summary>
    public static string BinaryEvent(string messageId, string eventId, string type, string data = """{"order":42}""") =>
        Envelope(messageId, data, new Dictionary<string, string>
        {
            ["ce-specversion"] = "1.0",
            ["ce-id"] = eventId,
            ["ce-source"] = "//orders.example.com/eu",
            ["ce-type"] = type,
            ["ce-time"] = "2026-03-01T10:00:00Z",
            ["content-type"] = "application/json",
        });

    /// <summary>A structured CloudEvent as the message data.</summary>
    public static string StructuredEvent(string messageId, string eventId, string type) =>
        Envelope(messageId, $$$"""{"specversion":"1.0","id":"{{{eventId}}}","source":"urn:orders","type":"{{{type}}}","datacontenttype":"application/json","data":{"n":1}}""",
            new Dictionary<string, string> { ["content-type"] = "application/cloudevents+json" });

    /// <summary>A Cloud Storage OBJECT_FINALIZE notification (JSON_API_V1 payload).</summary>
    public static string StorageNotification(string messageId) =>
        Envelope(messageId, """{"kind":"storage#object","id":"uploads/in/report.csv/1700000000000000","name":"in/report.csv","bucket":"uploads","generation":"1700000000000000","contentType":"text/csv","size":"1024","timeCreated":"2026-03-01T10:00:00.000Z","updated":"2026-03-01T10:00:00.000Z"}""",
            new Dictionary<string, string>
            {
                ["eventType"] = "OBJECT_FINALIZE",
                ["bucketId"] = "uploads",
                ["objectId"] = "in/report.csv",
                ["objectGeneration"] = "1700000000000000",
                ["eventTime"] = "2026-03-01T10:00:00.000000Z",
                ["payloadFormat"] = "JSON_API_V1",
                ["notificationConfig"] = "projects/_/buckets/uploads/notificationConfigs/1",
            });

    /// <summary>The headers Eventarc sends with a Pub/Sub message in binary CloudEvents mode.</summary>
    public static Dictionary<string, string> EventarcHeaders(string messageId) => new()
    {
        ["ce-id"] = messageId,
        ["ce-source"] = "//pubsub.googleapis.com/projects/evroute-test/topics/evroute-inbound",
        ["ce-specversion"] = "1.0",
        ["ce-type"] = "google.cloud.pubsub.topic.v1.messagePublished",
        ["ce-time"] = "2026-03-01T10:00:00.123Z",
    };
}
