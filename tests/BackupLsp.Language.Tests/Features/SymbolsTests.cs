using BackupLsp.Language.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;

namespace BackupLsp.Language.Tests.Features;

public sealed class SymbolsTests
{
    private const string Script = "SELECT 1;\nBACKUP SNAPSHOT db.s1 TO repo ON (t1);\nDROP REPOSITORY old_repo;\n";

    [Fact]
    public void Entries_are_placed_at_their_statements_after_an_edit_moves_them()
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Script, AnalysisContext.Default);
        _ = Symbols.Of(before);
        var edited = "-- nightly\n" + Script;

        var after = Symbols.Of(analyzer.Analyze(DocumentText.From(edited), AnalysisContext.Default, before));

        Assert.Equal<StatementSymbol>(Symbols.Of(new DocumentAnalyzer().Analyze(edited, AnalysisContext.Default)), after);
        Assert.Equal(["BACKUP db.s1 → repo", "DROP REPOSITORY old_repo"], after.Select(s => s.Name));
        Assert.Equal("db.s1", edited.Substring(after[0].SelectionSpan.Start, after[0].SelectionSpan.Length));
        Assert.Equal(edited.IndexOf("DROP", StringComparison.Ordinal), after[1].Span.Start);
    }

    [Fact]
    public void A_statement_is_described_once_however_often_the_outline_is_asked_for()
    {
        var analysis = new DocumentAnalyzer().Analyze(Script, AnalysisContext.Default);

        var first = Symbols.Of(analysis);
        var second = Symbols.Of(analysis);

        Assert.Equal<StatementSymbol>(first, second);
        Assert.All(first.Zip(second), pair => Assert.Same(pair.First.Name, pair.Second.Name));
    }
}
