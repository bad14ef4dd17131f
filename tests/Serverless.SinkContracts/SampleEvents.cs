using System.Text;
using Serverless.Routing.Events;

namespace Serverless.SinkContracts;

/// <summary>Events with every kind of data and extension, for sink tests.</summary>
public static class SampleEvents
{
    /// <summary>JSON data, a string and an integer extension, a subject and a time.</summary>
    public static CloudEvent JsonData(string id) => new()
    {
        Id = id,
        Source = "//contract/tests",
        Type = "com.example.contract.json",
        Subject = "orders/42",
        Time = "2026-12-03T08:00:00.123Z",
        DataContentType = "application/json",
        Extensions = new Dictionary<string, ExtensionValue>
        {
            ["tenant"] = ExtensionValue.FromString("acme"),
            ["evroutehops"] = ExtensionValue.FromInteger(1),
            ["evroutepath"] = ExtensionValue.FromString("azure"),
        },
        Data = EventData.FromJson("{\"order\":42,\"items\":[\"a\",\"b\"],\"note\":\"caf\\u00e9\"}"u8.ToArray()),
    };

    /// <summary>Plain text data.</summary>
    public static CloudEvent TextData(string id) => new()
    {
        Id = id,
        Source = "urn:contract:text",
        Type = "com.example.contract.text",
        DataContentType = "text/plain",
        Data = EventData.FromBinary(Encoding.UTF8.GetBytes("hello, world: ünïcode")),
    };

    /// <summary>Binary data that is not UTF-8.</summary>
    public static CloudEvent BinaryData(string id) => new()
    {
        Id = id,
        Source = "https://contract.example/binary",
        Type = "com.example.contract.binary",
        DataContentType = "application/octet-stream",
        Data = EventData.FromBinary(new byte[] { 0, 1, 2, 0xFE, 0xFF, 0x80 }),
    };

    /// <summary>An event whose structured encoding is about <paramref name="encodedBytes"/> bytes.</summary>
    public static CloudEvent OfSize(string id, int encodedBytes)
    {
        var filler = new string('x', Math.Max(0, encodedBytes - 200));
        return new CloudEvent
        {
            Id = id,
            Source = "//contract/tests",
            Type = "com.example.contract.large",
            DataContentType = "application/json",
            Data = EventData.FromJson(Encoding.UTF8.GetBytes($"{{\"filler\":\"{filler}\"}}")),
        };
    }
}
