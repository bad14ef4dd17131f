using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Routing;

/// <summary>Builds events for routing tests without the decoder, so these tests depend on the router only.</summary>
internal static class TestEvents
{
    public static CloudEvent Create(
        string type = "com.example.order.created",
        string? subject = null,
        params (string Name, ExtensionValue Value)[] extensions)
    {
        var map = new Dictionary<string, ExtensionValue>();
        foreach (var (name, value) in extensions)
        {
            map.Add(name, value);
        }

        return new CloudEvent
        {
            Id = "id-1",
            Source = "https://shop.example.com/orders",
            Type = type,
            Subject = subject,
            Time = "2025-11-03T09:14:27.512Z",
            DataContentType = "application/json",
            Data = EventData.FromJson("{\"orderId\":\"10482\"}"u8.ToArray()),
            Extensions = map,
        };
    }

    public static CloudEvent WithHops(int hops, string path, string type = "com.example.order.created") =>
        Create(type, null, ("evroutehops", ExtensionValue.FromInteger(hops)), ("evroutepath", ExtensionValue.FromString(path)));

    public static (string, ExtensionValue) Str(string name, string value) => (name, ExtensionValue.FromString(value));
}
