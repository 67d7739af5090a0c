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
    public void A_line_break_inside_a_name_is_shown_as_an_escape()
    {
        var symbols = Symbols.Of(new DocumentAnalyzer().Analyze("BACKUP SNAPSHOT db.`nightly\r\n` TO repo;\nCREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://a\nb\";",
            AnalysisContext.Default));
        Assert.Equal(["BACKUP db.nightly\\n → repo", "CREATE REPOSITORY r"], symbols.Select(s => s.Name));
        Assert.Equal("s3a://a\\nb", symbols[1].Detail);
    }

    [Fact]
    public void A_statement_after_a_missing_semicolon_has_an_entry_of_its_own()
    {
        const string script = "SELECT 1\nDROP SNAPSHOT s ON r\nBACKUP SNAPSHOT db.s TO r;\nSHOW BACKUP  \r\nSHOW RESTORE\nSHOW REPOSITORIES\n;";
        var expected = new[] { ("DROP SNAPSHOT s ON r", "DROP SNAPSHOT s ON r"), ("BACKUP db.s → r", "BACKUP SNAPSHOT db.s TO r"),
            ("SHOW BACKUP", "SHOW BACKUP"), ("SHOW RESTORE", "SHOW RESTORE"), ("SHOW REPOSITORIES", "SHOW REPOSITORIES") };

        var symbols = Symbols.Of(new DocumentAnalyzer().Analyze(script, AnalysisContext.Default));
        Assert.Equal(expected, symbols.Select(s => (s.Name, script.Substring(s.Span.Start, s.Span.Length))));
        Assert.Equal(expected.Select(e => e.Item1), Symbols.OfScript(script).Select(s => s.Name));
        // A statement that names no object is selected whole, without the line break before the next.
        Assert.Equal("SHOW BACKUP", script.Substring(symbols[2].SelectionSpan.Start, symbols[2].SelectionSpan.Length));
        Assert.Equal("SHOW RESTORE", script.Substring(symbols[3].SelectionSpan.Start, symbols[3].SelectionSpan.Length));
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

    [Theory]
    [InlineData("SHOW REPOSITORIES", "SHOW REPOSITORIES", "SHOW REPOSITORIES", null)]
    [InlineData("SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 's1'", "SHOW SNAPSHOT ON repo", "repo", null)]
    [InlineData("SHOW RESTORE FROM sales", "SHOW RESTORE FROM sales", "sales", null)]
    [InlineData("CANCEL BACKUP FROM sales", "CANCEL BACKUP FROM sales", "sales", null)]
    [InlineData("CANCEL RESTORE FOR EXTERNAL CATALOG", "CANCEL RESTORE FOR EXTERNAL CATALOG", "CANCEL RESTORE FOR EXTERNAL CATALOG", null)]
    [InlineData("CREATE READ ONLY REPOSITORY r1 WITH BROKER ON LOCATION \"s3a://bucket/path\"", "CREATE READ ONLY REPOSITORY r1", "r1", "s3a://bucket/path")]
    [InlineData("RESTORE SNAPSHOT s1 FROM repo DATABASE sales ON (t1) PROPERTIES (\"backup_timestamp\" = \"x\")", "RESTORE sales.s1 ← repo", "s1", "t1")]
    [InlineData("BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (p1,\n   p2), t2)", "BACKUP db.s1 → repo", "db.s1", "t1 PARTITION (p1, p2), t2")]
    [InlineData("BACKUP  SNAPSHOT db.s1\n  TO", "BACKUP SNAPSHOT db.s1 TO", "BACKUP", "incomplete")]
    [InlineData("BACKUP SNAPSHOT db.s1 TO repo ON (orders_2024_01, orders_2024_02, orders_2024_03,", "BACKUP SNAPSHOT db.s1 TO repo ON (orders_2024_01, orders_202…", "BACKUP", "incomplete")]
    public void Each_statement_form_is_one_entry_named_after_what_it_does(string statement, string name, string selected, string? detail)
    {
        var text = "SELECT 1;\n" + statement;
        var symbol = Assert.Single(Symbols.Of(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default)));
        Assert.Equal(name, symbol.Name);
        Assert.Equal(selected, text.Substring(symbol.SelectionSpan.Start, symbol.SelectionSpan.Length));
        Assert.Equal(detail, symbol.Detail);
        Assert.Equal(statement, text[symbol.Span.Start..symbol.Span.End]);
    }
}
