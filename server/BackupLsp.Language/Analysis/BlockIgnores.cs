using System.Collections.Immutable;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// An ignore comment of a <see cref="StatementBlock"/>, its span and its rules' relative to the block's start, and where the
/// statement it reaches ends: the one it stands in or, between statements, the one after it. What its line holds is read
/// from the text on each analysis (IgnoreComments.Place): an edit next to the block changes that text and reuses the block.
/// </summary>
/// <param name="ReachEnd">Where that statement ends, relative to the block; null where it is in a later block or none follows.</param>
internal readonly record struct BlockIgnore(TextSpan Span, ImmutableArray<IgnoredRule> Rules, int? ReachEnd);

/// <summary>
/// Collects the ignore comments of a block that starts at <paramref name="blockStart"/> in <paramref name="text"/>: those
/// its statements' parses kept, and those between them, which it reads; their names are looked up among the rules here.
/// </summary>
internal sealed class BlockIgnores(DocumentText text, int blockStart)
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
        List<IgnoreMark>? marks = null;
        for (var position = 0; position < chars.Length;)
        {
            var kind = Lexer.Scan(chars, position, out var end);
            IgnoreMark.Collect(chars, kind, position, end, ref marks);
            position = end;
        }
        if (marks is not null)
            foreach (var mark in marks)
                Add(region.Start, mark, nextEnd);
    }

    public ImmutableArray<BlockIgnore> ToImmutable() => _ignores?.DrainToImmutable() ?? [];

    private void Add(int origin, IgnoreMark mark, int? reachEnd)
    {
        var shift = origin - blockStart;
        (_ignores ??= ImmutableArray.CreateBuilder<BlockIgnore>()).Add(new BlockIgnore(mark.Span.Shift(shift),
            [.. mark.Names.Select(name => new IgnoredRule(name.Written, name.Span.Shift(shift), IgnoreComments.Silenceable(name.Written)))],
            reachEnd - blockStart));
    }
}
