using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Robustness;

/// <summary>What every analysis of every text must satisfy, however broken the text.</summary>
internal static class AnalysisInvariants
{
    public static void AssertSound(DocumentAnalyzer analyzer, string text, AnalysisContext context)
    {
        var analysis = analyzer.Analyze(text, context);
        Assert.True(analysis.InternalErrors.IsEmpty, $"internal error on {Show(text)}: {analysis.InternalErrors.FirstOrDefault()}");
        foreach (var diagnostic in analysis.Diagnostics)
        {
            Assert.True(diagnostic.Code != DocumentAnalyzer.InternalError.Code, $"{diagnostic.Message} on {Show(text)}");
            AssertInside(diagnostic.Span, text, $"{diagnostic.Code} span");
            foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
                AssertInside(edit.Span, text, $"{diagnostic.Code} fix edit");
        }
        foreach (var statement in analysis.Statements)
            AssertInside(statement.Span, text, "statement span");
        // Ignore comments look for what they silence only in the blocks their reach overlaps.
        for (var block = 0; block < analysis.Blocks.Length; block++)
        {
            var end = block + 1 < analysis.Blocks.Length ? analysis.BlockStarts[block + 1] : text.Length;
            foreach (var diagnostic in analysis.Blocks[block].Diagnostics)
                Assert.True(diagnostic.Span.Start >= 0 && analysis.BlockStarts[block] + diagnostic.Span.Start <= end,
                    $"{diagnostic.Code} at {diagnostic.Span} outside its block, from {analysis.BlockStarts[block]} to {end}: {Show(text)}");
        }
    }

    private static void AssertInside(TextSpan span, string text, string what) =>
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{what} {span} outside a text of length {text.Length}: {Show(text)}");

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
