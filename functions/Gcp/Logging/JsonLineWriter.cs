using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Serverless.Functions.Gcp.Logging;

/// <summary>
/// Writes whole JSON lines to standard output (or a test's writer), one at a time, which is how Cloud Run hands
/// structured logs to Cloud Logging: <c>severity</c> and <c>message</c> are the fields it understands.
/// </summary>
public sealed class JsonLineWriter(TextWriter output)
{
    private readonly Lock gate = new();

    /// <summary>Writes <paramref name="json"/> (one JSON object, no newline) as a line.</summary>
    public void WriteLine(string json)
    {
        lock (gate)
        {
            output.WriteLine(json);
            output.Flush();
        }
    }

    /// <summary>Writes a line with <c>severity</c>, <c>message</c> and the string fields given.</summary>
    public void Write(string severity, string message, params (string Name, string? Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("severity", severity);
            json.WriteString("message", message);
            foreach (var (name, value) in fields)
            {
                if (value is not null)
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteEndObject();
        }

        WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
