using System.Collections.Immutable;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Features;

/// <summary>A foldable range of whole lines, 0-based and inclusive.</summary>
public readonly record struct FoldingRegion(int StartLine, int EndLine);

/// <summary>Every statement that spans more than one line folds, other SQL included: it is the document's structure.</summary>
public static class Folding
{
    public static ImmutableArray<FoldingRegion> Of(DocumentAnalysis analysis)
    {
        var regions = ImmutableArray.CreateBuilder<FoldingRegion>();
        foreach (var statement in analysis.Statements)
        {
            var start = analysis.Lines.LineOf(statement.Span.Start);
            var end = analysis.Lines.LineOf(statement.Span.End);
            if (end > start)
                regions.Add(new FoldingRegion(start, end));
        }
        return regions.ToImmutable();
    }
}
