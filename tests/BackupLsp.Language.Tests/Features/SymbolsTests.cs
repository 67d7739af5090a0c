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

    [Fact]
    public void A_script_read_from_disk_has_the_outline_an_open_document_has()
    {
        var script = "BAKUP SNAPSHOT s TO r;\r\n" + Script + "RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES (\"backup_timestamp\" = \"x\")";

        Assert.Equal<StatementSymbol>(Symbols.Of(new DocumentAnalyzer().Analyze(script, AnalysisContext.Default)), Symbols.OfScript(script));
        Assert.Equal(["BACKUP s → r", "BACKUP db.s1 → repo", "DROP REPOSITORY old_repo", "RESTORE db.s1 ← repo"],
            Symbols.OfScript(script).Select(s => s.Name));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("snap1", true)]
    [InlineData("nightly.SNAP", true)]
    [InlineData("bnsnap", true)]
    [InlineData("→ repo", true)]
    [InlineData("snap2", false)]
    [InlineData("repo backup", false)]
    [InlineData("BACKUP nightly.snap1 → nightly_repos", false)]
    public void A_query_matches_the_names_that_hold_its_characters_in_order_in_any_case(string query, bool matches) =>
        Assert.Equal(matches, Symbols.Matches("BACKUP nightly.snap1 → nightly_repo", query));
}
