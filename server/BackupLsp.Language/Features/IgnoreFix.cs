using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// "Ignore SRBnnn here": an ignore comment that silences one diagnostic, for a person to choose (never Fix All nor
/// <c>--fix</c>, which would hide what they report). Written where it keeps the text as it is: added to an ignore comment
/// already ending the diagnostic's line, or ending that line (before a <c>--</c> comment there, in <c>/* */</c>); where
/// the line ends inside a string or comment that goes on, on a line of its own before the statement.
/// </summary>
public static class IgnoreFix
{
    /// <summary>The fix for <paramref name="diagnostic"/> (document offsets), or null where its rule cannot be silenced.</summary>
    public static CodeFix? For(DocumentAnalysis analysis, Diagnostic diagnostic)
    {
        if (!IgnoreComments.CanSilence(diagnostic.Rule))
            return null;
        var code = diagnostic.Code;
        var title = $"Ignore {code} here";
        var text = analysis.Text;
        var start = Math.Min(diagnostic.Span.Start, text.Length);
        var lineStart = text.LastIndexOfAny('\n', '\r', start) + 1;
        var lineEnd = text.IndexOfAny('\n', '\r', start, text.Length) is >= 0 and var end ? end : text.Length;
        if (analysis.IgnoreComments.LastOrDefault(comment => comment.EndsLine && comment.Span.Start >= lineStart && comment.Span.Start <= lineEnd
                && !comment.Rules.IsEmpty) is { } existing)
            return Insert(title, existing.Rules[^1].Span.End, $", {code}");
        var last = LastNonBlank(text, lineStart, lineEnd);
        if (last >= 0)
        {
            var token = TokenAt(analysis, last);
            if (token.Kind == TokenKind.LineComment && token.Span.Start > lineStart)
                return Insert(title, token.Span.Start, $"/* {IgnoreComments.Marker} {code} */ ");
            if (token.Span.End <= lineEnd && token.Kind != TokenKind.LineComment)
                return Insert(title, last + 1, $" -- {IgnoreComments.Marker} {code}");
        }
        // The line ends inside a token that goes on: a line of its own before the statement.
        if (analysis.StatementAt(start) is not { } statement)
            return null;
        var statementLine = text.LastIndexOfAny('\n', '\r', statement.Start) + 1;
        var before = text.ToString(TextSpan.FromBounds(statementLine, statement.Start));
        return string.IsNullOrWhiteSpace(before)
            ? Insert(title, statementLine, $"{before}-- {IgnoreComments.Marker} {code}\n")
            : Insert(title, statement.Start, $"\n-- {IgnoreComments.Marker} {code}\n");
    }

    private static CodeFix Insert(string title, int at, string comment) =>
        CodeFix.Replace(title, new TextSpan(at, 0), comment) with { OnlyWhenAsked = true };

    /// <summary>
    /// The token that holds <paramref name="offset"/>, read from the start of the statement that holds it or from the end
    /// of the one before (tokens start there).
    /// </summary>
    private static SyntaxToken TokenAt(DocumentAnalysis analysis, int offset)
    {
        var spans = analysis.StatementSpans;
        var index = analysis.IndexOfLastStartingAtOrBefore(offset);
        var region = index >= 0 && offset < spans[index].End ? spans[index]
            : TextSpan.FromBounds(index >= 0 ? spans[index].End : 0, index + 1 < spans.Count ? spans[index + 1].Start : analysis.Text.Length);
        var chars = analysis.Text.Slice(region).Span;
        for (var position = 0; position < chars.Length;)
        {
            var kind = Lexer.Scan(chars, position, out var end);
            if (region.Start + end > offset)
                return new SyntaxToken(kind, TextSpan.FromBounds(region.Start + position, region.Start + end));
            position = end;
        }
        return new SyntaxToken(TokenKind.Whitespace, new TextSpan(offset, 0));
    }

    private static int LastNonBlank(DocumentText text, int lineStart, int lineEnd)
    {
        for (var i = lineEnd - 1; i >= lineStart; i--)
            if (!char.IsWhiteSpace(text[i]))
                return i;
        return -1;
    }
}
