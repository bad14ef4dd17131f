using System.Text;
using System.Text.Json.Nodes;

namespace Serverless.Aws.Tests;

/// <summary>SQS events in the documented shape ("Using Lambda with Amazon SQS", sample event), built per test.</summary>
internal static class SqsEvents
{
    public const string StandardArn = "arn:aws:sqs:us-east-1:123456789012:evroute-inbound";
    public const string FifoArn = "arn:aws:sqs:us-east-1:123456789012:evroute-inbound.fifo";

    public static JsonObject Record(string messageId, string body, string arn = StandardArn, int receiveCount = 1, string? contentType = null)
    {
        var attributes = new JsonObject();
        if (contentType is not null)
        {
            attributes["content-type"] = new JsonObject
            {
                ["stringValue"] = contentType,
                ["stringListValues"] = new JsonArray(),
                ["binaryListValues"] = new JsonArray(),
                ["dataType"] = "String",
            };
        }

        attributes["trace-blob"] = new JsonObject
        {
            ["binaryValue"] = Convert.ToBase64String([1, 2, 3]),
            ["stringListValues"] = new JsonArray(),
            ["binaryListValues"] = new JsonArray(),
            ["dataType"] = "Binary",
        };
        var system = new JsonObject
        {
            ["ApproximateReceiveCount"] = receiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SentTimestamp"] = "1545082649183",
            ["SenderId"] = "AIDAIENQZJOLO23YVJ4VO",
            ["ApproximateFirstReceiveTimestamp"] = "1545082649185",
        };
        if (arn.EndsWith(".fifo", StringComparison.Ordinal))
        {
            system["MessageGroupId"] = "orders";
            system["MessageDeduplicationId"] = messageId;
            system["SequenceNumber"] = "18849496460467696128";
        }

        return new JsonObject
        {
            ["messageId"] = messageId,
            ["receiptHandle"] = "MessageReceiptHandle-" + messageId,
            ["body"] = body,
            ["attributes"] = system,
            ["messageAttributes"] = attributes,
            ["md5OfMessageAttributes"] = null,
            ["md5OfBody"] = "e4e68fb7bd0e697a0ae8f1bb342846b3",
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = arn,
            ["awsRegion"] = "us-east-1",
        };
    }

    public static byte[] Event(params JsonObject[] records) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["Records"] = new JsonArray([.. records]) }.ToJsonString());

    public static string CloudEvent(string id, string type, string? data = null, string? subject = null) => new JsonObject
    {
        ["specversion"] = "1.0",
        ["id"] = id,
        ["source"] = "//orders.example.com/shop",
        ["type"] = type,
        ["subject"] = subject,
        ["datacontenttype"] = "application/json",
        ["data"] = new JsonObject { ["text"] = data ?? "hello" },
    }.ToJsonString();

    // EventBridge rule -> SQS, the documented envelope.
    public static string EventBridge(string id, string detailType) => new JsonObject
    {
        ["version"] = "0",
        ["id"] = id,
        ["detail-type"] = detailType,
        ["source"] = "com.example.billing",
        ["account"] = "123456789012",
        ["time"] = "2025-11-03T10:00:00Z",
        ["region"] = "us-east-1",
        ["resources"] = new JsonArray(),
        ["detail"] = new JsonObject { ["invoice"] = "INV-1" },
    }.ToJsonString();
}
