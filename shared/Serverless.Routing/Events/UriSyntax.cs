using System.Buffers;

namespace Serverless.Routing.Events;

/// <summary>
/// RFC 3986 syntax checks for <c>source</c> (URI-reference) and <c>dataschema</c> (absolute-URI). Hand-written
/// because <see cref="Uri"/> is lenient (spaces, non-ASCII) and allocates an object per event.
/// </summary>
internal static class UriSyntax
{
    // unreserved, sub-delims and '%' (checked for two hex digits after); each component adds a few characters.
    private const string Common = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=%";
    private static readonly SearchValues<char> HostChars = SearchValues.Create(Common);
    private static readonly SearchValues<char> UserInfoChars = SearchValues.Create(Common + ":");
    private static readonly SearchValues<char> PathChars = SearchValues.Create(Common + ":@/");
    private static readonly SearchValues<char> QueryChars = SearchValues.Create(Common + ":@/?");

    /// <summary>RFC 3986 <c>URI-reference</c>: a URI, or a relative reference such as <c>#fragment</c> or <c>//host/path</c>.</summary>
    public static bool IsUriReference(ReadOnlySpan<char> text)
    {
        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            if (!IsQueryOrFragment(text[(hash + 1)..]))
            {
                return false;
            }

            text = text[..hash];
        }

        return IsWithoutFragment(text, requireScheme: false);
    }

    /// <summary>RFC 3986 <c>absolute-URI</c>: a scheme, a hierarchical part, an optional query, no fragment.</summary>
    public static bool IsAbsoluteUri(ReadOnlySpan<char> text) =>
        !text.Contains('#') && IsWithoutFragment(text, requireScheme: true);

    private static bool IsWithoutFragment(ReadOnlySpan<char> text, bool requireScheme)
    {
        var question = text.IndexOf('?');
        if (question >= 0)
        {
            if (!IsQueryOrFragment(text[(question + 1)..]))
            {
                return false;
            }

            text = text[..question];
        }

        // A colon before the first slash ends a scheme; in a relative reference the first segment may not hold one.
        var colon = text.IndexOf(':');
        var slash = text.IndexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            if (!IsScheme(text[..colon]))
            {
                return false;
            }

            text = text[(colon + 1)..];
        }
        else if (requireScheme)
        {
            return false;
        }

        if (text.StartsWith("//"))
        {
            text = text[2..];
            var end = text.IndexOf('/');
            if (!IsAuthority(end < 0 ? text : text[..end]))
            {
                return false;
            }

            text = end < 0 ? [] : text[end..];
        }

        return IsPath(text);
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.IsEmpty || !char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<char> authority)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0 && !AllMatch(authority[..at], UserInfoChars))
        {
            return false;
        }

        var host = authority[(at + 1)..];
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            if (close < 2 || !AllMatch(host[1..close], UserInfoChars))
            {
                return false;
            }

            host = host[(close + 1)..];
            return host.IsEmpty || (host[0] == ':' && IsPort(host[1..]));
        }

        var portColon = host.LastIndexOf(':');
        return portColon < 0 ? AllMatch(host, HostChars) : AllMatch(host[..portColon], HostChars) && IsPort(host[(portColon + 1)..]);
    }

    private static bool IsPort(ReadOnlySpan<char> port) => !port.ContainsAnyExceptInRange('0', '9');

    private static bool IsPath(ReadOnlySpan<char> path) => AllMatch(path, PathChars);

    private static bool IsQueryOrFragment(ReadOnlySpan<char> text) => AllMatch(text, QueryChars);

    private static bool AllMatch(ReadOnlySpan<char> text, SearchValues<char> allowed)
    {
        if (text.ContainsAnyExcept(allowed))
        {
            return false;
        }

        for (var i = text.IndexOf('%'); i >= 0; i = text.IndexOf('%'))
        {
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                return false;
            }

            text = text[(i + 3)..];
        }

        return true;
    }
}
