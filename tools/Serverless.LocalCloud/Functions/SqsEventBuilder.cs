using System.Buffers;
using Amazon.SQS.Model;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// Builds the event Lambda's SQS event source mapping hands a function, from ReceiveMessage's answer: camelCase
/// records with messageId, receiptHandle, body, attributes (all strings), messageAttributes (stringValue /
/// binaryValue as Base64, stringListValues, binaryListValues, dataType), md5OfBody, md5OfMessageAttributes,
/// eventSource <c>aws:sqs</c>, eventSourceARN and awsRegion (AWS Lambda guide, "Using Lambda with Amazon SQS").
/// </summary>
public static class SqsEventBuilder
{
    /// <summary>The event as UTF-8 JSON.</summary>
    public static byte[] Build(IReadOnlyList<Message> messages, string queueArn, string region)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("Records");
            foreach (var message in messages)
            {
                WriteRecord(json, message, queueArn, region);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRecord(System.Text.Json.Utf8JsonWriter json, Message message, string queueArn, string region)
    {
        json.WriteStartObject();
        json.WriteString("messageId", message.MessageId);
        json.WriteString("receiptHandle", message.ReceiptHandle);
        json.WriteString("body", message.Body ?? string.Empty);
        json.WriteStartObject("attributes");
        foreach (var (name, value) in message.Attributes ?? [])
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("messageAttributes");
        foreach (var (name, value) in message.MessageAttributes ?? [])
        {
            json.WriteStartObject(name);
            if (value.StringValue is not null)
            {
                json.WriteString("stringValue", value.StringValue);
            }

            if (value.BinaryValue is not null)
            {
                json.WriteString("binaryValue", Convert.ToBase64String(value.BinaryValue.ToArray()));
            }

            json.WriteStartArray("stringListValues");
            foreach (var item in value.StringListValues ?? [])
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
            json.WriteStartArray("binaryListValues");
            foreach (var item in value.BinaryListValues ?? [])
            {
                json.WriteStringValue(Convert.ToBase64String(item.ToArray()));
            }

            json.WriteEndArray();
            json.WriteString("dataType", value.DataType);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteString("md5OfBody", message.MD5OfBody);
        if (message.MD5OfMessageAttributes is null)
        {
            json.WriteNull("md5OfMessageAttributes");
        }
        else
        {
            json.WriteString("md5OfMessageAttributes", message.MD5OfMessageAttributes);
        }

        json.WriteString("eventSource", "aws:sqs");
        json.WriteString("eventSourceARN", queueArn);
        json.WriteString("awsRegion", region);
        json.WriteEndObject();
    }
}
