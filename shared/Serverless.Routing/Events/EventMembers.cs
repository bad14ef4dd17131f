namespace Serverless.Routing.Events;

/// <summary>Names of <see cref="EventMember"/> values, and classification of member names without allocating.</summary>
internal static class EventMembers
{
    public static string NameOf(EventMember member) => member switch
    {
        EventMember.SpecVersion => "specversion",
        EventMember.Id => "id",
        EventMember.Source => "source",
        EventMember.Type => "type",
        EventMember.DataContentType => "datacontenttype",
        EventMember.DataSchema => "dataschema",
        EventMember.Subject => "subject",
        EventMember.Time => "time",
        EventMember.Data => "data",
        EventMember.DataBase64 => "data_base64",
        _ => "extension",
    };

    /// <summary>Classifies a UTF-8 member name; switching on the length first keeps this to one comparison.</summary>
    public static EventMember Classify(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => EventMember.Id,
        4 when name.SequenceEqual("type"u8) => EventMember.Type,
        4 when name.SequenceEqual("time"u8) => EventMember.Time,
        4 when name.SequenceEqual("data"u8) => EventMember.Data,
        6 when name.SequenceEqual("source"u8) => EventMember.Source,
        7 when name.SequenceEqual("subject"u8) => EventMember.Subject,
        10 when name.SequenceEqual("dataschema"u8) => EventMember.DataSchema,
        11 when name.SequenceEqual("specversion"u8) => EventMember.SpecVersion,
        11 when name.SequenceEqual("data_base64"u8) => EventMember.DataBase64,
        15 when name.SequenceEqual("datacontenttype"u8) => EventMember.DataContentType,
        _ => EventMember.Extension,
    };

    /// <summary>Classifies a member name given as text (binary-mode attribute names, escaped JSON names).</summary>
    public static EventMember Classify(ReadOnlySpan<char> name) => name switch
    {
        "id" => EventMember.Id,
        "type" => EventMember.Type,
        "time" => EventMember.Time,
        "data" => EventMember.Data,
        "source" => EventMember.Source,
        "subject" => EventMember.Subject,
        "dataschema" => EventMember.DataSchema,
        "specversion" => EventMember.SpecVersion,
        "data_base64" => EventMember.DataBase64,
        "datacontenttype" => EventMember.DataContentType,
        _ => EventMember.Extension,
    };

    /// <summary>Extension names are lower-case ASCII letters and digits, at least one.</summary>
    public static bool IsExtensionName(ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            if (b is not ((>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }
        }

        return !name.IsEmpty;
    }

    /// <inheritdoc cref="IsExtensionName(ReadOnlySpan{byte})"/>
    public static bool IsExtensionName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return !name.IsEmpty;
    }

    public static string InvalidExtensionName(string name) =>
        $"attribute name {ErrorText.Quote(name)} is invalid: extension names are lower-case ASCII letters and digits";
}
