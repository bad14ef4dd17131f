using System.Text;
using Evroute.Dlq;
using Serverless.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>Dead letters for the fake-store tests, decoded by the same decoder the real stores use.</summary>
internal static class Letters
{
    public static string EventJson(string id, string type = "com.example.order.created", bool hops = true) =>
        $$"""{"specversion":"1.0","id":"{{id}}","source":"/orders","type":"{{type}}","datacontenttype":"application/json","data":{"n":1}{{(hops ? ",\"evroutehops\":2,\"evroutepath\":\"azure,aws\"" : string.Empty)}}}""";

    public static DeadLetterMessage Of(Cloud cloud, string messageId, string body, string reason, DateTimeOffset? failedAt = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var attributes = new Dictionary<string, string>();
        return new DeadLetterMessage
        {
            Cloud = cloud,
            Store = $"{cloud.ToName()}-dlq",
            MessageId = messageId,
            Reason = reason,
            FailedAt = failedAt ?? DateTimeOffset.UtcNow,
            Attempts = 1,
            Body = bytes,
            Attributes = attributes,
            Decoded = DeadLetterDecoder.Decode(cloud, messageId, bytes, attributes, null),
        };
    }

    public static DeadLetterMessage Event(Cloud cloud, string id, string reason = FailureReasons.Rejected) =>
        Of(cloud, "m-" + id, EventJson(id), reason);
}
