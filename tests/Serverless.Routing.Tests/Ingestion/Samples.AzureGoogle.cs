namespace Serverless.Routing.Tests.Ingestion;

/// <summary>Azure and Google sample payloads as the platforms document them.</summary>
internal static partial class Samples
{
    // Azure Event Grid, "Azure Event Grid event schema", Blob storage example
    // (https://learn.microsoft.com/azure/event-grid/event-schema); the subscription id placeholder is filled in.
    public const string EventGridBlobCreated = """
        {
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
        }
        """;

    // Azure Event Grid, "CloudEvents v1.0 schema", Blob storage example
    // (https://learn.microsoft.com/azure/event-grid/cloud-event-schema); the {placeholders} are filled in, since
    // braces are not allowed in a URI-reference, and the sample's "dataschema": "#" is left out: CloudEvents wants
    // an absolute URI there and the strict decoder refuses "#" (see docs/native-envelopes.md).
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

    // Cloud Storage, "Pub/Sub notifications for Cloud Storage": attributes of a notification, and the data in
    // JSON_API_V1 format, an objects resource of the JSON API (https://cloud.google.com/storage/docs/pubsub-notifications,
    // https://cloud.google.com/storage/docs/json_api/v1/objects). Values are illustrative.
    public static Dictionary<string, string> GcsAttributes(string eventType, string payloadFormat = "JSON_API_V1") => new()
    {
        ["notificationConfig"] = "projects/_/buckets/my-bucket/notificationConfigs/1",
        ["eventType"] = eventType,
        ["payloadFormat"] = payloadFormat,
        ["bucketId"] = "my-bucket",
        ["objectId"] = "photos/cat.jpg",
        ["objectGeneration"] = "1700000000000000",
        ["eventTime"] = "2023-11-14T22:13:20.123456Z",
    };

    public const string GcsObjectMetadata = """
        {
          "kind": "storage#object",
          "id": "my-bucket/photos/cat.jpg/1700000000000000",
          "selfLink": "https://www.googleapis.com/storage/v1/b/my-bucket/o/photos%2Fcat.jpg",
          "name": "photos/cat.jpg",
          "bucket": "my-bucket",
          "generation": "1700000000000000",
          "metageneration": "1",
          "contentType": "image/jpeg",
          "timeCreated": "2023-11-14T22:13:20.123Z",
          "updated": "2023-11-14T22:13:20.123Z",
          "storageClass": "STANDARD",
          "size": "1024",
          "md5Hash": "1B2M2Y8AsgTpgAmY7PhCfg==",
          "mediaLink": "https://storage.googleapis.com/download/storage/v1/b/my-bucket/o/photos%2Fcat.jpg?generation=1700000000000000&alt=media",
          "crc32c": "AAAAAA==",
          "etag": "CICAgICAgICAAQ=="
        }
        """;
}
