using System.Text;
using System.Text.Json;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;
using Serverless.Routing.Ingestion;

namespace Serverless.Routing.Tests.Ingestion;

/// <summary>Builds messages and reads results for the ingestion tests.</summary>
internal static class IngestKit
{
    public static IngestOptions Options(Cloud cloud = Cloud.Aws) => new() { Cloud = cloud };

    public static IngestResult Ingest(
        string body,
        IngestOptions? options = null,
        string messageId = "msg-1",
        string? contentType = null,
        IReadOnlyDictionary<string, string>? attributes = null) =>
        Ingest(Encoding.UTF8.GetBytes(body), options, messageId, contentType, attributes);

    public static IngestResult Ingest(
        byte[] body,
        IngestOptions? options = null,
        string messageId = "msg-1",
        string? contentType = null,
        IReadOnlyDictionary<string, string>? attributes = null) =>
        new MessageIngestor(options ?? Options()).Ingest(new IncomingMessage
        {
            MessageId = messageId,
            Body = body,
            ContentType = contentType,
            Attributes = attributes ?? IncomingMessage.NoAttributes,
        });

    public static CloudEvent Single(IngestResult result)
    {
        Assert.True(result.Status == IngestStatus.Events, $"expected events, got {result.Status}: {result.Reason} {result.Detail}");
        return Assert.Single(result.Events);
    }

    public static string DataText(CloudEvent cloudEvent) => Encoding.UTF8.GetString(cloudEvent.Data.Bytes.Span);

    /// <summary>The JSON data parsed, to compare values without caring about whitespace.</summary>
    public static JsonElement DataJson(CloudEvent cloudEvent)
    {
        Assert.Equal(EventDataKind.Json, cloudEvent.Data.Kind);
        using var document = JsonDocument.Parse(cloudEvent.Data.Bytes);
        return document.RootElement.Clone();
    }

    /// <summary>The raw text of a member of <paramref name="json"/>, for byte-exact comparisons of forwarded data.</summary>
    public static string RawMember(string json, params string[] path)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        foreach (var name in path)
        {
            element = int.TryParse(name, out var index) ? element[index] : element.GetProperty(name);
        }

        return element.GetRawText();
    }
}
