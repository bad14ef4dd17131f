using System.Text;
using System.Text.Json.Nodes;
using Serverless.Routing.Events;

namespace Serverless.Integration.Tests;

/// <summary>Structured CloudEvents for the scenarios, each with a fresh id, a custom extension and JSON data.</summary>
internal static class TestEvents
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static JsonObject Json(string type, string? id = null, string? padding = null) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = id ?? NewId(type),
        ["source"] = "https://e2e.example.com/tests",
        ["type"] = type,
        ["subject"] = "orders/42",
        ["time"] = "2025-11-03T09:14:27.512Z",
        ["datacontenttype"] = "application/json",
        ["tenantid"] = "e2e",
        ["data"] = new JsonObject { ["orderId"] = "42", ["lines"] = new JsonArray(1, 2, 3), ["note"] = padding ?? "ünïcode ✓" },
    };

    public static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    public static byte[] Create(string type, out string id)
    {
        id = NewId(type);
        return Bytes(Json(type, id));
    }

    /// <summary>A valid event whose encoding is larger than the run's decoder limit.</summary>
    public static byte[] Oversized(string type, out string id)
    {
        id = NewId("big");
        return Bytes(Json(type, id, new string('x', TestRoutes.MaxEventBytes + 4096)));
    }

    public static CloudEvent Decode(byte[] body) => CloudEventJson.Decode(body).Event ?? throw new InvalidOperationException("test event does not decode");

    /// <summary>The event as JSON without the router's hop stamps, to compare what left with what arrived.</summary>
    public static JsonObject WithoutHopStamps(CloudEvent cloudEvent)
    {
        var json = JsonNode.Parse(CloudEventJson.Encode(cloudEvent))!.AsObject();
        json.Remove("evroutehops");
        json.Remove("evroutepath");
        json.Remove("traceparent");
        return json;
    }
}
