using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
/// <param name="Label">
/// What the region shows folded, where it says more than its first line: a family statement's outline name
/// (<see cref="Symbols"/>). Null for a list, a comment or other SQL, whose first line is the best summary.
/// </param>
public readonly record struct FoldingRegion(int StartLine, int EndLine, FoldingKind Kind = FoldingKind.Region, string? Label = null);

/// <summary>
/// The document's structure: every statement that spans lines (other SQL included), the parenthesised lists of a
/// family statement that span lines (a long <c>ON (...)</c>), and the comments between statements that span lines
/// (a block comment, or line comments on consecutive lines). An editor that gets folding ranges from a server folds
/// nothing else, so a script's header comment must be among them. Folds fold whole lines: one never hides the line a
/// statement starts on or another fold starts on, as it would where a statement ends mid-line before the next.
/// </summary>
public static class Folding
{
    /// <summary>The regions in order of their first lines, worked out once per version (threads that race make equal ones).</summary>
    public static ImmutableArray<FoldingRegion> Of(DocumentAnalysis analysis)
    {
        if (Volatile.Read(ref analysis.Folds) is not FoldingRegion[] regions)
            Volatile.Write(ref analysis.Folds, regions = Regions(analysis));
        return ImmutableCollectionsMarshal.AsImmutableArray(regions);
    }

    private static FoldingRegion[] Regions(DocumentAnalysis analysis)
    {
        var starts = new List<int>();
        return WellNested(Unnested(analysis, starts), starts);
    }

    /// <summary>
    /// The regions as the text has them, in no order, and in <paramref name="starts"/> the line of each statement (and
    /// part after a missing `;`), in order.
    /// </summary>
    internal static List<FoldingRegion> Unnested(DocumentAnalysis analysis, List<int> starts)
    {
        var regions = new List<FoldingRegion>();
        var gapStart = 0;
        foreach (var statement in analysis.Statements)
        {
            Comments(analysis, TextSpan.FromBounds(gapStart, statement.Start), regions);
            Parts(analysis, statement, regions, starts);
            gapStart = statement.Span.End;
        }
        Comments(analysis, TextSpan.FromBounds(gapStart, analysis.Text.Length), regions);
        return regions;
    }

    /// <summary>
    /// The regions in order of their first lines (a statement before its lists), one per line, each ending before the line of the next
    /// statement that starts inside it and before the first line of a region that starts inside it and ends after it:
    /// folded, a region hides its lines but its first, and what starts there would be hidden with them (and a client
    /// such as VS Code keeps such a pair as it is, one hiding the other's first line).
    /// </summary>
    private static FoldingRegion[] WellNested(List<FoldingRegion> regions, List<int> starts)
    {
        var sorted = regions.Select(region => BeforeNextStatement(region, starts))
            .OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine).ToArray();
        var open = new Stack<int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            while (open.TryPeek(out var outer) && (sorted[outer].EndLine < sorted[i].StartLine
                || (sorted[outer].StartLine < sorted[i].StartLine && sorted[outer].EndLine < sorted[i].EndLine)))
            {
                if (sorted[outer].EndLine >= sorted[i].StartLine)
                    sorted[outer] = sorted[outer] with { EndLine = sorted[i].StartLine - 1 };
                open.Pop();
            }
            open.Push(i);
        }
        // One fold per first line, the outermost: a line has one fold control (VS Code drops the folds after the first
        // that start there), and a list that starts on its statement's first line folds with the statement.
        return [.. sorted.Where(r => r.EndLine > r.StartLine).DistinctBy(r => r.StartLine)];
    }

    private static FoldingRegion BeforeNextStatement(FoldingRegion region, List<int> starts)
    {
        var index = starts.BinarySearch(region.StartLine + 1);
        var next = index >= 0 ? index : ~index;
        return next < starts.Count && starts[next] <= region.EndLine ? region with { EndLine = starts[next] - 1 } : region;
    }

    /// <summary>
    /// A statement that spans lines folds, with its lists; one with statements after missing `;`s in it folds as they
    /// would with the `;`s: each part that spans lines, with its lists, and the comments between them.
    /// </summary>
    private static void Parts(DocumentAnalysis analysis, ScriptStatement statement, List<FoldingRegion> regions, List<int> starts)
    {
        // Most statements are one part: no enumerator for them, on every version of a large script.
        if (statement.Parsed.Continuations.IsEmpty)
        {
            Part(analysis, statement, regions, starts);
            return;
        }
        int? previousEnd = null;
        foreach (var part in statement.Parts())
        {
            if (previousEnd is { } gapStart)
                Comments(analysis, TextSpan.FromBounds(gapStart, part.Start), regions);
            previousEnd = part.Span.End;
            Part(analysis, part, regions, starts);
        }
    }

    private static void Part(DocumentAnalysis analysis, ScriptStatement part, List<FoldingRegion> regions, List<int> starts)
    {
        var start = analysis.Lines.LineOf(part.Span.Start);
        var end = analysis.Lines.LineOf(part.Span.End);
        starts.Add(start);
        if (end > start)
        {
            regions.Add(new FoldingRegion(start, end, Label: part.Parsed.IsFamily ? Symbols.NameOf(part.Parsed) : null));
            if (part.Parsed.IsFamily)
                Lists(part.Parsed, start, regions);
        }
    }

    /// <summary>
    /// Each parenthesised list of a statement that starts on <paramref name="firstLine"/> and spans lines. The lists are
    /// found once per parse and kept with it, in lines relative to the statement's first, so that the regions of a
    /// version after an edit scan no statement the edit did not touch (on a 1 MB script, every statement but one).
    /// </summary>
    private static void Lists(ParsedStatement parsed, int firstLine, List<FoldingRegion> regions)
    {
        foreach (var list in parsed.Memo(ref parsed.Folds, ListsOf))
            regions.Add(new FoldingRegion(firstLine + list.StartLine, firstLine + list.EndLine));
    }

    /// <summary>
    /// The lists of a statement at line 0, each up to the line before its <c>)</c> when that starts a line, so that it
    /// stays in view. A line breaks where the document's <see cref="LineIndex"/> breaks it (CR, LF, CRLF); a statement
    /// starts and ends with a token that is no line break, so its lines are those of the document.
    /// </summary>
    private static FoldingRegion[] ListsOf(ParsedStatement parsed)
    {
        var text = parsed.Text;
        var own = parsed.OwnText.Length;
        var lists = new List<FoldingRegion>();
        var open = new Stack<int>();
        int line = 0, lineStart = 0, scanned = 0;
        foreach (var token in parsed.Tokens)
        {
            // The lists after a missing `;` are their statement's own.
            if (token.Span.Start >= own)
                break;
            if (token.Kind is not (TokenKind.LParen or TokenKind.RParen))
                continue;
            for (; scanned < token.Span.Start; scanned++)
                if (text[scanned] == '\n' || (text[scanned] == '\r' && (scanned + 1 == text.Length || text[scanned + 1] != '\n')))
                    (line, lineStart) = (line + 1, scanned + 1);
            if (token.Kind == TokenKind.LParen)
                open.Push(line);
            else if (open.TryPop(out var start))
            {
                var startsItsLine = text.AsSpan(lineStart, token.Span.Start - lineStart).IsWhiteSpace();
                var end = startsItsLine ? line - 1 : line;
                if (end > start)
                    lists.Add(new FoldingRegion(start, end));
            }
        }
        return [.. lists];
    }

    private static bool StartsItsLine(DocumentAnalysis analysis, int offset)
    {
        var lineStart = analysis.Lines.LineStart(analysis.Lines.LineOf(offset));
        return analysis.Text.Slice(TextSpan.FromBounds(lineStart, offset)).Span.IsWhiteSpace();
    }

    /// <summary>The comments of a stretch between statements: each block comment that spans lines, each run of line comments on consecutive lines.</summary>
    private static void Comments(DocumentAnalysis analysis, TextSpan gap, List<FoldingRegion> regions)
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

    private static void AddRun(List<FoldingRegion> regions, int start, int end)
    {
        if (end > start)
            regions.Add(new FoldingRegion(start, end, FoldingKind.Comment));
    }
}
