namespace Serverless.Routing.Events;

/// <summary>
/// RFC 3339 <c>date-time</c>: <c>YYYY-MM-DDTHH:MM:SS[.frac](Z|±hh:mm)</c>. Hand-written because the BCL parsers
/// accept more (missing seconds, offsets past 23:59) and allocate; the text itself is kept, never reformatted.
/// </summary>
internal static class Rfc3339
{
    private const int MinLength = 20; // 2018-04-05T17:31:00Z

    /// <summary>True when <paramref name="text"/> is a full RFC 3339 date-time with seconds and an offset.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.Length < MinLength
            || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't') || text[13] != ':' || text[16] != ':'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month)
            || !TryDigits(text, 8, 2, out var day) || !TryDigits(text, 11, 2, out var hour)
            || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        // Second 60 is a leap second, which RFC 3339 allows.
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var i = 19;
        if (text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i == text.Length)
            {
                return false;
            }
        }

        return IsOffset(text[i..]);
    }

    private static bool IsOffset(ReadOnlySpan<char> offset)
    {
        if (offset.Length == 1)
        {
            return offset[0] is 'Z' or 'z';
        }

        return offset.Length == 6 && offset[0] is '+' or '-' && offset[3] == ':'
            && TryDigits(offset, 1, 2, out var hours) && hours <= 23
            && TryDigits(offset, 4, 2, out var minutes) && minutes <= 59;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        foreach (var c in text.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // Year 0000 is valid in RFC 3339, where DateTime.DaysInMonth would throw.
    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
