using System.Buffers;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Splits a script into statements at every <c>;</c> token, and after every <c>\G</c> (<see cref="TokenKind.ClientCommand"/>).
/// Strings, comments, backtick names and <c>$$</c> bodies are single tokens, so a <c>;</c> inside them never splits. Parentheses do not hold a statement open, as in StarRocks'
/// own clients: an unclosed <c>(</c> is an error of its statement and never swallows the next one.
/// </summary>
public static class StatementSplitter
{
    /// <summary>The span of each statement, from its first to its last non-trivia token; empty statements are dropped.</summary>
    public static IReadOnlyList<TextSpan> Split(ReadOnlySpan<char> text)
    {
        var statements = new List<TextSpan>();
        Scan(text, 0, statements, _ => false);
        return statements;
    }

    /// <summary>
    /// Splits <paramref name="text"/>, which differs from a previous text whose statements were <paramref name="previous"/>
    /// by <paramref name="change"/>, re-scanning only around the change. Lexing has no state between tokens, and each
    /// statement is lexed from its own start (see Scan), so statements before the edit are kept as they are, and once the
    /// scan reaches, past the edit, the start of a statement the previous text also started there, the rest is the
    /// previous statements moved by the edit.
    /// </summary>
    public static ResplitResult Resplit(DocumentText text, ChangedRegion change, IReadOnlyList<TextSpan> previous)
    {
        // Keep the statements that start before the edit, except the last (the edit may extend it): the scan
        // resumes at that statement's start, where the previous text was between statements too.
        var startingBefore = CountStartingAtOrBefore(previous, change.Start);
        // A `#` reads the rest of its line to find where it ends (Lexer.HashEnd): the statement holding one earlier on the
        // edited line may end elsewhere now, however far before the edit it ended.
        var lineStart = text.LastIndexOfAny('\n', '\r', change.Start) + 1;
        if (text.IndexOf('#', lineStart, change.Start) is >= 0 and var hash)
            startingBefore = Math.Min(startingBefore, CountStartingAtOrBefore(previous, hash));
        // A name that starts with `$$` and has no `$$` after it becomes a body when the edit writes one after it (Lexer.ScanDollars).
        if (WritesDollars(text, change) && LastDollarsBeforeName(text, change.Start - 1) is >= 0 and var dollars)
            startingBefore = Math.Min(startingBefore, CountStartingAtOrBefore(previous, dollars));
        var kept = Math.Max(0, startingBefore - 1);
        var resume = startingBefore == 0 ? 0 : previous[kept].Start;
        // A U+3000 right after whitespace goes on with it (Lexer.ScanSpacesAsLetters), which a scan that starts at it
        // cannot see: one written where a statement started resumes the scan a statement earlier.
        if (resume > 0 && resume < text.Length && text[resume] == '\u3000' && Lexer.IsWhitespace(text[resume - 1]))
            (kept, resume) = kept > 0 ? (kept - 1, previous[kept - 1].Start) : (0, 0);

        // The scan reads a window of the text from the resume point, doubled until the scan ends inside it: where the
        // statements line up again, or at the end of the text. A stop within a token's lookahead of the window's end
        // is not trusted, since the token there may continue past the window.
        var scanned = new List<TextSpan>();
        // A keystroke's window usually spans two pieces of the text: it is read through a pooled buffer rather than
        // copied into a new string each time. A window too large for the buffer is rare (an edit that opens a string
        // or a comment) and is copied.
        var buffer = ArrayPool<char>.Shared.Rent(PooledWindow);
        try
        {
            for (var length = Math.Max(4096, 2 * (change.End - resume)); ; length *= 2)
            {
                var window = TextSpan.FromBounds(resume, Math.Min(text.Length, resume + length));
                var whole = window.End == text.Length;
                var resumedAt = -1;
                scanned.Clear();
                Scan(window.Length <= buffer.Length ? text.Read(window, buffer) : text.Slice(window).Span, resume, scanned, start =>
                {
                    if (start < change.End || (!whole && start > window.End - Lexer.WindowMargin))
                        return false;
                    resumedAt = IndexOfStart(previous, start - change.Delta, kept);
                    return resumedAt >= 0;
                });
                if (resumedAt >= 0 || whole)
                    return new ResplitResult(kept, scanned, resumedAt < 0 ? previous.Count : resumedAt, change.Delta);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The longest window <see cref="Resplit"/> reads through a pooled buffer.</summary>
    private const int PooledWindow = 16_384;

    /// <summary>
    /// Scans statements from the start of <paramref name="text"/>, a window that starts at <paramref name="origin"/> in
    /// the document and at a statement boundary. Before each new statement, <paramref name="stopBefore"/> may end the
    /// scan at that statement's (document) start.
    /// </summary>
    private static void Scan(ReadOnlySpan<char> text, int origin, List<TextSpan> statements, Func<int, bool> stopBefore)
    {
        var first = -1;
        var last = -1;
        var position = 0;
        // A start of a token of the current statement, lexed from its first (see TokenEndAfter); -1 before it starts.
        var tokenStart = -1;
        // Whether a statement that starts here is certain to start there in the whole text too: not after a token that the
        // text past this one's end may make another.
        var mayStop = true;
        while (position < text.Length)
        {
            // Up to the next character that can start a string, name, comment or `;`, the tokens are words, spaces and
            // other punctuation, none of which can hold such a character: that stretch is read without the lexer.
            var stretchLength = text[position..].IndexOfAny(TokenBoundaries);
            var stretch = stretchLength < 0 ? text[position..] : text.Slice(position, stretchLength);
            if (stretch.IndexOfAnyExcept(Whitespace) is >= 0 and var significant)
            {
                if (first < 0)
                {
                    if (mayStop && stopBefore(origin + position + significant))
                        return;
                    first = tokenStart = position + significant;
                }
                last = position + stretch.LastIndexOfAnyExcept(Whitespace) + 1;
            }
            position += stretch.Length;
            if (position == text.Length)
                break;
            if (text[position] == '\u3000' && !stretch.IsEmpty && Lexer.IsAsciiWhitespace(stretch[^1]))
            {
                // A U+3000 in the stretch's whitespace is whitespace too; one after a word or at a token's start is the lexer's.
                position += text[position..].IndexOfAnyExcept(Whitespace) is >= 0 and var blanks ? blanks : text.Length - position;
                continue;
            }
            if (text[position] == '\u3000' && !stretch.IsEmpty && Lexer.IsSpaceLetter(stretch[^1]))
            {
                // A U+3000 after another space beyond ASCII (U+00A0) goes on with that run of spaces read as letters.
                position += text[position..].IndexOfAnyExcept(Lexer.SpaceLetters) is >= 0 and var letters ? letters : text.Length - position;
                last = position;
                continue;
            }
            if (text[position] == '$' && !stretch.IsEmpty && Lexer.IsWordCharacter(stretch[^1]) && !Lexer.IsAfterPair(text, position)
                && (position + 1 == text.Length || text[position + 1] != '$' || TokenEndAfter(text, first, ref tokenStart, position) > position))
            {
                // A `$` inside a word of the stretch (`a$$b`): the word runs on. One that starts a token is the lexer's,
                // as a `$$` after a number is (`1.5$$`, which may open a body), or after a character StarRocks drops (`😀$$`).
                position = Lexer.WordEnd(text, position + 1);
                last = position;
                continue;
            }
            // A statement is lexed from its first token on, as its parse lexes its text: whether a space after a `$$` goes
            // on a name is read back to where the text starts (Lexer.CertainTokenStart), which is then where the statement
            // does, so that no edit before it changes how it reads.
            var from = first >= 0 ? first : position;
            var kind = Lexer.Scan(text[from..], position - from, out var end);
            end += from;
            // A `$$` name that no `$$` follows here, or U+3000s that run to the end (which an ASCII blank after them
            // would make whitespace), may be other tokens in the whole text.
            if ((kind == TokenKind.Word && text[position..end].StartsWith("$$") && text[(position + 2)..].IndexOf("$$") < 0)
                || (kind == TokenKind.SpaceAsLetter && end == text.Length))
                mayStop = false;
            if (kind == TokenKind.Semicolon)
            {
                if (first >= 0)
                    statements.Add(TextSpan.FromBounds(origin + first, origin + last));
                first = -1;
            }
            else if (!kind.IsTrivia() || kind.IsLexicalError())
            {
                // Erroneous trivia (an unterminated comment, a `#` line, a `\G`) is kept inside a statement so that its
                // error is reported.
                if (first < 0)
                {
                    if (mayStop && stopBefore(origin + position))
                        return;
                    first = tokenStart = position;
                }
                last = end;
                if (kind == TokenKind.ClientCommand)
                {
                    statements.Add(TextSpan.FromBounds(origin + first, origin + last));
                    first = -1;
                }
            }
            position = end;
        }
        if (first >= 0)
            statements.Add(TextSpan.FromBounds(origin + first, origin + last));
    }

    /// <summary>
    /// Where the token that holds the character before <paramref name="at"/> ends, lexing on from
    /// <paramref name="tokenStart"/>, a start of a token of the statement that starts at <paramref name="first"/>, and
    /// moving it to that token's start, so that a statement is lexed at most once however many times this is asked.
    /// The stretches read without the lexer may end a token where the lexer does not (<c>1.5</c> is one number).
    /// </summary>
    private static int TokenEndAfter(ReadOnlySpan<char> text, int first, ref int tokenStart, int at)
    {
        while (true)
        {
            Lexer.Scan(text[first..], tokenStart - first, out var end);
            end += first;
            if (end >= at)
                return end;
            tokenStart = end;
        }
    }

    /// <summary>
    /// The characters that can start a token holding others: quotes, backticks, comments, <c>$$</c>; the tokens that end
    /// a statement, <c>;</c> and <c>\G</c>; and U+3000, which StarRocks reads as whitespace or as a letter by what is
    /// around it.
    /// </summary>
    private static readonly SearchValues<char> TokenBoundaries = SearchValues.Create(";'\"`-#/$\\\u3000");

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\u3000");

    /// <summary>Whether the edited text has a <c>$$</c> that the edit wrote or completed.</summary>
    private static bool WritesDollars(DocumentText text, ChangedRegion change)
    {
        var end = Math.Min(text.Length, change.End + 1);
        for (var at = text.IndexOf('$', Math.Max(0, change.Start - 1), end); at >= 0 && at + 1 < end; at = text.IndexOf('$', at + 1, end))
            if (text[at + 1] == '$')
                return true;
        return false;
    }

    /// <summary>
    /// Where a name may start before <paramref name="end"/> that is a <c>$$</c> no <c>$$</c> follows there (one written
    /// after it makes it a body); else -1. Only the last pair of <c>$</c> can start one, when a name character follows
    /// it, or the <c>$</c> before that pair: <c>$$$</c> is a name whatever follows, its last two <c>$</c> being no pair of their own.
    /// </summary>
    private static int LastDollarsBeforeName(DocumentText text, int end)
    {
        var at = end <= 0 ? -1 : text.LastIndexOf('$', end);
        while (at > 0 && text[at - 1] != '$')
            at = text.LastIndexOf('$', at - 1);
        if (at <= 0)
            return -1;
        var pair = at - 1;
        if (pair > 0 && text[pair - 1] == '$')
            return pair - 1;
        return Lexer.IsNameCharacter(text[at + 1]) ? pair : -1;
    }

    /// <summary>How many of <paramref name="statements"/> (in document order) start at or before <paramref name="offset"/>.</summary>
    internal static int CountStartingAtOrBefore(IReadOnlyList<TextSpan> statements, int offset) =>
        SortedSearch.FirstNotBefore(0, statements.Count, (statements, offset), static (state, i) => state.statements[i].Start <= state.offset);

    /// <summary>The index from <paramref name="from"/> on of the statement that starts at <paramref name="start"/>, or -1.</summary>
    private static int IndexOfStart(IReadOnlyList<TextSpan> statements, int start, int from)
    {
        var found = SortedSearch.FirstNotBefore(from, statements.Count, (statements, start), static (state, i) => state.statements[i].Start < state.start);
        return found < statements.Count && statements[found].Start == start ? found : -1;
    }
}

/// <summary>
/// The statements of an edited text: the previous statements before <see cref="Kept"/>, then <see cref="Scanned"/>,
/// then the previous statements from <see cref="ResumedAt"/> on, moved by <see cref="Delta"/>.
/// </summary>
public sealed record ResplitResult(int Kept, IReadOnlyList<TextSpan> Scanned, int ResumedAt, int Delta);
