using System.Buffers;

namespace Serverless.Routing.Events;

/// <summary>
/// RFC 2045/2046 media types (<c>type/subtype *(; attribute=value)</c>) and the two questions the codec asks of
/// <c>datacontenttype</c>: is the data JSON (<c>*/json</c>, <c>*/*+json</c>), is it text (<c>text/*</c>)?
/// </summary>
internal static class MediaType
{
    // RFC 2045 token: printable US-ASCII except tspecials ()<>@,;:\"/[]?=
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`{|}~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>True when <paramref name="text"/> is a syntactically valid media type.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var semicolon = text.IndexOf(';');
        var essence = semicolon < 0 ? text : text[..semicolon];
        var slash = essence.IndexOf('/');
        if (slash < 0 || !IsToken(essence[..slash]) || !IsToken(essence[(slash + 1)..].TrimEnd(" \t")))
        {
            return false;
        }

        var rest = semicolon < 0 ? [] : text[semicolon..];
        while (!rest.IsEmpty)
        {
            var parameter = rest[1..].TrimStart(" \t");
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !IsToken(parameter[..equals]))
            {
                return false;
            }

            var value = parameter[(equals + 1)..];
            var length = ValueLength(value);
            rest = value[length..].TrimStart(" \t");
            if (length == 0 || (!rest.IsEmpty && rest[0] != ';'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for <c>application/json</c>, <c>text/json</c>, <c>application/*+json</c> and the like.</summary>
    public static bool IsJson(string? contentType)
    {
        var subtype = Subtype(contentType);
        return subtype.Equals("json", StringComparison.OrdinalIgnoreCase)
            || subtype.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for <c>text/*</c>.</summary>
    public static bool IsText(string? contentType) =>
        contentType is not null && contentType.AsSpan().TrimStart().StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Subtype(string? contentType)
    {
        if (contentType is null)
        {
            return [];
        }

        var text = contentType.AsSpan();
        var semicolon = text.IndexOf(';');
        if (semicolon >= 0)
        {
            text = text[..semicolon];
        }

        var slash = text.IndexOf('/');
        return slash < 0 ? [] : text[(slash + 1)..].Trim();
    }

    // A token, or a quoted-string with backslash escapes; returns the length consumed, 0 when neither.
    private static int ValueLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '"')
        {
            var end = text.IndexOfAny(" \t;");
            var length = end < 0 ? text.Length : end;
            return IsToken(text[..length]) ? length : 0;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
            else if (char.IsControl(text[i]) && text[i] != '\t')
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsToken(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(TokenChars);
}
