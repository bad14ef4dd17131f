namespace Serverless.Routing.Events;

/// <summary>The CloudEvents 1.0 rules for the values of the core context attributes, shared by both content modes.</summary>
internal static class AttributeRules
{
    /// <summary>The reason <paramref name="value"/> is not valid for <paramref name="member"/>, or null.</summary>
    public static string? Check(EventMember member, string value)
    {
        var name = EventMembers.NameOf(member);
        if (value.Length == 0)
        {
            return member == EventMember.SpecVersion ? SpecVersion(value) : ErrorText.Empty(name);
        }

        return member switch
        {
            EventMember.SpecVersion when value != CloudEvent.SpecVersion10 => SpecVersion(value),
            EventMember.Source when !UriSyntax.IsUriReference(value) => Invalid(name, "a URI-reference", value),
            EventMember.DataSchema when !UriSyntax.IsAbsoluteUri(value) => Invalid(name, "an absolute URI", value),
            EventMember.DataContentType when !MediaType.IsValid(value) => Invalid(name, "an RFC 2046 media type", value),
            EventMember.Time when !Rfc3339.IsValid(value) => Invalid(name, "an RFC 3339 timestamp", value),
            _ => null,
        };
    }

    public static string SpecVersion(string? value) =>
        $"attribute 'specversion' must be '{CloudEvent.SpecVersion10}', found {ErrorText.Quote(value)}";

    private static string Invalid(string name, string what, string value) =>
        $"attribute '{name}' is not {what}: {ErrorText.Quote(value)}";
}
