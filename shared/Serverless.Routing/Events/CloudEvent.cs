namespace Serverless.Routing.Events;

/// <summary>
/// A CloudEvents 1.0 event as the router sees it: context attributes as strings (so they are forwarded exactly as
/// received), extensions in arrival order, and data as untouched bytes. Instances are immutable; use <c>with</c>
/// to derive a changed copy (the loop guard does so to stamp its hop extensions).
/// </summary>
public sealed record CloudEvent
{
    /// <summary>The only specification version this router accepts.</summary>
    public const string SpecVersion10 = "1.0";

    /// <summary>Required, non-empty: identifies the event within its <see cref="Source"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Required, non-empty URI-reference: the context in which the event happened.</summary>
    public required string Source { get; init; }

    /// <summary>Required, non-empty: the kind of event, for example <c>com.example.order.created</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Always <c>1.0</c>.</summary>
#pragma warning disable CA1822 // an instance property, so it reads like the other context attributes
    public string SpecVersion => SpecVersion10;
#pragma warning restore CA1822

    /// <summary>Optional RFC 2046 media type of <see cref="Data"/>.</summary>
    public string? DataContentType { get; init; }

    /// <summary>Optional URI of the schema <see cref="Data"/> adheres to.</summary>
    public string? DataSchema { get; init; }

    /// <summary>Optional subject of the event within its source.</summary>
    public string? Subject { get; init; }

    /// <summary>Optional RFC 3339 timestamp, kept as the text received so it is forwarded byte for byte.</summary>
    public string? Time { get; init; }

    /// <summary>Extension attributes by name (lower-case letters and digits), in arrival order.</summary>
    public IReadOnlyDictionary<string, ExtensionValue> Extensions { get; init; } = EmptyExtensions;

    /// <summary>The event data.</summary>
    public EventData Data { get; init; }

    /// <summary>An empty, shared extension map.</summary>
    public static IReadOnlyDictionary<string, ExtensionValue> EmptyExtensions { get; } = new Dictionary<string, ExtensionValue>();

    /// <summary>
    /// The value of any context attribute by its CloudEvents name (<c>id</c>, <c>source</c>, <c>type</c>,
    /// <c>specversion</c>, <c>datacontenttype</c>, <c>dataschema</c>, <c>subject</c>, <c>time</c>, or an extension)
    /// in its canonical string form; null when absent. Routing filters match on this.
    /// </summary>
    public string? GetAttribute(string name) => name switch
    {
        "id" => Id,
        "source" => Source,
        "type" => Type,
        "specversion" => SpecVersion,
        "datacontenttype" => DataContentType,
        "dataschema" => DataSchema,
        "subject" => Subject,
        "time" => Time,
        _ => Extensions.TryGetValue(name, out var value) ? value.Text : null,
    };

    /// <summary>Equality by value, extensions and data included (records alone would compare the map by reference).</summary>
    public bool Equals(CloudEvent? other) =>
        other is not null
        && Id == other.Id && Source == other.Source && Type == other.Type
        && DataContentType == other.DataContentType && DataSchema == other.DataSchema
        && Subject == other.Subject && Time == other.Time
        && Data.Equals(other.Data)
        && Extensions.Count == other.Extensions.Count
        && Extensions.All(kv => other.Extensions.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Source, Type);
}
