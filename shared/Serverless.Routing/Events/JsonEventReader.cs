using System.Text;
using System.Text.Json;

namespace Serverless.Routing.Events;

/// <summary>
/// Reads the members of one structured event in a single pass of a <see cref="Utf8JsonReader"/>, validating each
/// as it arrives. Only the attribute values are materialised; <c>data</c> is located, skipped and left as bytes.
/// </summary>
internal static class JsonEventReader
{
    /// <summary>Reads up to the event's EndObject; the reader stands on its StartObject. Returns the error, or null.</summary>
    public static string? ReadObject(ref Utf8JsonReader reader, ref EventFields fields, out RawData data)
    {
        data = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = ReadName(ref reader, out var name);
            if (member != EventMember.Extension && !fields.MarkSeen(member))
            {
                return ErrorText.Duplicate(EventMembers.NameOf(member));
            }

            reader.Read();
            var error = member switch
            {
                EventMember.Extension => ReadExtension(ref reader, ref fields, name!),
                EventMember.SpecVersion => ReadSpecVersion(ref reader, ref fields),
                EventMember.Data => ReadData(ref reader, ref data),
                EventMember.DataBase64 => ReadBase64(ref reader, ref data),
                _ => ReadCore(ref reader, ref fields, member),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return data.HasJson && data.Base64 is not null ? "members 'data' and 'data_base64' are mutually exclusive" : null;
    }

    /// <summary>How a token is named in messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    // The name is materialised only for extensions; escaped names (rare) go through a string.
    private static EventMember ReadName(ref Utf8JsonReader reader, out string? name)
    {
        name = null;
        EventMember member;
        if (reader.ValueIsEscaped)
        {
            name = reader.GetString()!;
            member = EventMembers.Classify(name.AsSpan());
        }
        else
        {
            member = EventMembers.Classify(reader.ValueSpan);
            if (member == EventMember.Extension)
            {
                name = Encoding.UTF8.GetString(reader.ValueSpan);
            }
        }

        return member;
    }

    private static string? ReadCore(ref Utf8JsonReader reader, ref EventFields fields, EventMember member)
    {
        var optional = member is not (EventMember.Id or EventMember.Source or EventMember.Type);
        return reader.TokenType switch
        {
            JsonTokenType.String => fields.SetCore(member, reader.GetString()!),
            JsonTokenType.Null when optional => null,
            _ => ErrorText.NotString(EventMembers.NameOf(member), Describe(reader.TokenType)),
        };
    }

    private static string? ReadSpecVersion(ref Utf8JsonReader reader, ref EventFields fields)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return ErrorText.NotString("specversion", Describe(reader.TokenType));
        }

        if (!reader.ValueTextEquals("1.0"u8))
        {
            return AttributeRules.SpecVersion(reader.GetString());
        }

        fields.HasSpecVersion = true;
        return null;
    }

    private static string? ReadData(ref Utf8JsonReader reader, ref RawData data)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // TokenStartIndex is at the opening quote of a string, so a literal is kept with its quotes.
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        data.HasJson = true;
        data.Start = start;
        data.Length = (int)reader.BytesConsumed - start;
        return null;
    }

    private static string? ReadBase64(ref Utf8JsonReader reader, ref RawData data)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return $"member 'data_base64' must be a JSON string, found {Describe(reader.TokenType)}";
        }

        return reader.TryGetBytesFromBase64(out data.Base64) ? null : "member 'data_base64' is not valid base64";
    }

    private static string? ReadExtension(ref Utf8JsonReader reader, ref EventFields fields, string name)
    {
        if (!EventMembers.IsExtensionName(name))
        {
            return EventMembers.InvalidExtensionName(name);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String: return fields.AddExtension(name, ExtensionValue.FromString(reader.GetString()!));
            case JsonTokenType.True: return fields.AddExtension(name, ExtensionValue.FromBoolean(true));
            case JsonTokenType.False: return fields.AddExtension(name, ExtensionValue.FromBoolean(false));
            case JsonTokenType.Null: return fields.AddNullExtension(name);
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return fields.AddExtension(name, ExtensionValue.FromInteger(number));
            case JsonTokenType.Number:
                return $"extension '{name}' must be a 32-bit integer, found {ErrorText.Quote(Encoding.UTF8.GetString(reader.ValueSpan))}";
            default:
                return $"extension '{name}' must be a string, a boolean or an integer, found {Describe(reader.TokenType)}";
        }
    }
}
