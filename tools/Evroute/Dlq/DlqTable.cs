using System.Globalization;
using Serverless.Routing;
using Spectre.Console;

namespace Evroute.Dlq;

/// <summary>The one-table view of <c>dlq list</c>, and the Spectre console the verbs write through.</summary>
internal static class DlqTable
{
    /// <summary>A console over <paramref name="writer"/>: colours and live widgets only on a terminal.</summary>
    public static IAnsiConsole Console(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            // Redirected output has no width; wide enough that ids are not wrapped mid-way.
            console.Profile.Width = 240;
        }

        return console;
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<DeadLetterMessage> letters)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "cloud", "reason", "event id", "type", "source", "failed at (UTC)", "attempts", "not a CloudEvent: first bytes" })
        {
            table.AddColumn(column);
        }

        foreach (var letter in letters)
        {
            table.AddRow(
                Cell(letter.Cloud.ToName()),
                Cell(letter.Reason),
                Cell(letter.EventId ?? $"(message {letter.MessageId})"),
                Cell(letter.Decoded.Type),
                Cell(letter.Decoded.Source),
                Cell(letter.FailedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Cell(letter.Attempts?.ToString(CultureInfo.InvariantCulture)),
                Cell(letter.Decoded.Preview));
        }

        console.Write(table);
    }

    private static Markup Cell(string? text) => new(Markup.Escape(text ?? "-"));
}
