using System.Text.Json;

namespace Evroute.Dlq.Config;

/// <summary>
/// Reads <c>pulumi stack output --json</c> (a JSON object of output name to value) from a file or standard input.
/// The names are those infra/src/program.ts returns (awsDeadLetterQueueUrl, azurePoisonQueueName, ...).
/// </summary>
internal static class StackOutputs
{
    public static IReadOnlyDictionary<string, string> Read(string file, TextReader stdin)
    {
        string text;
        try
        {
            text = file == "-" ? stdin.ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DlqConfigException($"cannot read the stack outputs {file}: {ex.Message}", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DlqConfigException($"the stack outputs in {Display(file)} are not a JSON object (expected 'pulumi stack output --json')");
            }

            var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in document.RootElement.EnumerateObject())
            {
                outputs[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
            }

            return outputs;
        }
        catch (JsonException ex)
        {
            throw new DlqConfigException($"the stack outputs in {Display(file)} are not JSON: {ex.Message}", ex);
        }
    }

    private static string Display(string file) => file == "-" ? "standard input" : file;
}
