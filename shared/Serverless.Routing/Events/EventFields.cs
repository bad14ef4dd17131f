namespace Serverless.Routing.Events;

/// <summary>
/// The attributes of one event while it is being decoded, validated as they arrive, by both content modes.
/// A mutable struct passed by reference so decoding allocates nothing but the values it keeps.
/// </summary>
internal struct EventFields
{
    private int seen;
    private List<string>? nullExtensions;

    public bool HasSpecVersion;
    public string? Id;
    public string? Source;
    public string? Type;
    public string? DataContentType;
    public string? DataSchema;
    public string? Subject;
    public string? Time;
    public Dictionary<string, ExtensionValue>? Extensions;

    /// <summary>Records that a known member appeared; false when it already had.</summary>
    public bool MarkSeen(EventMember member)
    {
        var bit = 1 << (int)member;
        var first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    /// <summary>Validates and stores a core string attribute (never specversion, data or data_base64).</summary>
    public string? SetCore(EventMember member, string value)
    {
        var error = AttributeRules.Check(member, value);
        if (error is not null)
        {
            return error;
        }

        switch (member)
        {
            case EventMember.Id: Id = value; break;
            case EventMember.Source: Source = value; break;
            case EventMember.Type: Type = value; break;
            case EventMember.DataContentType: DataContentType = value; break;
            case EventMember.DataSchema: DataSchema = value; break;
            case EventMember.Subject: Subject = value; break;
            case EventMember.Time: Time = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(member), member, "not a core string attribute");
        }

        return null;
    }

    /// <summary>Stores an extension whose name is already validated; rejects a repeated name.</summary>
    public string? AddExtension(string name, ExtensionValue value)
    {
        Extensions ??= new Dictionary<string, ExtensionValue>(4, StringComparer.Ordinal);
        return Extensions.TryAdd(name, value) && nullExtensions?.Contains(name) != true ? null : ErrorText.Duplicate(name);
    }

    /// <summary>A JSON null extension counts as absent, but still may not be repeated.</summary>
    public string? AddNullExtension(string name)
    {
        if (Extensions?.ContainsKey(name) == true || nullExtensions?.Contains(name) == true)
        {
            return ErrorText.Duplicate(name);
        }

        (nullExtensions ??= []).Add(name);
        return null;
    }

    /// <summary>Checks the required attributes and builds the event, or says what is missing.</summary>
    public readonly string? Build(EventData data, out CloudEvent? cloudEvent)
    {
        cloudEvent = null;
        if (!HasSpecVersion)
        {
            return ErrorText.Missing("specversion");
        }

        if (Id is null || Source is null || Type is null)
        {
            return ErrorText.Missing(Id is null ? "id" : Source is null ? "source" : "type");
        }

        cloudEvent = new CloudEvent
        {
            Id = Id,
            Source = Source,
            Type = Type,
            DataContentType = DataContentType,
            DataSchema = DataSchema,
            Subject = Subject,
            Time = Time,
            Extensions = Extensions ?? CloudEvent.EmptyExtensions,
            Data = data,
        };
        return null;
    }
}
