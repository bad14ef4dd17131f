using System.Text;

namespace Evroute.Verbs;

/// <summary>Reads a verb's input: a file, or standard input when the name is <c>-</c>.</summary>
internal static class EventInput
{
    public const string StandardInput = "-";

    /// <summary>The bytes, or null with a one-line error naming the file.</summary>
    public static byte[]? Read(string file, TextReader stdin, out string? error)
    {
        error = null;
        try
        {
            return file == StandardInput ? Encoding.UTF8.GetBytes(stdin.ReadToEnd()) : File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"cannot read {DisplayName(file)}: {e.Message}";
            return null;
        }
    }

    /// <summary>How messages name the input.</summary>
    public static string DisplayName(string file) => file == StandardInput ? "standard input" : file;

    /// <summary>Keeps a message on one line, as the verbs promise.</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
