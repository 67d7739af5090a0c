using System.Buffers;
using System.Runtime.CompilerServices;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// StarRocks' lexical rules as one scanning step. The parser's tokens, <see cref="SyntaxToken.Scan"/> and the
/// allocation-free <see cref="StatementSplitter"/> all stand on it, so they can never disagree on where a string,
/// comment or name ends.
/// </summary>
public static partial class Lexer
{
    /// <summary>
    /// How far before the end of a window cut from a text the lexer's tokens are certain to be those of the whole text:
    /// a token's kind is settled by its first two characters and the run of name characters after them (<c>.5</c> is a
    /// number, <c>.5x</c> a <c>.</c> and a name), and its end by the two characters after it (a sign and a digit after
    /// <c>1e</c> make it part of the number <c>1e+5</c>); kept well above that.
    /// (The exceptions, which StatementSplitter allows for: a name that starts with <c>$$</c>, which a <c>$$</c> anywhere
    /// after it may make a body, see ScanDollars; and a run of U+3000, whose kind the character after it settles, with
    /// the text before it: see ScanSpacesAsLetters.)
    /// </summary>
    public const int WindowMargin = 64;

    /// <summary>
    /// Scans the token that starts at <paramref name="start"/>, which must be before the end and where a token of the
    /// text starts, as the text's start does: a U+3000 there is read with the text before it (see ScanSpacesAsLetters).
    /// </summary>
    public static TokenKind Scan(ReadOnlySpan<char> text, int start, out int end) => Scan(text, start, UnknownBoundary, out end);

    /// <param name="boundary">Where a StarRocks token starts with only the characters of names and numbers (see
    /// IsNameOrNumberCharacter) from there to <paramref name="start"/>, when the caller knows; else UnknownBoundary.</param>
    private static TokenKind Scan(ReadOnlySpan<char> text, int start, int boundary, out int end)
    {
        var c = text[start];
        switch (c)
        {
            case ' ' or '\t' or '\r' or '\n':
                end = WhitespaceEnd(text, start);
                return TokenKind.Whitespace;
            case >= '\u00A0' when IsSpaceLetter(c):
                return ScanSpacesAsLetters(text, start, boundary, out end);
            case '-' when At(text, start + 1, '-'):
                // StarRocks needs no space after "--".
                var lineEnd = text[start..].IndexOfAny('\r', '\n');
                end = lineEnd < 0 ? text.Length : start + lineEnd;
                // StarRocks' comment takes its line break ('\r'? '\n'?), so a U+3000 after it is at a token's start. Before
                // a U+3000 the break is the comment's here too, which is how ScanSpacesAsLetters sees that; elsewhere it
                // is left to the whitespace after the comment, where an editor sees the comment end.
                if (end < text.Length && BreakEnd(text, end) is var breakEnd && At(text, breakEnd, '\u3000'))
                    end = breakEnd;
                return TokenKind.LineComment;
            case '#':
                end = HashEnd(text, start);
                return TokenKind.HashComment;
            case '/' when At(text, start + 1, '*'):
                var close = text[(start + 2)..].IndexOf("*/");
                if (close < 0)
                {
                    end = text.Length;
                    return TokenKind.UnterminatedBlockComment;
                }
                end = start + 2 + close + 2;
                return TokenKind.BlockComment;
            case '\'' or '"':
                return ScanQuoted(text, start, c, escapes: true, TokenKind.String, TokenKind.UnterminatedString, out end);
            case '$' when At(text, start + 1, '$') && !InNameOfSpaceLetters(text, start, boundary):
                return ScanDollars(text, start, out end);
            case '`':
                return ScanQuoted(text, start, '`', escapes: false, TokenKind.BacktickName, TokenKind.UnterminatedBacktickName, out end);
            case '(': end = start + 1; return TokenKind.LParen;
            case ')': end = start + 1; return TokenKind.RParen;
            case ',': end = start + 1; return TokenKind.Comma;
            case '.':
                // `.5` and `.5e3` are numbers (DECIMAL_VALUE, DOUBLE_VALUE), which StarRocks' lexer takes before a name of
                // the same length; with more name characters after the `.` (`db.5x`) it is the `.` of a qualified name
                // before a name that starts with a digit (its DOT_IDENTIFIER).
                end = start + 1 < text.Length && char.IsAsciiDigit(text[start + 1])
                    && NumberEnd(text, start) is var fractionEnd && fractionEnd >= WordEnd(text, start + 1)
                    ? fractionEnd
                    : start + 1;
                return end > start + 1 ? TokenKind.Number : TokenKind.Dot;
            case ';': end = start + 1; return TokenKind.Semicolon;
            case '\\' when At(text, start + 1, 'G') || At(text, start + 1, 'g'):
                end = start + 2;
                return TokenKind.ClientCommand;
            case '\\' or (>= '\uD800' and <= '\uDBFF') when IsDroppedAt(text, start):
                end = DroppedEnd(text, start);
                return TokenKind.DroppedCharacters;
            case '*' when At(text, start + 1, '/') && !At(text, start + 2, '*'):
                // `*/` with no comment open; a `/*` after the `*` opens one (`SELECT */*c*/ 1`).
                end = start + 2;
                return TokenKind.StrayCommentClose;
            case '=': end = start + 1; return TokenKind.Equals;
            case '<' or '>' or '!' or '+' or '-' or '*' or '/' or '%' or '|' or '&' or '^' or '~' or '?' or ':' or '@' or '[' or ']' or '{' or '}':
                end = start + 1;
                return TokenKind.Operator;
        }

        if (c is 'x' or 'X' && BinaryStringEnd(text, start) is > 0 and var binaryEnd)
        {
            end = binaryEnd;
            return TokenKind.BinaryString;
        }

        if (IsWordCharacter(c))
        {
            end = WordEnd(text, start);
            // StarRocks' lexer takes the longest match, and a number (INTEGER_VALUE, DECIMAL_VALUE, DOUBLE_VALUE) before a
            // name (DIGIT_IDENTIFIER) of the same length: "20240101", "1e5", "1e+5", "1.5", "1." and "5.e3" are numbers, read
            // whole however they are used; "2024_snap", "1db" and "1e5x" are names.
            if (char.IsAsciiDigit(c) && NumberEnd(text, start) is var numberEnd && numberEnd >= end)
            {
                end = numberEnd;
                return TokenKind.Number;
            }
            return TokenKind.Word;
        }

        // Every other stray character (a control character or DEL: U+0080 and up are name characters) is an error token, one
        // for the whole run of them: a file of zero bytes (one truncated in a crash) is one token and one diagnostic, not millions.
        end = start + 1;
        while (end < text.Length && IsInvalidCharacterAt(text, end))
            end++;
        return TokenKind.InvalidCharacter;
    }

    /// <summary>Whether the character at <paramref name="index"/> is a control character other than the ASCII whitespace, or DEL.</summary>
    private static bool IsInvalidCharacterAt(ReadOnlySpan<char> text, int index) =>
        text[index] is < ' ' or '\u007F' && !IsAsciiWhitespace(text[index]);

    /// <summary>
    /// Whether a character StarRocks' lexer drops starts at <paramref name="index"/>: one beyond U+FFFF (a pair of UTF-16
    /// halves; StarRocks lexes code points, and its LETTER ends at U+FFFF), or a <c>\</c> that starts no <c>\G</c>. No
    /// rule takes either, and StarRocks leaves its lexer ANTLR's default error listener, which only prints, so the lexer
    /// skips the character and starts a token after it. A lone half is a code point of its own, which LETTER takes.
    /// </summary>
    internal static bool IsDroppedAt(ReadOnlySpan<char> text, int index) => text[index] switch
    {
        '\\' => !(At(text, index + 1, 'G') || At(text, index + 1, 'g')),
        _ => IsPairAt(text, index),
    };

    /// <summary>Whether a character beyond U+FFFF (a pair of UTF-16 halves) starts at <paramref name="index"/>.</summary>
    private static bool IsPairAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);

    /// <summary>Whether the character before <paramref name="at"/> ends a character beyond U+FFFF, which StarRocks drops.</summary>
    internal static bool IsAfterPair(ReadOnlySpan<char> text, int at) =>
        at >= 2 && char.IsLowSurrogate(text[at - 1]) && char.IsHighSurrogate(text[at - 2]);

    private static int DroppedEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsDroppedAt(text, end))
            end += text[end] == '\\' ? 1 : 2;
        return end;
    }

    /// <summary>Whether a character looks like whitespace: StarRocks' WS characters, U+3000 included (which it reads as a letter as often).</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u3000';

    /// <summary>The ASCII whitespace characters, which StarRocks always reads as whitespace.</summary>
    public static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>
    /// A character of a name to StarRocks' lexer (its LETTER, DIGIT and '_'): a <see cref="IsWordCharacter">word
    /// character</see>, or a space beyond ASCII, which StarRocks reads as a letter too (see <see cref="IsSpaceLetter"/>).
    /// </summary>
    public static bool IsNameCharacter(char c) => c >= 128 || AsciiWordCharacters[c] != 0;

    /// <summary>
    /// Letters, digits, '_', '$' and anything from U+0080 up but the spaces (see <see cref="IsSpaceLetter"/>). A word that
    /// starts with <c>$$</c> may be a <see cref="TokenKind.DollarBody"/> instead (see ScanDollars).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called for nearly every character of a script
    public static bool IsWordCharacter(char c) => c < 128 ? AsciiWordCharacters[c] != 0 : !IsSpaceLetter(c);

    /// <summary>
    /// A space beyond ASCII (Unicode's space separators: U+00A0, U+1680, U+2000 to U+200A, U+202F, U+205F, U+3000), which
    /// StarRocks' LETTER takes (U+0080 and up): a no-break space copied from a web page, a full-width space from a CJK input
    /// method. Only U+3000 is in its WS too. Surely meant as a space: see <see cref="TokenKind.SpaceAsLetter"/>.
    /// </summary>
    public static bool IsSpaceLetter(char c) =>
        c is '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    /// <summary>The characters of <see cref="IsSpaceLetter"/>, to look for them in a text at once.</summary>
    public static readonly SearchValues<char> SpaceLetters =
        SearchValues.Create("\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    /// <summary>1 for the word characters below U+0080: one load per character instead of a chain of comparisons.</summary>
    private static ReadOnlySpan<byte> AsciiWordCharacters =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // '$', 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // A-Z, '_'
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

    private static bool At(ReadOnlySpan<char> text, int index, char expected) =>
        index < text.Length && text[index] == expected;

    /// <summary>
    /// Where a <c>#</c> read as a comment ends. StarRocks lexes on after the invalid <c>#</c>, so a <c>;</c> later on its
    /// line still ends the statement, unless inside a string, name or comment closed on that line. After a quote left open
    /// on the line, the next <c>;</c> on it ends the <c>#</c> (or the line's end does); on the last line (or a window's) it
    /// runs to the end, as the quote itself would, since what closes it may lie beyond. Reading to the line's end makes
    /// the token's end depend on text after it: the incremental split allows for that (StatementSplitter.Resplit).
    /// </summary>
    private static int HashEnd(ReadOnlySpan<char> text, int start)
    {
        var lineBreak = text[start..].IndexOfAny('\r', '\n');
        var line = lineBreak < 0 ? text : text[..(start + lineBreak)];
        var i = start + 1;
        var boundary = i;
        while (i < line.Length && line[i] != ';')
        {
            if (line[i] == '#')
            {
                i++; // scanning it would start this loop again, one level deeper
                boundary = i;
                continue;
            }
            var kind = Scan(line, i, boundary, out var next);
            if (kind.IsUnterminated())
            {
                if (lineBreak < 0)
                    return text.Length;
                var semicolon = line[i..].IndexOf(';');
                return semicolon < 0 ? line.Length : i + semicolon;
            }
            boundary = BoundaryAfter(line, kind, i, next, boundary);
            i = next;
        }
        return i;
    }

    private static int WhitespaceEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start + 1;
        while (end < text.Length && IsWhitespace(text[end]))
            end++;
        return end;
    }

    /// <summary>Where the line break at <paramref name="at"/> (a CR, an LF or both) ends.</summary>
    private static int BreakEnd(ReadOnlySpan<char> text, int at)
    {
        var end = text[at] == '\r' ? at + 1 : at;
        return At(text, end, '\n') ? end + 1 : end;
    }

    /// <summary>
    /// <c>$$</c> at a token's start. StarRocks' lexer takes the longest match, the rule declared first on a tie, and
    /// LETTER_IDENTIFIER (where <c>$</c> is a letter) comes before ATTACHMENT (<c>$$ .*? $$</c>): the text is a body only
    /// when the body, to the first <c>$$</c> after the opening one (wherever that is: in a string, a comment, a later
    /// statement), is longer than the name its letters make. So <c>$$snap</c> and <c>$$snap$$</c> are names, <c>$$ x $$</c>
    /// is a body, and a lone <c>$$</c> never closed is an unterminated body (StarRocks' DOUBLE_DOLLAR, which no statement
    /// takes). A name's kind thus depends on text far after it: StatementSplitter allows for that.
    /// </summary>
    private static TokenKind ScanDollars(ReadOnlySpan<char> text, int start, out int end)
    {
        var name = NameEnd(text, start + 2);
        var closing = text[(start + 2)..].IndexOf("$$");
        if (closing >= 0 && start + 2 + closing + 2 > name)
        {
            end = start + 2 + closing + 2;
            return TokenKind.DollarBody;
        }
        if (closing < 0 && name == start + 2)
        {
            end = text.Length;
            return TokenKind.UnterminatedDollarBody;
        }
        end = WordEnd(text, start + 2);
        return TokenKind.Word;
    }

    private static TokenKind ScanQuoted(ReadOnlySpan<char> text, int start, char quote, bool escapes,
        TokenKind ok, TokenKind unterminated, out int end)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (escapes && c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                if (At(text, i + 1, quote))
                {
                    i += 2; // a doubled quote stands for the quote itself
                    continue;
                }
                end = i + 1;
                return ok;
            }
            i++;
        }
        end = text.Length;
        return unterminated;
    }

    /// <summary>
    /// Where <c>X'...'</c> or <c>X"..."</c> at <paramref name="start"/> ends, or -1: StarRocks' binary text takes no
    /// backslash and no quote inside (with one, the X is a name and the quote starts a string), and is longer than the name X.
    /// </summary>
    private static int BinaryStringEnd(ReadOnlySpan<char> text, int start)
    {
        if (!(At(text, start + 1, '\'') || At(text, start + 1, '"')))
            return -1;
        var inside = text[(start + 2)..].IndexOfAny(text[start + 1], '\\');
        return inside >= 0 && text[start + 2 + inside] != '\\' ? start + 2 + inside + 1 : -1;
    }

    /// <summary>Where the run of word characters from <paramref name="start"/> ends: before a character beyond U+FFFF too.</summary>
    internal static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && IsWordCharacter(text[start]) && !IsPairAt(text, start))
            start++;
        return start;
    }
}
