using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

public enum FoldingKind
{
    Region,
    Comment,
}

/// <summary>A foldable range of whole lines, 0-based and inclusive.</summary>
public readonly record struct FoldingRegion(int StartLine, int EndLine, FoldingKind Kind = FoldingKind.Region);

/// <summary>
/// The document's structure: every statement that spans lines (other SQL included), the parenthesised lists of a
/// family statement that span lines (a long <c>ON (...)</c>), and the comments between statements that span lines
/// (a block comment, or line comments on consecutive lines). An editor that gets folding ranges from a server folds
/// nothing else, so a script's header comment must be among them.
/// </summary>
public static class Folding
{
    public static ImmutableArray<FoldingRegion> Of(DocumentAnalysis analysis)
    {
        var regions = ImmutableArray.CreateBuilder<FoldingRegion>();
        var lines = analysis.Lines;
        var gapStart = 0;
        foreach (var statement in analysis.Statements)
        {
            Comments(analysis, TextSpan.FromBounds(gapStart, statement.Start), regions);
            var start = lines.LineOf(statement.Span.Start);
            var end = lines.LineOf(statement.Span.End);
            if (end > start)
            {
                regions.Add(new FoldingRegion(start, end));
                if (statement.Parsed.IsFamily)
                    Lists(analysis, statement, regions);
            }
            gapStart = statement.Span.End;
        }
        Comments(analysis, TextSpan.FromBounds(gapStart, analysis.Text.Length), regions);
        // Lists are found as they close, inner ones first; the client takes them by where they start.
        return [.. regions.OrderBy(r => r.StartLine)];
    }

    /// <summary>Each parenthesised list that spans lines, up to the line before its <c>)</c> when that starts a line, so that it stays in view.</summary>
    private static void Lists(DocumentAnalysis analysis, ScriptStatement statement, ImmutableArray<FoldingRegion>.Builder regions)
    {
        var lines = analysis.Lines;
        var open = new Stack<int>();
        foreach (var token in statement.Parsed.Tokens)
        {
            if (token.Kind == TokenKind.LParen)
                open.Push(statement.Start + token.Span.Start);
            else if (token.Kind == TokenKind.RParen && open.TryPop(out var opened))
            {
                var closed = statement.Start + token.Span.Start;
                var start = lines.LineOf(opened);
                var end = lines.LineOf(closed);
                if (StartsItsLine(analysis, closed))
                    end--;
                if (end > start)
                    regions.Add(new FoldingRegion(start, end));
            }
        }
    }

    private static bool StartsItsLine(DocumentAnalysis analysis, int offset)
    {
        var lineStart = analysis.Lines.LineStart(analysis.Lines.LineOf(offset));
        return analysis.Text.Slice(TextSpan.FromBounds(lineStart, offset)).Span.IsWhiteSpace();
    }

    /// <summary>The comments of a stretch between statements: each block comment that spans lines, each run of line comments on consecutive lines.</summary>
    private static void Comments(DocumentAnalysis analysis, TextSpan gap, ImmutableArray<FoldingRegion>.Builder regions)
    {
        var lines = analysis.Lines;
        var text = analysis.Text.Slice(gap).Span;
        int runStart = -1, runEnd = -1;
        for (var position = 0; position < text.Length;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            var start = gap.Start + position;
            position = end;
            if (kind == TokenKind.Whitespace)
                continue;
            var line = lines.LineOf(start);
            if (kind == TokenKind.LineComment && line == runEnd + 1 && runStart >= 0)
            {
                runEnd = line;
                continue;
            }
            AddRun(regions, runStart, runEnd);
            // A comment after a statement's end on its line belongs to that line, not to a run below it.
            (runStart, runEnd) = kind == TokenKind.LineComment && StartsItsLine(analysis, start) ? (line, line) : (-1, -1);
            if (kind == TokenKind.BlockComment && lines.LineOf(gap.Start + end - 1) is var last && last > line)
                regions.Add(new FoldingRegion(line, last, FoldingKind.Comment));
        }
        AddRun(regions, runStart, runEnd);
    }

    private static void AddRun(ImmutableArray<FoldingRegion>.Builder regions, int start, int end)
    {
        if (end > start)
            regions.Add(new FoldingRegion(start, end, FoldingKind.Comment));
    }
}
