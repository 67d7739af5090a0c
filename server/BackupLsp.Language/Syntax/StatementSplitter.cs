using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Splits a script into statements at every <c>;</c> token. Strings, comments and backtick names are single
/// tokens, so a <c>;</c> inside them never splits. Parentheses do not hold a statement open, as in StarRocks'
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
    /// by <paramref name="change"/>, re-scanning only around the change. Lexing has no state between tokens, so
    /// statements before the edit are kept as they are, and once the scan reaches, past the edit, the start of a
    /// statement the previous text also started there, the rest is the previous statements moved by the edit.
    /// </summary>
    public static ResplitResult Resplit(ReadOnlySpan<char> text, ChangedRegion change, IReadOnlyList<TextSpan> previous)
    {
        // Keep the statements that start before the edit, except the last (the edit may extend it): the scan
        // resumes at that statement's start, where the previous text was between statements too.
        var startingBefore = CountStartingAtOrBefore(previous, change.Start);
        var kept = Math.Max(0, startingBefore - 1);
        var resume = startingBefore == 0 ? 0 : previous[kept].Start;

        var scanned = new List<TextSpan>();
        var resumedAt = -1;
        Scan(text, resume, scanned, start =>
        {
            if (start < change.End)
                return false;
            resumedAt = IndexOfStart(previous, start - change.Delta, kept);
            return resumedAt >= 0;
        });
        return new ResplitResult(kept, scanned, resumedAt < 0 ? previous.Count : resumedAt, change.Delta);
    }

    /// <summary>
    /// Scans statements from <paramref name="from"/>, which must be a statement boundary. Before each new statement,
    /// <paramref name="stopBefore"/> may end the scan at that statement's start.
    /// </summary>
    private static void Scan(ReadOnlySpan<char> text, int from, List<TextSpan> statements, Func<int, bool> stopBefore)
    {
        var first = -1;
        var last = -1;
        var position = from;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (kind == TokenKind.Semicolon)
            {
                if (first >= 0)
                    statements.Add(TextSpan.FromBounds(first, last));
                first = -1;
            }
            else if (!kind.IsTrivia() || kind.IsLexicalError())
            {
                // Erroneous trivia (an unterminated comment, a `#` line) is kept inside a statement so that its error is reported.
                if (first < 0)
                {
                    if (stopBefore(position))
                        return;
                    first = position;
                }
                last = end;
            }
            position = end;
        }
        if (first >= 0)
            statements.Add(TextSpan.FromBounds(first, last));
    }

    private static int CountStartingAtOrBefore(IReadOnlyList<TextSpan> statements, int offset)
    {
        int low = 0, high = statements.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (statements[middle].Start <= offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    private static int IndexOfStart(IReadOnlyList<TextSpan> statements, int start, int from)
    {
        int low = from, high = statements.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (statements[middle].Start == start)
                return middle;
            if (statements[middle].Start < start)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return -1;
    }
}

/// <summary>
/// The statements of an edited text: the previous statements before <see cref="Kept"/>, then <see cref="Scanned"/>,
/// then the previous statements from <see cref="ResumedAt"/> on, moved by <see cref="Delta"/>.
/// </summary>
public sealed record ResplitResult(int Kept, IReadOnlyList<TextSpan> Scanned, int ResumedAt, int Delta);
