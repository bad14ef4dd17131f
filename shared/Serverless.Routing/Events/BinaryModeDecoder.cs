namespace Serverless.Routing.Events;

/// <summary>Binary content mode decoding: every <c>{prefix}name</c> entry is an attribute, the body is the data.</summary>
internal static class BinaryModeDecoder
{
    public static DecodeResult Decode(
        IReadOnlyDictionary<string, string> attributes, ReadOnlyMemory<byte> data, string? contentType, string prefix, DecoderOptions options)
    {
        var size = data.Length;
        var fields = default(EventFields);
        string? contentTypeEntry = null;
        foreach (var (key, value) in attributes)
        {
            size += key.Length + value.Length;
            if (key.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                contentTypeEntry = value;
            }
            else if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && Add(ref fields, key[prefix.Length..].ToLowerInvariant(), value) is { } error)
            {
                return DecodeResult.Fail(error);
            }
        }

        if (size > options.MaxEventBytes)
        {
            return DecodeResult.Fail($"event is {size} bytes, over the limit of {options.MaxEventBytes}", FailureReasons.TooLarge);
        }

        // The transport's content type wins over a ce-datacontenttype entry, as in the HTTP binding.
        if ((contentType ?? contentTypeEntry) is { } transportType)
        {
            if (AttributeRules.Check(EventMember.DataContentType, transportType) is { } typeError)
            {
                return DecodeResult.Fail(typeError);
            }

            fields.DataContentType = transportType;
        }

        var buildError = fields.Build(ToData(data, fields.DataContentType, options), out var cloudEvent);
        return buildError is null ? DecodeResult.Ok(cloudEvent!) : DecodeResult.Fail(buildError);
    }

    private static EventData ToData(ReadOnlyMemory<byte> data, string? contentType, DecoderOptions options)
    {
        if (data.IsEmpty)
        {
            return EventData.None;
        }

        var maxDepth = options.MaxDepth > 0 ? options.MaxDepth : DecoderOptions.DefaultMaxDepth;
        return MediaType.IsJson(contentType) && JsonEventWriter.IsJsonValue(data.Span, maxDepth)
            ? ValidatedJson.Wrap(data)
            : EventData.FromBinary(data);
    }

    private static string? Add(ref EventFields fields, string name, string value)
    {
        var member = EventMembers.Classify(name.AsSpan());
        if (member == EventMember.Extension)
        {
            return EventMembers.IsExtensionName(name)
                ? fields.AddExtension(name, ExtensionValue.FromString(value))
                : EventMembers.InvalidExtensionName(name);
        }

        if (member is EventMember.Data or EventMember.DataBase64)
        {
            return $"attribute name '{name}' is reserved";
        }

        if (!fields.MarkSeen(member))
        {
            return ErrorText.Duplicate(name);
        }

        if (member != EventMember.SpecVersion)
        {
            return fields.SetCore(member, value);
        }

        fields.HasSpecVersion = value == CloudEvent.SpecVersion10;
        return fields.HasSpecVersion ? null : AttributeRules.SpecVersion(value);
    }
}
