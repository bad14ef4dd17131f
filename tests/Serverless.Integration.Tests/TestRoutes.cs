namespace Serverless.Integration.Tests;

/// <summary>
/// The routing table of the end-to-end run. Each scenario has its own event types, so tests sharing one environment
/// never see each other's events: <c>e2e.single.CLOUD</c> makes one hop out of CLOUD, <c>e2e.around.CLOUD</c> visits
/// the other two clouds, <c>e2e.loop</c> would circle forever without the loop guard.
/// </summary>
internal static class TestRoutes
{
    public const string Json = """
        {
          "maxHops": 4,
          "unmatched": "deadletter",
          "routes": [
            { "name": "single-azure", "from": ["azure"], "filter": { "exact": { "type": "e2e.single.azure" } }, "to": ["aws"] },
            { "name": "single-aws", "from": ["aws"], "filter": { "exact": { "type": "e2e.single.aws" } }, "to": ["gcp"] },
            { "name": "single-gcp", "from": ["gcp"], "filter": { "exact": { "type": "e2e.single.gcp" } }, "to": ["azure"] },
            { "name": "fan-out", "from": ["azure"], "filter": { "exact": { "type": "e2e.fanout" } }, "to": ["aws", "gcp"] },
            { "name": "only-from-aws", "from": ["aws"], "filter": { "exact": { "type": "e2e.fromaws" } }, "to": ["gcp"] },
            { "name": "loop-azure", "from": ["azure"], "filter": { "exact": { "type": "e2e.loop" } }, "to": ["aws"] },
            { "name": "loop-aws", "from": ["aws"], "filter": { "exact": { "type": "e2e.loop" } }, "to": ["gcp"] },
            { "name": "loop-gcp", "from": ["gcp"], "filter": { "exact": { "type": "e2e.loop" } }, "to": ["azure"] },
            { "name": "eventbridge", "from": ["aws"], "filter": { "exact": { "type": "E2E Order Placed" } }, "to": ["gcp"] },
            { "name": "eventgrid", "from": ["azure"], "filter": { "exact": { "type": "E2E.Blob.Created" } }, "to": ["gcp"] },
            { "name": "gcs", "from": ["gcp"], "filter": { "exact": { "type": "google.cloud.storage.object.v1.finalized" } }, "to": ["aws"] },
            { "name": "outage", "from": ["azure", "aws"], "filter": { "exact": { "type": "e2e.outage" } }, "to": ["gcp"] },
            { "name": "crash", "from": ["aws"], "filter": { "exact": { "type": "e2e.crash" } }, "to": ["gcp"] },
            { "name": "around-azure-1", "from": ["azure"], "filter": { "exact": { "type": "e2e.around.azure" } }, "to": ["aws"] },
            { "name": "around-azure-2", "from": ["aws"], "filter": { "exact": { "type": "e2e.around.azure" } }, "to": ["gcp"] },
            { "name": "around-aws-1", "from": ["aws"], "filter": { "exact": { "type": "e2e.around.aws" } }, "to": ["gcp"] },
            { "name": "around-aws-2", "from": ["gcp"], "filter": { "exact": { "type": "e2e.around.aws" } }, "to": ["azure"] },
            { "name": "around-gcp-1", "from": ["gcp"], "filter": { "exact": { "type": "e2e.around.gcp" } }, "to": ["azure"] },
            { "name": "around-gcp-2", "from": ["azure"], "filter": { "exact": { "type": "e2e.around.gcp" } }, "to": ["aws"] }
          ]
        }
        """;

    /// <summary>The decoder limit of the run (settings EVROUTE_MAX_EVENT_BYTES), low enough to be exceeded in every cloud.</summary>
    public const int MaxEventBytes = 40960;
}
