using System.Globalization;
using Serverless.LocalCloud.Journal;
using Spectre.Console;

namespace Evroute.Local;

/// <summary>Shows journal entries as they happen, one line per event and hop, and a summary table per journey.</summary>
internal sealed class JourneyConsole(IAnsiConsole console)
{
    private readonly Lock gate = new();

    public static IAnsiConsole Create(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    public IAnsiConsole Console => console;

    /// <summary>One line per event of <paramref name="entry"/>; <paramref name="hops"/> says how long the hop took.</summary>
    public void Show(JourneyEntry entry, Func<JourneyEvent, TimeSpan?>? hops = null)
    {
        foreach (var e in entry.Events.Count > 0 ? entry.Events : [new JourneyEvent { Id = $"message {entry.MessageId}" }])
        {
            var arrived = e.Hops is > 0 ? $"from {e.Path?.Split(',')[^1]} (hop {e.Hops}, path {e.Path})" : "entered";
            var where = entry.Outcome switch
            {
                "routed" => $"[green]routed[/] via {Markup.Escape(string.Join(",", e.Routes))} [bold]→ {Markup.Escape(string.Join(",", e.Destinations))}[/]",
                "dropped" when entry.IsDelivered => "[bold green]delivered[/]",
                "dropped" => $"[grey]dropped[/] ({Markup.Escape(entry.Reason ?? string.Empty)})",
                "retry" => $"[yellow]retry[/] ({Markup.Escape(Short(entry.Detail))})",
                _ => $"[red]dead-lettered[/] [red]{Markup.Escape(entry.Reason ?? string.Empty)}[/] ({Markup.Escape(Short(entry.Detail))})",
            };
            var took = hops?.Invoke(e) is { } t ? $"  [grey]hop {Ms(t)}[/]" : string.Empty;
            var attempt = entry.DeliveryCount > 1 ? $" [yellow]attempt {entry.DeliveryCount}[/]" : string.Empty;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[grey]{entry.At.ToLocalTime():HH:mm:ss.fff}[/] [bold]{Cloud(entry.Cloud)}[/] {Markup.Escape(e.Id)} [grey]{Markup.Escape(e.Type ?? string.Empty)}[/] {Markup.Escape(arrived)}{attempt}: {where} [grey]{entry.DurationMs:F1} ms[/]{took}");
            lock (gate)
            {
                console.MarkupLine(line);
            }
        }
    }

    /// <summary>A table of one journey: each hop, what matched, where it went, how long it took.</summary>
    public void Summary(string eventId, IReadOnlyList<JourneyHop> hops, DateTimeOffset sentAt)
    {
        var table = new Table().Title($"journey of {Markup.Escape(eventId)}").AddColumns("cloud", "arrived", "routes", "outcome", "function", "hop");
        foreach (var hop in hops)
        {
            table.AddRow(
                Cloud(hop.Entry.Cloud),
                Markup.Escape(hop.From is null ? "entered" : $"from {hop.From}"),
                Markup.Escape(string.Join(",", hop.Event.Routes)),
                Markup.Escape(hop.Entry.Outcome == "routed" ? "→ " + string.Join(",", hop.Event.Destinations) : hop.Entry.Display + (hop.Entry.IsDelivered ? string.Empty : $" {hop.Entry.Reason}")),
                Ms(TimeSpan.FromMilliseconds(hop.Entry.DurationMs)),
                hop.SincePrevious is { } t ? Ms(t) : "-");
        }

        var last = hops.Count > 0 ? hops.Max(h => h.Entry.At) : sentAt;
        table.Caption($"end to end {Ms(last - sentAt)}");
        lock (gate)
        {
            console.Write(table);
        }
    }

    public void Info(string text)
    {
        lock (gate)
        {
            console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
        }
    }

    public void Depths(IReadOnlyList<(string Cloud, string Queue, long? Depth)> depths)
    {
        var text = string.Join("   ", depths.Select(d => $"{d.Cloud} {d.Queue}: {(d.Depth is { } n ? n.ToString(CultureInfo.InvariantCulture) : "?")}"));
        lock (gate)
        {
            console.MarkupLine($"[grey]{DateTimeOffset.Now:HH:mm:ss}[/] [blue]queues[/] {Markup.Escape(text)}");
        }
    }

    private static string Cloud(string cloud) => cloud switch
    {
        "azure" => "[blue]azure[/]",
        "aws" => "[darkorange]aws  [/]",
        _ => "[green]gcp  [/]",
    };

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F0} ms");

    private static string Short(string? text) => text is null ? string.Empty : text.Length > 120 ? text[..120] + "…" : text;
}
