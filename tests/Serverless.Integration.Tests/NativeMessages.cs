using System.Text;
using Serverless.Routing;

namespace Serverless.Integration.Tests;

/// <summary>The native envelopes each cloud's event sources send (documented shapes, see platform facts), marked for the test.</summary>
internal static class NativeMessages
{
    public sealed record Native(byte[] Body, Dictionary<string, string> Attributes);

    /// <summary>The envelope and the CloudEvent id it maps to (null when it is the Pub/Sub message id, unknown in advance).</summary>
    public static (Native Message, string? EventId) For(Cloud cloud, string marker) => cloud switch
    {
        Cloud.Aws => (new Native(Encoding.UTF8.GetBytes($$"""
            {"version":"0","id":"eb-{{marker}}","detail-type":"E2E Order Placed","source":"com.example.shop","account":"123456789012",
             "time":"2025-11-03T09:14:27Z","region":"us-east-1","resources":[],"detail":{"orderId":"42"} }
            """), []), $"eb-{marker}"),
        Cloud.Azure => (new Native(Encoding.UTF8.GetBytes($$"""
            {"id":"eg-{{marker}}","eventType":"E2E.Blob.Created","subject":"/blobServices/default/containers/e2e/blobs/{{marker}}.csv",
             "eventTime":"2025-11-03T09:14:27Z","data":{"api":"PutBlob","contentType":"text/csv" },"dataVersion":"1",
             "topic":"/subscriptions/0000/resourceGroups/e2e/providers/Microsoft.Storage/storageAccounts/e2e"}
            """), []), $"eg-{marker}"),
        _ => (new Native(
            Encoding.UTF8.GetBytes($$"""{"kind":"storage#object","bucket":"e2e-bucket","name":"{{marker}}.csv","size":"42","contentType":"text/csv"}"""),
            new Dictionary<string, string>
            {
                ["eventType"] = "OBJECT_FINALIZE",
                ["bucketId"] = "e2e-bucket",
                ["objectId"] = $"{marker}.csv",
                ["payloadFormat"] = "JSON_API_V1",
                ["eventTime"] = "2025-11-03T09:14:27.512Z",
            }), null),
    };
}
