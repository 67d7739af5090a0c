using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
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

    [Fact]
    public void Syntax_errors_and_the_comments_own_diagnostics_offer_no_ignore_fix()
    {
        var analysis = Analyzer.Analyze("BACKUP SNAPHOT s TO r; -- backup-lsp-ignore SRB7000", AnalysisContext.Default);
        Assert.Equal(["SRB011", "SRB800"], analysis.Diagnostics.Select(d => d.Code));
        Assert.All(analysis.Diagnostics, diagnostic => Assert.Null(IgnoreFix.For(analysis, diagnostic)));
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
}
