using System.Text.Json;

namespace Serverless.Aws.Tests;

/// <summary>Reads what the handler answered and logged.</summary>
internal static class Responses
{
    public static string[] FailedIds(byte[] response)
    {
        using var document = JsonDocument.Parse(response);
        return [.. document.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()!)];
    }

    public static List<JsonElement> LogLines(StringWriter log) =>
        [.. log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static JsonElement LineFor(StringWriter log, string messageId) =>
        Assert.Single(LogLines(log), l => l.GetProperty("messageId").GetString() == messageId);
}
