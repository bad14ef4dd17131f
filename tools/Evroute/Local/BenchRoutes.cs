namespace Evroute.Local;

/// <summary>The benchmark's table: one hop out of each cloud, and a two-hop journey azure → aws → gcp.</summary>
internal static class BenchRoutes
{
    public const string Json = """
        {
          "maxHops": 4,
          "unmatched": "deadletter",
          "routes": [
            { "name": "hop-azure", "from": ["azure"], "filter": { "exact": { "type": "bench.hop.azure" } }, "to": ["aws"] },
            { "name": "hop-aws", "from": ["aws"], "filter": { "exact": { "type": "bench.hop.aws" } }, "to": ["gcp"] },
            { "name": "hop-gcp", "from": ["gcp"], "filter": { "exact": { "type": "bench.hop.gcp" } }, "to": ["azure"] },
            { "name": "two-1", "from": ["azure"], "filter": { "exact": { "type": "bench.two" } }, "to": ["aws"] },
            { "name": "two-2", "from": ["aws"], "filter": { "exact": { "type": "bench.two" } }, "to": ["gcp"] }
          ]
        }
        """;

    /// <summary>A small structured event of <paramref name="type"/> (about 400 bytes, like the examples).</summary>
    public static byte[] Event(string type, out string id)
    {
        id = $"{type}-{Guid.NewGuid():N}";
        return System.Text.Encoding.UTF8.GetBytes($$"""
            {"specversion":"1.0","id":"{{id}}","source":"https://bench.example.com","type":"{{type}}","subject":"orders/10482",
             "time":"2025-11-03T09:14:27.512Z","datacontenttype":"application/json",
             "data":{"orderId":"10482","customerId":"c-2291","total":{"amount":"129.90","currency":"EUR"},"lines":[{"sku":"KB-104","quantity":1},{"sku":"MS-220","quantity":2}]} }
            """);
    }
}
