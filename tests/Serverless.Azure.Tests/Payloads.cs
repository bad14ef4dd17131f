using System.Runtime.CompilerServices;

namespace Serverless.Azure.Tests;

/// <summary>Inbound message texts in the shapes the platforms document.</summary>
internal static class Payloads
{
    /// <summary>The repository's example order event (examples/events/order-created.json), a structured CloudEvent.</summary>
    public static string OrderCreated => File.ReadAllText(RepoPath("examples/events/order-created.json"));

    /// <summary>The repository's example invoice event (examples/events/invoice-issued.json).</summary>
    public static string InvoiceIssued => File.ReadAllText(RepoPath("examples/events/invoice-issued.json"));

    // Azure Event Grid, "Azure Event Grid event schema", Blob storage example (learn.microsoft.com/azure/event-grid/event-schema).
    public const string EventGridBlobCreated = """
        [{
          "topic": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/Storage/providers/Microsoft.Storage/storageAccounts/xstoretestaccount",
          "subject": "/blobServices/default/containers/oc2d2817345i200097container/blobs/oc2d2817345i20002296blob",
          "eventType": "Microsoft.Storage.BlobCreated",
          "eventTime": "2017-06-26T18:41:00.9584103Z",
          "id": "831e1650-001e-001b-66ab-eeb76e069631",
          "data": {
            "api": "PutBlockList",
            "clientRequestId": "6d79dbfb-0e37-4fc4-981f-442c9ca65760",
            "requestId": "831e1650-001e-001b-66ab-eeb76e000000",
            "eTag": "0x8D4BCC2E4835CD0",
            "contentType": "application/octet-stream",
            "contentLength": 524288,
            "blobType": "BlockBlob",
            "url": "https://oc2d2817345i60006.blob.core.windows.net/oc2d2817345i200097container/oc2d2817345i20002296blob",
            "sequencer": "00000000000004420000000000028963",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "dataVersion": "",
          "metadataVersion": "1"
        }]
        """;

    // Azure Event Grid, "CloudEvents v1.0 schema", Blob storage example (learn.microsoft.com/azure/event-grid/cloud-event-schema),
    // placeholders filled in and "dataschema": "#" left out (see docs/native-envelopes.md, "Known gap").
    public const string EventGridCloudEvent = """
        {
          "specversion": "1.0",
          "type": "Microsoft.Storage.BlobCreated",
          "source": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/account",
          "id": "9aeb0fdf-c01e-0131-0922-9eb54906e209",
          "time": "2019-11-18T15:13:39.4589254Z",
          "subject": "blobServices/default/containers/testcontainer/blobs/new-file.png",
          "data": {
            "api": "PutBlockList",
            "clientRequestId": "4c5dd7fb-2c48-4a27-bb30-5361b5de920a",
            "requestId": "9aeb0fdf-c01e-0131-0922-9eb549000000",
            "eTag": "0x8D76C39E4407333",
            "contentType": "image/png",
            "contentLength": 30699,
            "blobType": "BlockBlob",
            "url": "https://gridtesting.blob.core.windows.net/testcontainer/new-file.png",
            "sequencer": "000000000000000000000000000099240000000000c41c18",
            "storageDiagnostics": { "batchId": "681fe319-3006-00a8-0022-9e7cde000000" }
          }
        }
        """;

    /// <summary>Starts like a CloudEvent and stops: malformed JSON.</summary>
    public const string Malformed = """{"specversion": "1.0", "id": "broken", "source": """;

    /// <summary>A CloudEvent no route matches.</summary>
    public const string Unmatched = """{"specversion":"1.0","id":"nobody-1","source":"https://nowhere.example","type":"com.example.nobody.cares"}""";

    /// <summary>An order event that already made more hops than the table allows.</summary>
    public const string Looping = """{"specversion":"1.0","id":"loop-1","source":"https://shop.example.com/orders","type":"com.example.order.created","evroutehops":9,"evroutepath":"gcp,aws"}""";

    /// <summary>An order event with <paramref name="fillerBytes"/> of data.</summary>
    public static string LargeOrder(string id, int fillerBytes) =>
        $$$"""{"specversion":"1.0","id":"{{{id}}}","source":"https://shop.example.com/orders","type":"com.example.order.created","data":{"filler":"{{{new string('x', fillerBytes)}}}"}}""";

    /// <summary>Inline routing table: orders to gcp, invoices and blobs to aws, the rest dead-lettered.</summary>
    public const string Routes = """
        {
          "maxHops": 4,
          "unmatched": "deadletter",
          "routes": [
            { "name": "orders-to-gcp", "from": ["azure"], "filter": { "prefix": { "type": "com.example.order." } }, "to": ["gcp"] },
            { "name": "invoices-to-aws", "from": ["azure"], "filter": { "prefix": { "type": "com.example.invoice." } }, "to": ["aws"] },
            { "name": "blobs-to-aws", "from": ["azure"], "filter": { "exact": { "type": "Microsoft.Storage.BlobCreated" } }, "to": ["aws"] }
          ]
        }
        """;

    public static string RepoPath(string relative, [CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../..", relative));
}
