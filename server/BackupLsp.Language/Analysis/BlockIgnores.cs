using System.Collections.Immutable;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// An ignore comment of a <see cref="StatementBlock"/>: its <paramref name="Mark"/>, read at <paramref name="Origin"/>, and
/// what the block's own text tells of its reach, all relative to the block's start. What the text around the block decides
/// is left null, for IgnoreComments to read on each analysis: an edit next to the block changes that text and reuses the block.
/// </summary>
/// <param name="EndsLine">Whether code comes before it on its line; null where only spaces do within the block and the line starts before it.</param>
/// <param name="LineStart">Where its line starts; null where that is before the block's text.</param>
/// <param name="LineEnd">Where its line ends; null where that is past the block's text.</param>
/// <param name="ReachEnd">
/// Where the statement it stands in ends or, between statements, the statement after it; null where that one is in a
/// later block or none follows.
/// </param>
internal readonly record struct BlockIgnore(int Origin, IgnoreMark Mark, bool? EndsLine, int? LineStart, int? LineEnd, int? ReachEnd);

/// <summary>
/// Collects the ignore comments of a block that starts at <paramref name="blockStart"/> and whose text is
/// <paramref name="blockText"/> (from its first statement, or the script's start for the first block, to the next block's
/// first statement or the script's end): those its statements' parses kept, and those between them, which it reads.
/// </summary>
internal sealed class BlockIgnores(DocumentText text, int blockStart, TextSpan blockText)
{
    private ImmutableArray<BlockIgnore>.Builder? _ignores;

    /// <summary>The ignore comments that the parse of the statement at <paramref name="statement"/> kept.</summary>
    public void AddInStatement(TextSpan statement, ParsedStatement parsed)
    {
        foreach (var mark in parsed.IgnoreMarks)
            Add(statement.Start, mark, statement.End);
    }

    /// <summary>
    /// The ignore comments in <paramref name="region"/>, text between statements (or of one that failed, which the analysis
    /// leaves out), that starts at a token; the statement after it ends at <paramref name="nextEnd"/> if it is in this block.
    /// </summary>
    public void AddBetween(TextSpan region, int? nextEnd)
    {
        // Most of the text between statements is a `;` and a line break.
        if (text.IndexOfAny('-', '/', region.Start, region.End) < 0)
            return;
        var chars = text.Slice(region).Span;
        for (var position = 0; position < chars.Length;)
        {
            var kind = Lexer.Scan(chars, position, out var end);
            if (IgnoreComments.Read(chars, kind, position, end) is { } mark)
                Add(region.Start, mark, nextEnd);
            position = end;
        }
    }

    public ImmutableArray<BlockIgnore> ToImmutable() => _ignores?.DrainToImmutable() ?? [];

    private void Add(int origin, IgnoreMark mark, int? reachEnd)
    {
        var span = mark.Span.Shift(origin);
        var lineBreak = text.LastIndexOfAny('\n', '\r', blockText.Start, span.Start);
        int? lineStart = lineBreak >= 0 ? lineBreak + 1 : blockText.Start == 0 ? 0 : null;
        bool? endsLine = !text.Slice(TextSpan.FromBounds(lineStart ?? blockText.Start, span.Start)).Span.IsWhiteSpace() ? true
            : lineStart is null ? null : false;
        int? lineEnd = text.IndexOfAny('\n', '\r', span.Start, blockText.End) is >= 0 and var found ? found
            : blockText.End == text.Length ? text.Length : null;
        (_ignores ??= ImmutableArray.CreateBuilder<BlockIgnore>()).Add(
            new BlockIgnore(origin - blockStart, mark, endsLine, lineStart - blockStart, lineEnd - blockStart, reachEnd - blockStart));
    }
}
