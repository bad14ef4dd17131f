using Amazon.SQS.Model;

namespace Serverless.Routing.Aws;

/// <summary>One message ready to send: its position in the caller's list, body, size as SQS counts it, FIFO ids, attributes.</summary>
internal sealed record SqsOutgoing(int Index, string Body, int Bytes, string? GroupId, string? DeduplicationId, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>SQS counts the body and every attribute's name, data type and value towards the message size.</summary>
    public static int AttributeBytes(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Key) + "String".Length + System.Text.Encoding.UTF8.GetByteCount(a.Value));

    // Unique within a call, and within SQS's 80 characters of [A-Za-z0-9_-].
    public string EntryId => "e" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public SendMessageBatchRequestEntry ToEntry() => new()
    {
        Id = EntryId,
        MessageBody = Body,
        MessageGroupId = GroupId,
        MessageDeduplicationId = DeduplicationId,
        MessageAttributes = Attributes.ToDictionary(
            a => a.Key,
            a => new MessageAttributeValue { DataType = "String", StringValue = a.Value },
            StringComparer.Ordinal),
    };
}
