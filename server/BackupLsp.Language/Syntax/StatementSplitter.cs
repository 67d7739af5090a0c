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
        var first = -1;
        var last = -1;
        var position = 0;
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
                    first = position;
                last = end;
            }
            position = end;
        }
        if (first >= 0)
            statements.Add(TextSpan.FromBounds(first, last));
        return statements;
    }
}
