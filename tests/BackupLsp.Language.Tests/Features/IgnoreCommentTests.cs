using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Features;

public sealed class IgnoreCommentTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    /// <summary>The text with the ignore fix of its first <paramref name="code"/> diagnostic applied, which must then be silenced.</summary>
    private static string Ignored(string text, string code)
    {
        var analysis = Analyzer.Analyze(text, AnalysisContext.Default);
        var fix = IgnoreFix.For(analysis, analysis.Diagnostics.First(d => d.Code == code)) ?? throw new Xunit.Sdk.XunitException("no ignore fix");
        Assert.Equal($"Ignore {code} here", fix.Title);
        Assert.False(fix.Certain);
        Assert.True(fix.OnlyWhenAsked);
        var ignored = FixAll.ApplyEdits(text, [.. fix.Edits.Select(analysis.AsWritten)]);
        Assert.DoesNotContain(Analyzer.Analyze(ignored, AnalysisContext.Default).Diagnostics, d => d.Code == code || d.Rule.Name.EndsWith("-ignore"));
        return ignored;
    }

    [Fact]
    public void The_fix_ends_the_line_with_the_comment()
    {
        Assert.Equal("BACKUP SNAPSHOT s TO r ON (t, t); -- backup-lsp-ignore SRB300", Ignored("BACKUP SNAPSHOT s TO r ON (t, t);", "SRB300"));
        Assert.Equal("BACKUP SNAPSHOT s TO r ON (t, t); -- backup-lsp-ignore SRB300  \nSHOW BACKUP;", Ignored("BACKUP SNAPSHOT s TO r ON (t, t);  \nSHOW BACKUP;", "SRB300"));
    }

    [Fact]
    public void The_fix_adds_the_code_to_an_ignore_comment_ending_the_line()
    {
        const string text = "BACKUP SNAPSHOT s TO r ON (t, t) PROPERTIES (\"type\" = \"incremental\"); -- backup-lsp-ignore SRB300";
        Assert.Equal(text + ", SRB204", Ignored(text, "SRB204"));
    }

    [Fact]
    public void The_fix_goes_before_a_line_comment_ending_the_line_which_stays_as_written()
    {
        Assert.Equal("BACKUP SNAPSHOT s TO r ON (t, t); /* backup-lsp-ignore SRB300 */ -- both on purpose",
            Ignored("BACKUP SNAPSHOT s TO r ON (t, t); -- both on purpose", "SRB300"));
    }

    [Fact]
    public void Where_the_line_ends_inside_a_string_the_fix_is_a_line_of_its_own_before_the_statement()
    {
        const string text = "SHOW BACKUP;\r\n  BACKUP SNAPSHOT s TO r ON (t, t) PROPERTIES (\"type\" = \"full\r\n\");";
        Assert.Equal("SHOW BACKUP;\r\n  -- backup-lsp-ignore SRB300\r\n  BACKUP SNAPSHOT s TO r ON (t, t) PROPERTIES (\"type\" = \"full\r\n\");", Ignored(text, "SRB300"));
    }

    /// <summary>A character StarRocks drops fails no statement: its warning can be silenced, unlike the syntax errors.</summary>
    [Fact]
    public void A_dropped_character_can_be_silenced() =>
        Assert.Equal("BACKUP SNAPSHOT s TO r ON (t) 😀; -- backup-lsp-ignore SRB013", Ignored("BACKUP SNAPSHOT s TO r ON (t) 😀;", "SRB013"));

    [Fact]
    public void Syntax_errors_and_the_comments_own_diagnostics_offer_no_ignore_fix()
    {
        var analysis = Analyzer.Analyze("BACKUP SNAPHOT s TO r; -- backup-lsp-ignore SRB7000", AnalysisContext.Default);
        Assert.Equal(["SRB011", "SRB800"], analysis.Diagnostics.Select(d => d.Code));
        Assert.All(analysis.Diagnostics, diagnostic => Assert.Null(IgnoreFix.For(analysis, diagnostic)));
    }

    [Fact]
    public void A_comment_for_a_rule_turned_off_is_not_reported_unused_while_its_other_rules_still_are()
    {
        const string text = "BACKUP SNAPSHOT db.s1 TO r ON (t);\n"
            + "BACKUP SNAPSHOT db.s2 TO r ON (t); -- backup-lsp-ignore SRB700\n"
            + "BACKUP SNAPSHOT db2.s1 TO r ON (t);\n"
            + "-- backup-lsp-ignore concurrent-jobs, SRB204\n"
            + "BACKUP SNAPSHOT db2.s2 TO r ON (t);\n"
            + "-- backup-lsp-ignore SRB700";
        var off = new AnalysisContext(AnalysisOptions.Default with
        {
            RuleLevels = AnalysisOptions.Default.RuleLevels.SetItem("concurrent-jobs", RuleLevel.Off),
        }, null);

        var analysis = Analyzer.Analyze(text, off);

        var unused = Assert.Single(analysis.Diagnostics);
        Assert.Equal(("SRB801", "SRB204 silences nothing here: no SRB204 diagnostic in the statement after it."), (unused.Code, unused.Message));
        Assert.Equal(text.IndexOf("SRB204", StringComparison.Ordinal), unused.Span.Start);
        // With the rule on, the last comment, which no statement follows, silences nothing too.
        Assert.Equal([("SRB801", "SRB204"), ("SRB801", "-- backup-lsp-ignore SRB700")],
            Analyzer.Analyze(text, AnalysisContext.Default).Diagnostics.Select(d => (d.Code, text.Substring(d.Span.Start, d.Span.Length))));
    }

    [Fact]
    public void The_comments_ending_one_line_each_silence_its_diagnostics_of_their_rules_and_each_name_that_does_is_used()
    {
        const string text = "BACKUP SNAPSHOT s1 TO r ON (t, t); /* backup-lsp-ignore SRB300 */ "
            + "BACKUP SNAPSHOT s2 TO r ON (u, u); /* backup-lsp-ignore duplicate-table, SRB204 */ "
            + "BACKUP SNAPSHOT s3 TO r ON (v); -- backup-lsp-ignore SRB300\n"
            + "BACKUP SNAPSHOT s4 TO r ON (w, w);";

        var analysis = Analyzer.Analyze(text, AnalysisContext.Default);

        Assert.Equal([("SRB801", "SRB204"), ("SRB300", "w")],
            analysis.Diagnostics.Select(d => (d.Code, text.Substring(d.Span.Start, d.Span.Length))));
    }

    [Fact]
    public void An_edit_elsewhere_leaves_what_a_comment_silences_as_a_fresh_analysis_of_the_text_does()
    {
        const string incremental = "PROPERTIES (\"type\" = \"incremental\")";
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => $"BACKUP SNAPSHOT db{i}.s TO r ON (t) {incremental};\n"))
            + $"BACKUP SNAPSHOT db7.s2 TO r ON (u) {incremental}; -- backup-lsp-ignore SRB204, SRB700\n";
        var before = Analyzer.Analyze(DocumentText.From(text), AnalysisContext.Default, previous: null);
        var edited = DocumentText.From(text).Replace(new TextSpan(0, 0), "SHOW BACKUP;\n");
        var after = Analyzer.Analyze(edited, AnalysisContext.Default, before);
        var fresh = new DocumentAnalyzer().Analyze(edited.ToString(), AnalysisContext.Default);
        Assert.Equal(fresh.Diagnostics.Select(d => (d.Code, d.Span)), after.Diagnostics.Select(d => (d.Code, d.Span)));
        Assert.Equal(fresh.DiagnosticCount, after.DiagnosticCount);
        Assert.Equal(300, after.Diagnostics.Count(d => d.Code == "SRB204"));
        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "SRB700" or "SRB801");
    }

    [Fact]
    public void An_edit_away_from_the_comments_reads_none_of_them_again()
    {
        const string incremental = "PROPERTIES (\"type\" = \"incremental\")";
        var parses = 0;
        var analyzer = new DocumentAnalyzer(new StatementCache(parse: statement =>
        {
            Interlocked.Increment(ref parses);
            return StatementParser.Parse(statement);
        }));
        // Before the first statement, alone on its line in a statement and between two, ending a line, and after the last
        // statement, in the first and the last of five blocks; the edit is in the third.
        var shows = string.Concat(Enumerable.Range(0, 5 * StatementBlock.TargetSize - 4).Select(i => $"SHOW BACKUP FROM db{i};\n"));
        var text = "-- backup-lsp-ignore SRB204\n"
            + $"BACKUP SNAPSHOT db.s1 TO r ON (t) {incremental};\n"
            + $"BACKUP SNAPSHOT db2.s1 TO r\n  /* backup-lsp-ignore incremental-backup */ ON (t) {incremental};\n"
            + shows
            + "-- backup-lsp-ignore SRB700\n"
            + "BACKUP SNAPSHOT db.s2 TO r ON (t);\n"
            + $"BACKUP SNAPSHOT db3.s1 TO r ON (t) {incremental}; -- backup-lsp-ignore SRB204\n"
            + "-- backup-lsp-ignore SRB700";
        var before = analyzer.Analyze(DocumentText.From(text), AnalysisContext.Default, previous: null);
        Assert.Equal(5, before.IgnoreComments.Length);
        parses = 0;

        var edited = before.Text.Replace(new TextSpan(text.IndexOf("db150;", StringComparison.Ordinal), 2), "xy");
        var after = analyzer.Analyze(edited, AnalysisContext.Default, before);

        Assert.Equal(1, parses);
        // The rules are those read before, as written then: the same strings.
        Assert.All(before.IgnoreComments.Zip(after.IgnoreComments), pair => Assert.All(pair.First.Rules.Zip(pair.Second.Rules),
            rules => Assert.Same(rules.First.Written, rules.Second.Written)));
        var fresh = new DocumentAnalyzer().Analyze(edited.ToString(), AnalysisContext.Default);
        Assert.Equal(fresh.IgnoreComments.Select(Placed), after.IgnoreComments.Select(Placed));
        Assert.Equal(fresh.Diagnostics.Select(d => (d.Code, d.Span, d.Message)), after.Diagnostics.Select(d => (d.Code, d.Span, d.Message)));
        Assert.Equal(["SRB801"], after.Diagnostics.Select(d => d.Code));
    }

    private static string Placed(IgnoreComment comment) =>
        $"{comment.Span} {comment.EndsLine} {comment.Silenced} {string.Join(", ", comment.Rules.Select(rule => $"{rule.Written} {rule.Span} {rule.Rule?.Code}"))}";

    [Fact]
    public void An_ignore_comment_in_a_long_statement_of_other_sql_reaches_to_its_end()
    {
        // Long enough to be parsed without a list of its tokens.
        var values = string.Join(",", Enumerable.Repeat("(1)", 30_000));
        var text = $"INSERT INTO t VALUES {values},\n  -- backup-lsp-ignore SRB700\n{values};\nSHOW BACKUP;";
        var analysis = Analyzer.Analyze(text, AnalysisContext.Default);

        var comment = Assert.Single(analysis.IgnoreComments);
        Assert.False(comment.EndsLine);
        Assert.Equal(TextSpan.FromBounds(comment.Span.End, text.IndexOf(";\nSHOW", StringComparison.Ordinal)), comment.Silenced);
    }
}
