using System.Text.Json.Nodes;
using Serverless.Routing;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Evroute.Local;

/// <summary>
/// The demo of <c>local up</c>: example events, each sent into the cloud where it starts its journey. Only those the
/// routing table forwards from there are sent (a table without the shipment routes skips the shipment), and each
/// gets a fresh id so a rerun shows a new journey.
/// </summary>
internal static class DemoEvents
{
    private static readonly (Cloud Cloud, string File)[] Candidates =
    [
        (Cloud.Azure, "shipment-dispatched.json"),
        (Cloud.Azure, "order-created.json"),
        (Cloud.Gcp, "upload-finalized.json"),
        (Cloud.Aws, "order-shipped.json"),
    ];

    public sealed record Demo(Cloud Cloud, string File, string Id, string Type, byte[] Body);

    /// <summary>The demo events; <paramref name="file"/> (with <paramref name="cloud"/>) replaces the built-in list.</summary>
    public static List<Demo> Pick(LocalPaths paths, RoutingTable table, string? file, Cloud? cloud, Action<string> skipped)
    {
        var candidates = file is null ? Candidates.Select(c => (c.Cloud, Path.Combine(paths.ExamplesDirectory, c.File))) : [(cloud ?? Cloud.Azure, file)];
        var demos = new List<Demo>();
        foreach (var (from, path) in candidates)
        {
            if (!File.Exists(path))
            {
                skipped($"demo: {path} not found");
                continue;
            }

            var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            json["id"] = $"{json["id"]?.GetValue<string>() ?? "demo"}-{Guid.NewGuid().ToString("N")[..6]}";
            json["time"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var body = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
            var decoded = CloudEventJson.Decode(body);
            if (!decoded.Success)
            {
                skipped($"demo: {path} is not a valid CloudEvent: {decoded.Error}");
                continue;
            }

            var decision = new EventRouter(table, from).Decide(decoded.Event!);
            if (file is null && decision.Outcome != RoutingOutcome.Forward)
            {
                skipped($"demo: {Path.GetFileName(path)} skipped: the routing table does not forward it from {from.ToName()} ({decision.Reason})");
                continue;
            }

            demos.Add(new Demo(from, path, decoded.Event!.Id, decoded.Event.Type, body));
        }

        return demos;
    }
}
