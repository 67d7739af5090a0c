namespace BackupLsp.Language.Syntax;

// The spaces beyond ASCII (IsSpaceLetter), which StarRocks' lexer reads as letters: its LETTER takes U+0080 and up. U+3000
// (the ideographic space) is in its WS too, and of two matches it takes the longer, LETTER_IDENTIFIER (or
// DIGIT_IDENTIFIER) on a tie, as they come before WS.
public static partial class Lexer
{
    /// <summary>The caller of Scan does not know where the StarRocks token before the one it scans starts.</summary>
    private const int UnknownBoundary = -1;

    /// <summary>
    /// A run of spaces beyond ASCII. It goes on the name just before it when StarRocks' token there is one
    /// (<c>snap　TO</c> is one name, <c>600　</c> a DIGIT_IDENTIFIER), but not on a number that ends at it (<c>1.5</c>,
    /// <c>1e+5</c>) or a <c>$$</c> body. Where a token starts, a run of U+3000 is whitespace only when an ASCII blank
    /// follows it (which makes WS the longer), and any other run starts a name (<c>(　t2</c> names <c>　t2</c>,
    /// <c>"full"　)</c> has a name of one character). After an ASCII blank, U+3000 is in that whitespace (see
    /// <see cref="WhitespaceEnd"/>). Where StarRocks reads the run as letters, it is a token of its own, an error the parser
    /// reads past, so that the statement meant is still checked.
    /// </summary>
    private static TokenKind ScanSpacesAsLetters(ReadOnlySpan<char> text, int start, int boundary, out int end)
    {
        end = start + 1;
        var ideographic = text[start] == '\u3000';
        while (end < text.Length && IsSpaceLetter(text[end]))
            ideographic &= text[end++] == '\u3000';
        if (ideographic && end < text.Length && IsAsciiWhitespace(text[end]) && !NameGoesOn(text, start, boundary))
        {
            end = WhitespaceEnd(text, end);
            return TokenKind.Whitespace;
        }
        return TokenKind.SpaceAsLetter;
    }

    /// <summary>
    /// Whether StarRocks reads a space in the text as a letter (a <see cref="TokenKind.SpaceAsLetter"/>), outside strings,
    /// names in backticks and comments: then its words are not those they look like (<c>DROP TABLE　t</c> has the name
    /// <c>TABLE　t</c>).
    /// </summary>
    public static bool HoldsSpaceAsLetter(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(SpaceLetters))
            return false;
        for (var position = 0; position < text.Length;)
        {
            if (Scan(text, position, out var end) == TokenKind.SpaceAsLetter)
                return true;
            position = end;
        }
        return false;
    }

    /// <summary>Whether StarRocks' token before <paramref name="at"/> is a name, which goes on with a letter there.</summary>
    private static bool NameGoesOn(ReadOnlySpan<char> text, int at, int boundary)
    {
        if (at == 0 || !IsWordCharacter(text[at - 1]) || IsAfterPair(text, at))
            return false;
        // A token that ends in a word character is a name, but for a number or a $$ body (which end in a digit or a `$`)
        // and a `\G`.
        var last = text[at - 1];
        return char.IsAsciiDigit(last) || last == '$' ? NameStart(text, at, boundary) >= 0 : !AfterClientCommand(text, at);
    }

    /// <summary>
    /// Whether <paramref name="at"/> is right after spaces that StarRocks reads as letters of a name, which goes on over a
    /// <c>$$</c> there (<c>x　$$y</c> is one name, <c>$</c> being a letter): then no <c>$$</c> body starts there.
    /// </summary>
    private static bool InNameOfSpaceLetters(ReadOnlySpan<char> text, int at, int boundary) =>
        at > 0 && IsSpaceLetter(text[at - 1]) && NameStart(text, at, boundary) >= 0;

    /// <summary>
    /// Where the name that StarRocks' lexer reads on into the letter at <paramref name="at"/> (a space it reads as one)
    /// starts, or -1 when a token starts there.
    /// </summary>
    internal static int NameGoingOnAt(ReadOnlySpan<char> text, int at) => NameStart(text, at, UnknownBoundary);

    private static int NameStart(ReadOnlySpan<char> text, int at, int boundary)
    {
        if (boundary == UnknownBoundary)
            boundary = CertainTokenStart(text, at) is >= 0 and var certain ? certain : BoundaryByScanning(text, at);
        for (var start = boundary; start < at;)
        {
            var end = StarRocksTokenEnd(text, start, out var name);
            if (end >= at)
                return name && end > at ? (text[start] == '.' ? start + 1 : start) : -1; // a DOT_IDENTIFIER's name is after its '.'
            start = end;
        }
        return -1;
    }

    /// <summary>The characters of StarRocks' names and numbers, and the <c>.</c>, <c>+</c> and <c>-</c> inside numbers.</summary>
    private static bool IsNameOrNumberCharacter(char c) => IsNameCharacter(c) || c is '.' or '+' or '-';

    /// <summary>
    /// Where a StarRocks token starts that has only name and number characters between it and <paramref name="at"/>,
    /// read from the text before it: the first of the run of such characters before <paramref name="at"/>. Or -1 when
    /// that run may start inside a token: after a line break that may end a line comment (which takes its line break
    /// before a U+3000, see Scan, so that the U+3000 would start a name), and where a <c>$$</c> in the run may close a
    /// body that a <c>$$</c> before it opened; then only lexing the text from its start can tell.
    /// </summary>
    private static int CertainTokenStart(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && IsNameOrNumberCharacter(text[start - 1]) && !IsAfterPair(text, start))
            start--;
        if (start == at)
            return at;
        if (AfterClientCommand(text, start + 1))
            start++;
        if (start > 0 && text[start] == '\u3000' && IsAsciiWhitespace(text[start - 1]))
        {
            if (text[start - 1] is '\r' or '\n')
                return -1;
            while (start < at && text[start] == '\u3000')
                start++; // the whitespace goes on
        }
        return text[start..at].Contains("$$", StringComparison.Ordinal) && text[..start].Contains("$$", StringComparison.Ordinal) ? -1 : start;
    }

    /// <summary>Whether <paramref name="at"/> is right after a <c>\G</c>, after which the mysql client starts the next statement.</summary>
    private static bool AfterClientCommand(ReadOnlySpan<char> text, int at) =>
        at >= 2 && text[at - 2] == '\\' && text[at - 1] is 'G' or 'g';

    /// <summary>The boundary before <paramref name="at"/> (see Scan), found by lexing the text from its start.</summary>
    private static int BoundaryByScanning(ReadOnlySpan<char> text, int at)
    {
        var boundary = 0;
        for (var position = 0; position < at;)
        {
            var kind = Scan(text, position, boundary, out var end);
            boundary = BoundaryAfter(text, kind, position, end, boundary);
            position = end;
        }
        return boundary;
    }

    /// <summary>The boundary (see Scan) after a token: it stays before names, numbers and their parts, and moves past anything else.</summary>
    private static int BoundaryAfter(ReadOnlySpan<char> text, TokenKind kind, int start, int end, int boundary) =>
        kind is TokenKind.Word or TokenKind.Number or TokenKind.Dot or TokenKind.SpaceAsLetter
            || (kind == TokenKind.Operator && text[start] is '+' or '-')
            ? boundary
            : end;

    /// <summary>
    /// Where the token StarRocks' lexer reads at <paramref name="start"/> ends, where a token of StarRocks starts and only
    /// name and number characters follow up to where it is asked about; and whether it is a name, which goes on over
    /// every name character after it (the spaces beyond ASCII included). Numbers are INTEGER_VALUE, DECIMAL_VALUE and
    /// DOUBLE_VALUE, which come before a DIGIT_IDENTIFIER or DOT_IDENTIFIER of the same length.
    /// </summary>
    private static int StarRocksTokenEnd(ReadOnlySpan<char> text, int start, out bool name)
    {
        name = false;
        var c = text[start];
        if (c is '+' or '-')
            return start + 1;
        var fraction = c == '.' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]);
        if (char.IsAsciiDigit(c) || fraction)
        {
            var number = NumberEnd(text, start);
            // A DIGIT_IDENTIFIER is a digit and at least one name character; a DOT_IDENTIFIER a '.' before one.
            var firstDigit = fraction ? start + 1 : start;
            var nameEnd = NameEnd(text, firstDigit + 1);
            name = nameEnd > firstDigit + 1 && nameEnd > number;
            return name ? nameEnd : number;
        }
        if (c == '.')
            return text[start..].StartsWith("...") ? start + 3 : start + 1;
        if (c == '$' && At(text, start + 1, '$') && ScanDollars(text, start, out var dollarsEnd) is not TokenKind.Word and var kind)
            return kind == TokenKind.DollarBody ? dollarsEnd : start + 2;
        if (IsDroppedAt(text, start))
            return DroppedEnd(text, start);
        name = IsNameCharacter(c);
        return name ? NameEnd(text, start) : start + 1;
    }

    /// <summary>The end of the number at <paramref name="start"/>: digits, a '.' and digits, an exponent (E, a sign, digits).</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int start)
    {
        var end = DigitsEnd(text, start);
        if (At(text, end, '.'))
            end = DigitsEnd(text, end + 1);
        if (!(At(text, end, 'e') || At(text, end, 'E')))
            return end;
        var digits = At(text, end + 1, '+') || At(text, end + 1, '-') ? end + 2 : end + 1;
        var exponentEnd = DigitsEnd(text, digits);
        return exponentEnd > digits ? exponentEnd : end;
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && char.IsAsciiDigit(text[start]))
            start++;
        return start;
    }

    /// <summary>
    /// Where the run of name characters (the spaces beyond ASCII included) from <paramref name="start"/> ends: before a
    /// character beyond U+FFFF too.
    /// </summary>
    internal static int NameEnd(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length && IsNameCharacter(text[start]) && !IsPairAt(text, start))
            start++;
        return start;
    }
}
