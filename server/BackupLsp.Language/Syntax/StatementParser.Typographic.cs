using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Typographic quotes where a statement fails (see <see cref="TypographicMarks"/>): StarRocks reads them as letters, and
/// so does the lexer; the diagnostic there says what they were meant as.
/// </summary>
public static partial class StatementParser
{
    /// <summary>
    /// A parse that fails inside text in typographic quotes (<c>‘2023-05-04-16-45-08’</c>, <c>“s3://bucket/path”</c>), where
    /// straight quotes make the statement read past them: that edit is the fix.
    /// </summary>
    private static Diagnostic? TypographicSlip(string text, StatementHeads.Head head, Token<TokenKind>[] tokens, ParseFailure failure)
    {
        if (StopsAtAnotherStatement(text, tokens, failure))
            return null;
        var index = failure.TokenIndex;
        if (QuotedTextAt(text, tokens, index) is { } quoted && ReadsPast(text, head, quoted.Edits, quoted.Close))
        {
            var written = text.AsSpan(quoted.Open, quoted.Close + 1 - quoted.Open);
            var straight = quoted.Straight(text);
            return Diagnostic.Create(SyntaxRules.SyntaxError, quoted.Span,
                $"{TypographicMarks.QuotesNamed(written)} are not SQL quotes: StarRocks reads them as letters, so `{Shortened(written.ToString())}` is no string. Write {Shortened(straight)}.",
                new CodeFix($"Change to {Shortened(straight)}", quoted.Edits, quoted.Matched));
        }
        return null;
    }

    /// <summary>
    /// The quoted text a failure at <paramref name="index"/> lies in: opened by a typographic quote at the start of a word on
    /// the failure's line, at or before it, and closed at or after it.
    /// </summary>
    private static TypographicMarks.QuotedText? QuotedTextAt(string text, Token<TokenKind>[] tokens, int index)
    {
        var last = Math.Min(index, tokens.Length - 1);
        var at = SpanOf(tokens[last]).Start;
        var lineStart = text.AsSpan(0, at).LastIndexOfAny('\r', '\n') + 1;
        for (var k = last; k > 0 && SpanOf(tokens[k]).Start >= lineStart; k--)
        {
            var start = SpanOf(tokens[k]).Start;
            if (tokens[k].Kind != TokenKind.Word || TypographicMarks.StraightQuote(text[start]) == '\0')
                continue;
            // Quoted text closes at the first mark after its opening one: one that closed before the failure ends the search.
            return TypographicMarks.QuotedFrom(text, start, text.Length) is { } quoted && quoted.Close >= at ? quoted : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the statement, with <paramref name="edits"/> made (one character for one), parses past
    /// <paramref name="last"/>, the last character they change.
    /// </summary>
    private static bool ReadsPast(string text, StatementHeads.Head head, IEnumerable<TextEdit> edits, int last)
    {
        var edited = TypographicMarks.WithMarks(text, edits);
        var tokens = new List<Token<TokenKind>>();
        for (var position = 0; position < edited.Length;)
        {
            var kind = Lexer.Scan(edited, position, out var end);
            if (kind.IsLexicalError())
                return false;
            if (!kind.IsTrivia())
                tokens.Add(SqlTokenizer.Token(edited, kind, position, end - position));
            position = end;
        }
        if (tokens.Count < head.BodyStart)
            return false;
        var (syntax, failure) = ParseBody(head, [.. tokens], farthestWhenParsed: false);
        if (syntax is not null)
            return true;
        var stopsAt = failure!.TokenIndex < tokens.Count ? SpanOf(tokens[failure.TokenIndex]).Start : SpanOf(tokens[^1]).End;
        return stopsAt > last;
    }
}
