using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace BackupLsp.Language.Syntax;

// literalExpression, with what AstBuilder refuses while it builds one: an integer past 2^255, a date it cannot read, X'..'
// that is no hexadecimal.
internal static partial class ExpressionGrammar
{
    /// <summary>An integer up to 2^63 - 1 (StarRocks' IntLiteral): an aggregate's ORDER BY reads it as a position, CURRENT_TIMESTAMP as a precision.</summary>
    private sealed record IntegerLiteral(long Value) : SqlExpression;

    private static readonly BigInteger LargestInteger = BigInteger.Pow(2, 255);

    private static TokenListParser<TokenKind, SqlExpression> Literal =>
        Token.EqualTo(TokenKind.Number).Select(NumberLiteral).Where(number => number is not null).Select(number => number!)
            .Or(StringValue.Select(value => (SqlExpression)new SqlExpression.Text(value)))
            .Or(OneOf("TRUE", "FALSE", "NULL").Value(SqlExpression.Other))
            .Or(Symbol("?").Value(SqlExpression.Other))
            .Or((from keyword in OneOf("DATE", "DATETIME")
                 from value in StringValue
                 where IsDateTime(value)
                 select SqlExpression.Other).Try())
            .Or(BinaryLiteral)
            .Or(Keyword("INTERVAL").IgnoreThen(Expression).IgnoreThen(TimeUnit).Value(SqlExpression.Other).Try());

    private static TokenListParser<TokenKind, string> TimeUnit =>
        OneOf("YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "QUARTER", "MILLISECOND", "MICROSECOND");

    /// <summary>An integer, up to 2^63 - 1 an <see cref="IntegerLiteral"/>; null past 2^255, where AstBuilder fails.</summary>
    private static SqlExpression? NumberLiteral(Token<TokenKind> token)
    {
        var text = token.ToStringValue();
        if (!text.All(char.IsAsciiDigit))
            return SqlExpression.Other;
        var value = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        return value <= long.MaxValue ? new IntegerLiteral((long)value) : value <= LargestInteger ? SqlExpression.Other : null;
    }

    /// <summary>
    /// <c>X'AB'</c> (the lexer's <see cref="TokenKind.BinaryString"/>): hexadecimal digits once spaces are dropped, an even
    /// number of them (VarBinaryLiteral).
    /// </summary>
    private static TokenListParser<TokenKind, SqlExpression> BinaryLiteral =>
        Token.EqualTo(TokenKind.BinaryString).Where(token => string.Concat(token.ToStringValue()[2..^1].Where(c => !char.IsWhiteSpace(c))) is var digits
            && digits.Length % 2 == 0 && digits.All(char.IsAsciiHexDigit)).Value(SqlExpression.Other);

    /// <summary>
    /// Whether StarRocks reads a DATE or DATETIME literal's text (DateUtils.parseStrictDateTime): with a <c>:</c>, a date
    /// and a time (<c>2020-1-2 03:04[:05[.678]]</c>, or a T for the space), else a date alone (<c>2020-1-2</c>,
    /// <c>20-1-2</c>, <c>20200102</c>), a real day of a real month, a year of four digits or two (70 and on in the 1900s).
    /// </summary>
    private static bool IsDateTime(string text)
    {
        if (text.Length < 5)
            return false;
        var twoDigitYear = JavaSplit(text, '-')[0].Length == 2;
        var year = twoDigitYear ? @"(?<year>\d{2})" : @"(?<year>\d{4})";
        string pattern;
        if (text.Contains(':'))
        {
            var seconds = JavaSplit(text, ':').Length > 2;
            var fraction = text.Contains('.');
            if (fraction && !seconds)
                return false;
            pattern = year + @"-(?<month>\d{1,2})-(?<day>\d{1,2})" + (text.Contains('T') ? "T" : " ") + @"(?<hour>\d{2}):(?<minute>\d{2})"
                + (seconds ? @":(?<second>\d{2})" : "") + (fraction ? @"\.\d{1,6}" : "");
        }
        else
            pattern = !twoDigitYear && JavaSplit(text, '-').Length != 3 && text.Length == 8
                ? @"(?<year>\d{4})(?<month>\d{2})(?<day>\d{1,2})"
                : year + @"-(?<month>\d{1,2})-(?<day>\d{1,2})";
        var match = Regex.Match(text, "^" + pattern + @"\z", RegexOptions.CultureInvariant);
        if (!match.Success)
            return false;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var fullYear = twoDigitYear ? Part("year") + (Part("year") < 70 ? 2000 : 1900) : Part("year");
        if (Part("month") is < 1 or > 12)
            return false;
        // DateTime knows no year 0, a leap year as 2000 is.
        return Part("day") >= 1 && Part("day") <= DateTime.DaysInMonth(fullYear == 0 ? 2000 : fullYear, Part("month"))
            && Part("hour") < 24 && Part("minute") < 60 && Part("second") < 60;
    }

    /// <summary>Java's String.split: trailing empty parts are dropped.</summary>
    private static string[] JavaSplit(string text, char separator)
    {
        var parts = text.Split(separator);
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0)
            count--;
        return count == 0 ? [""] : parts[..count];
    }
}
