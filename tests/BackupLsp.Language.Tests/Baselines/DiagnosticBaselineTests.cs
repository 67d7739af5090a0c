using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// Each Baselines/Diagnostics/*.sql against its .expected.txt. Set BACKUPLSP_UPDATE_BASELINES=1 to rewrite the
/// expected files from the current output (then review them with git diff).
/// </summary>
public sealed class DiagnosticBaselineTests
{
    public static TheoryData<string> Cases => [.. BaselineCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_baseline(string name)
    {
        var baseline = BaselineCase.Load(name);
        Baseline.Check(baseline.SqlPath, DiagnosticRenderer.Render(new DocumentAnalyzer().Analyze(baseline.Text, baseline.Context)));
    }

    [Fact]
    public void There_are_enough_cases_and_every_rule_has_one()
    {
        var all = BaselineCase.All().ToList();
        Assert.True(all.Count >= 90, $"only {all.Count} baseline cases");
        var analyzer = new DocumentAnalyzer();
        var seen = all.SelectMany(c => analyzer.Analyze(c.Text, c.Context).Diagnostics).Select(d => d.Code).ToHashSet();
        var missing = Rules.StatementRules.All.Select(r => r.Code).Where(c => c != DocumentAnalyzer.InternalError.Code && !seen.Contains(c));
        Assert.Empty(missing);
    }
}
