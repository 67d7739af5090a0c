using System.Globalization;

namespace BackupLsp.Language.Rules;

internal enum JavaIntegerParse
{
    Valid,
    NotAnInteger,
    OutOfRange,
}

/// <summary>
/// Integer property values as StarRocks reads them, with Java's Long.parseLong or Integer.parseInt. .NET's own parsing
/// differs: it allows trailing NUL characters and surrounding spaces, and only ASCII digits.
/// </summary>
internal static class JavaInteger
{
    /// <summary>
    /// An optional <c>+</c> or <c>-</c>, then one or more decimal digits of any script (Java's Character.digit: ASCII,
    /// Arabic-Indic, fullwidth...) and nothing else; valid only within <paramref name="min"/> to <paramref name="max"/>.
    /// </summary>
    public static JavaIntegerParse Parse(string text, long min, long max, out long value)
    {
        value = 0;
        var negative = text.StartsWith('-');
        var start = negative || text.StartsWith('+') ? 1 : 0;
        if (start == text.Length)
            return JavaIntegerParse.NotAnInteger;
        Int128 magnitude = 0;
        for (var i = start; i < text.Length; i++)
        {
            // Character.digit counts only the decimal digits (Nd), not superscripts and the like that also have a digit value.
            if (!char.IsDigit(text[i]))
                return JavaIntegerParse.NotAnInteger;
            // Past the 64-bit range it stops growing, so it can never overflow; every character is still checked.
            if (magnitude <= long.MaxValue)
                magnitude = magnitude * 10 + CharUnicodeInfo.GetDecimalDigitValue(text[i]);
        }
        var signed = negative ? -magnitude : magnitude;
        if (signed < min || signed > max)
            return JavaIntegerParse.OutOfRange;
        value = (long)signed;
        return JavaIntegerParse.Valid;
    }
}
