using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Evroute.Verbs;

/// <summary><c>validate</c>: decodes one event as the router would and prints it normalised.</summary>
internal sealed class ValidateVerb(CommandIo io)
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,

        // Display only: keeps non-ASCII text readable; --compact prints the exact wire form.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Run(string file, bool compact)
    {
        var bytes = EventInput.Read(file, io.In, out var readError);
        if (bytes is null)
        {
            io.Error.WriteLine($"evroute: {readError}");
            return ExitCodes.Failed;
        }

        var decoded = CloudEventJson.Decode(bytes);
        if (!decoded.Success)
        {
            io.Error.WriteLine(EventInput.OneLine($"{EventInput.DisplayName(file)}: {decoded.Reason}: {decoded.Error}"));
            return ExitCodes.Failed;
        }

        var encoded = CloudEventJson.Encode(decoded.Event);
        io.Out.WriteLine(compact ? Encoding.UTF8.GetString(encoded) : Indent(encoded));
        return ExitCodes.Ok;
    }

    private static string Indent(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
