using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Tests.Baselines;

namespace BackupLsp.Language.Tests.Features;

/// <summary>"Fix all": the certain fixes applied together, round after round; guesses left for a person to choose.</summary>
public sealed class FixAllTests
{
    private static DocumentAnalysis Analyze(string text) => new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);

    [Fact]
    public void Certain_fixes_are_applied_and_guesses_are_left()
    {
        const string text = """
            BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (orders, orders, items PARTITION (p1, p1)) PROPERTIES ("type" = "incremental", "timout" = "3600");
            CREATE REPOSITORY repo2 ON LOCATION "s3a://b/p" PROPERTIES (aws_key = "x");
            """;

        var (fixedText, fixes, _) = FixAll.Apply(text, Analyze);

        // "timout" is left: "timeout" is only the likeliest of the keys it might be.
        Assert.Equal("""
            BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (orders, items PARTITION (p1)) PROPERTIES ("type" = "full", "timout" = "3600");
            CREATE REPOSITORY repo2 WITH BROKER ON LOCATION "s3a://b/p" PROPERTIES ("aws_key" = "x");
            """, fixedText);
        Assert.Equal(5, fixes.Length);
        Assert.Equal(["SRB200"], Analyze(fixedText).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_fix_that_makes_another_possible_is_followed_by_it_in_the_next_round()
    {
        // The key's case is fixed first; only then is its value checked, and "1h" read as seconds.
        const string text = """RESTORE SNAPSHOT db.snap FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "Timeout" = "1h");""";

        Assert.Equal(["\"Timeout\""], FixAll.Edits(Analyze(text)).Select(edit => text.Substring(edit.Span.Start, edit.Span.Length)));
        Assert.Equal(
            """RESTORE SNAPSHOT db.snap FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "timeout" = "3600");""",
            FixAll.Apply(text, Analyze).Text);
    }

    /// <summary>
    /// A full-width space's own fix (SRB001) and the fix of the full-width mark or typographic quotes beside it, which writes
    /// that space too, make the same edit there: it is made once, and both apply in one round.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1\u3000，t2);", "BACKUP SNAPSHOT db.s TO r ON (t1 ,t2);")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\" =\u3000“full”);", "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\" = \"full\");")]
    public void Fixes_that_make_one_edit_alike_apply_in_one_round(string text, string expected)
    {
        var edits = FixAll.Edits(Analyze(text));

        var result = FixAll.ApplyEdits(text, edits);
        Assert.Equal(expected, result);
        Assert.Empty(Analyze(result).Diagnostics);
    }

    [Fact]
    public void Merges_into_one_list_are_applied_together_in_the_order_they_were_written()
    {
        // Each repeat merges its partitions into the end of the first list: one round takes them all, in order (a
        // dozen monthly repeats took a dozen rounds, past the rounds a check --fix runs).
        var months = Enumerable.Range(1, 12).Select(m => $"t PARTITION (p{m:00})").ToList();
        var text = $"BACKUP SNAPSHOT db.snap TO repo ON ({string.Join(", ", months)});";
        var merged = $"BACKUP SNAPSHOT db.snap TO repo ON (t PARTITION ({string.Join(", ", Enumerable.Range(1, 12).Select(m => $"p{m:00}"))}));";

        Assert.Equal(merged, FixAll.ApplyEdits(text, FixAll.Edits(Analyze(text))));
        Assert.Equal((merged, 11), FixAll.Apply(text, Analyze) is var (fixedText, fixes, _) ? (fixedText, fixes.Length) : default);
    }

    [Fact]
    public void A_script_without_certain_fixes_is_left_as_it_is()
    {
        const string text = """BACKUP SNAPSHOT db.snap TO repo ON (t) PROPERTIES ("timout" = "3600");""";

        Assert.Empty(FixAll.Edits(Analyze(text)));
        var (fixedText, fixes, _) = FixAll.Apply(text, Analyze);
        Assert.Equal((text, 0), (fixedText, fixes.Length));
    }

    [Fact]
    public void A_rule_turned_off_is_not_fixed()
    {
        const string text = """BACKUP SNAPSHOT db.snap TO repo ON (t) PROPERTIES ("type" = "incremental");""";
        var options = AnalysisOptions.Default with { RuleLevels = AnalysisOptions.Default.RuleLevels.SetItem("SRB204", RuleLevel.Off) };

        Assert.Empty(FixAll.Edits(new DocumentAnalyzer().Analyze(text, new AnalysisContext(options, null))));
    }

    public static TheoryData<string> Baselines() => [.. BaselineCase.Names()];

    /// <summary>
    /// On every diagnostic baseline: the rounds end before their limit with nothing left to fix, and fixing never adds
    /// an error (a certain fix that broke something else would).
    /// </summary>
    [Theory]
    [MemberData(nameof(Baselines))]
    public void Fixing_a_baseline_ends_with_nothing_left_to_fix_and_no_new_error(string name)
    {
        var baseline = BaselineCase.Load(name);
        DocumentAnalysis AnalyzeBaseline(string text) => new DocumentAnalyzer().Analyze(text, baseline.Context);
        int Errors(DocumentAnalysis analysis) => analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        var before = AnalyzeBaseline(baseline.Text);
        var (fixedText, fixes, _) = FixAll.Apply(baseline.Text, AnalyzeBaseline);
        var after = AnalyzeBaseline(fixedText);

        Assert.Empty(FixAll.Edits(after));
        Assert.True(Errors(after) <= Errors(before), $"{Errors(before)} errors before fixing, {Errors(after)} after:\n{fixedText}");
        Assert.Equal(fixes.IsEmpty, fixedText == baseline.Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void A_fix_that_writes_lines_writes_them_with_the_scripts_line_breaks(string lineBreak)
    {
        var text = $"SHOW BACKUP;{lineBreak}DROP SNAPSHOT ON repo WHERE SNAPSHOT IN ('x', 'y');{lineBreak}";
        Assert.Equal($"SHOW BACKUP;{lineBreak}DROP SNAPSHOT x ON repo;{lineBreak}DROP SNAPSHOT y ON repo;{lineBreak}", FixAll.Apply(text, Analyze).Text);
    }

    [Theory]
    [InlineData("RESTORE SNAPSHOT db.s3 FROM repo PROPERTIES (\r\n\t\"timeout\" = \"3600\"\r\n);\r\n", "SRB208", ",\r\n\t\"backup_timestamp\" = \"\"")]
    public void A_line_break_a_fix_copies_from_a_crlf_script_stays_a_crlf(string text, string code, string written)
    {
        var analysis = Analyze(text);
        var edit = Assert.Single(analysis.Diagnostics, d => d.Code == code).Fixes[0].Edits.Single();
        Assert.Equal(written, analysis.AsWritten(edit).NewText);
    }

    [Theory]
    [InlineData("SHOW BACKUP;\r\nSHOW RESTORE;\nDROP SNAPSHOT ON repo WHERE SNAPSHOT IN ('x', 'y');\n", "\n")]
    [InlineData("SHOW BACKUP;\nSHOW RESTORE;\r\nDROP SNAPSHOT ON repo WHERE SNAPSHOT IN ('x', 'y');\r\n", "\r\n")]
    [InlineData("SHOW BACKUP;\nDROP SNAPSHOT ON repo WHERE SNAPSHOT IN ('x', 'y');", "\n")]
    public void In_a_script_of_mixed_line_breaks_a_fix_writes_those_of_its_own_line(string text, string lineBreak) =>
        Assert.Contains($"DROP SNAPSHOT x ON repo;{lineBreak}DROP SNAPSHOT y ON repo", FixAll.Apply(text, Analyze).Text);
}
