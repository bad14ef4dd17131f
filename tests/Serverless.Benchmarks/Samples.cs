using System.Text;
using Serverless.Routing;
using Serverless.Routing.Routing;

namespace Serverless.Benchmarks;

/// <summary>The benchmark's input: a 1 KiB structured event and routing tables where only the last route matches.</summary>
public static class Samples
{
    /// <summary>A structured event of about 1 KiB with a JSON object as data, as a queue would carry it.</summary>
    public static byte[] OneKiBEvent()
    {
        var items = string.Join(",", Enumerable.Range(1, 9).Select(i =>
            $"{{\"sku\":\"SKU-{i:D6}\",\"name\":\"Item number {i}\",\"quantity\":{i},\"unitPrice\":{i * 3.25:0.00}}}"));
        var json = "{\"specversion\":\"1.0\",\"id\":\"6e8bc430-9c3a-11d9-9669-0800200c9a66\",\"source\":\"/shop/orders\"," +
            "\"type\":\"com.example.order.created\",\"datacontenttype\":\"application/json\",\"subject\":\"orders/42\"," +
            "\"time\":\"2025-03-31T15:12:00.123Z\",\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"," +
            "\"data\":{\"orderId\":42,\"customer\":{\"id\":\"C-1001\",\"country\":\"NL\"},\"items\":[" + items + "]}}";
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>
    /// <paramref name="count"/> routes for events arriving in Azure: exact, prefix, all and any filters that miss,
    /// some limited by <c>from</c>, and a last route that matches.
    /// </summary>
    public static RoutingTable Table(int count)
    {
        var routes = new List<Route>(count);
        for (var i = 0; i < count - 1; i++)
        {
            routes.Add(new Route
            {
                Name = $"miss-{i}",
                From = i % 3 == 0 ? new HashSet<Cloud> { Cloud.Azure, Cloud.Aws } : null,
                Filter = Miss(i),
                To = [Cloud.Aws],
            });
        }

        routes.Add(new Route
        {
            Name = "orders",
            From = new HashSet<Cloud> { Cloud.Azure },
            Filter = new AllFilter([Prefix("type", "com.example.order."), Exact("source", "/shop/orders")]),
            To = [Cloud.Aws, Cloud.Gcp],
        });
        return new RoutingTable { Routes = routes };
    }

    private static IEventFilter Miss(int i) => (i % 4) switch
    {
        0 => Exact("type", $"com.example.invoice.{i}"),
        1 => Prefix("source", $"/billing/{i}"),
        2 => new AllFilter([Prefix("type", "com.example.order."), Exact("subject", $"orders/{i}")]),
        _ => new AnyFilter([Exact("type", $"com.example.refund.{i}"), Prefix("subject", $"refunds/{i}")]),
    };

    private static ExactFilter Exact(string name, string value) => new([new(name, value)]);

    private static PrefixFilter Prefix(string name, string value) => new([new(name, value)]);
}
