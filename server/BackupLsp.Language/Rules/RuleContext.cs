using System.Collections.Immutable;
using System.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>What a statement rule sees: one parsed statement (spans relative to it) and the analysis context.</summary>
internal sealed class RuleContext(ParsedStatement parsed, Statement syntax, AnalysisContext analysis)
{
    // Made at the first report: most statements have none.
    private List<Diagnostic>? _diagnostics;

    public ParsedStatement Parsed { get; } = parsed;
    public Statement Syntax { get; } = syntax;
    public AnalysisOptions Options => analysis.Options;
    public StarRocksCatalog? Catalog => analysis.Catalog;
    public IReadOnlyList<Diagnostic> Diagnostics => (IReadOnlyList<Diagnostic>?)_diagnostics ?? [];

    public string Text => Parsed.Text;

    /// <summary>
    /// Keywords a fix writes, in the case the statement is written in: its first word's (completion's too, see
    /// CompletionKeywords.WritesLowerCase).
    /// </summary>
    public string InStatementCase(string keywords)
    {
        var end = Text.AsSpan().IndexOfAny(" \t\r\n(");
        return Keywords.InCaseOf(end < 0 ? Text : Text.AsSpan(0, end), keywords);
    }

    /// <summary>Where what the statement itself says ends: before the statements after a missing `;` in its text.</summary>
    public int OwnEnd => Parsed.OwnText.Length;

    public void Report(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        Report(Diagnostic.Create(rule, span, message, fixes));

    public void Report(Diagnostic diagnostic)
    {
        for (var i = 0; i < diagnostic.Fixes.Length; i++)
            if (DeletesAComment(diagnostic.Fixes[i]))
            {
                diagnostic = diagnostic with { Fixes = [.. diagnostic.Fixes.Select(fix => DeletesAComment(fix) ? Guessed(fix) : fix)] };
                break;
            }
        (_diagnostics ??= []).Add(diagnostic);
    }

    /// <summary>
    /// A fix that would delete a comment the person wrote (one inside a duplicate item, between a key and its value) is
    /// offered as it is, said so, and never applied unasked: nothing they wrote goes without their asking.
    /// </summary>
    private static CodeFix Guessed(CodeFix fix) => fix with { Title = fix.Title + " (its comments are dropped)", Certain = false };

    private bool DeletesAComment(CodeFix fix)
    {
        foreach (var edit in fix.Edits)
        {
            if (Text.AsSpan(edit.Span.Start, edit.Span.Length).IndexOfAny("-/#") < 0)
                continue;
            for (var position = edit.Span.Start; position < edit.Span.End;)
            {
                var kind = Lexer.Scan(Text.AsSpan(0, edit.Span.End), position, out var end);
                if (kind.IsTrivia() && kind != TokenKind.Whitespace)
                    return true;
                position = end;
            }
        }
        return false;
    }

    /// <summary>
    /// The text at <paramref name="span"/> on one line, for a fix's title: its runs of white space one space each, and a
    /// line comment written as a block comment, which on one line would seem to take in what follows it.
    /// </summary>
    public string OneLine(TextSpan span)
    {
        var written = new StringBuilder();
        for (var position = span.Start; position < span.End;)
        {
            var kind = Lexer.Scan(Text.AsSpan(0, span.End), position, out var end);
            var token = Text.AsSpan(position, end - position);
            if (kind == TokenKind.Whitespace)
                written.Append(' ');
            else if (kind is TokenKind.LineComment or TokenKind.HashComment)
                written.Append("/* ").Append(token.TrimStart("-#").Trim()).Append(" */");
            else
                written.Append(token);
            position = end;
        }
        return written.ToString();
    }

    /// <summary>
    /// A span widened to take the whitespace before it, so that deleting it leaves tidy text; but not the line break that
    /// ends a line comment before it, which would draw what follows into the comment.
    /// </summary>
    public TextSpan WithLeadingSpace(TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && Lexer.IsWhitespace(Text[start - 1]))
            start--;
        if (start < span.Start && EndsLineComment(start) && Text.AsSpan(start, span.Start - start).IndexOfAny('\r', '\n') is >= 0 and var lineBreak)
            start += lineBreak + (Text.AsSpan(start + lineBreak).StartsWith("\r\n") ? 2 : 1);
        return TextSpan.FromBounds(start, span.End);
    }

    private bool EndsLineComment(int position)
    {
        var last = TokenKind.Whitespace;
        for (var at = 0; at < position;)
            last = Lexer.Scan(Text.AsSpan(0, position), at, out at);
        return last is TokenKind.LineComment or TokenKind.HashComment;
    }

    /// <summary>
    /// The deletions that remove one item of a comma-separated list: the item, the comma between it and its neighbour and
    /// the space between them; never a comment there, which may be about the neighbour (`t2, -- lookup`): around one, the
    /// item and the comma alone.
    /// </summary>
    public ImmutableArray<TextEdit> ListItemRemoval<T>(IReadOnlyList<T> items, int index, Func<T, TextSpan> spanOf)
    {
        var span = spanOf(items[index]);
        if (items.Count == 1)
            return [new TextEdit(span, "")];
        var gap = index > 0 ? TextSpan.FromBounds(spanOf(items[index - 1]).End, span.Start) : TextSpan.FromBounds(span.End, spanOf(items[1]).Start);
        var (comma, comment) = (-1, false);
        for (var position = gap.Start; position < gap.End;)
        {
            var kind = Lexer.Scan(Text.AsSpan(0, gap.End), position, out var end);
            if (kind == TokenKind.Comma && comma < 0)
                comma = position;
            comment |= kind.IsTrivia() && kind != TokenKind.Whitespace;
            position = end;
        }
        if (!comment || comma < 0)
            return [new TextEdit(index > 0 ? TextSpan.FromBounds(gap.Start, span.End) : TextSpan.FromBounds(span.Start, gap.End), "")];
        var separator = new TextEdit(new TextSpan(comma, 1), "");
        return index > 0 ? [separator, new TextEdit(span, "")] : [new TextEdit(span, ""), separator];
    }
}
