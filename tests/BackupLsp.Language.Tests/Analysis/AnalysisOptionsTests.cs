using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class AnalysisOptionsTests
{
    private static AnalysisOptions With(params (string Key, RuleLevel Level)[] levels) =>
        AnalysisOptions.Default with
        {
            RuleLevels = AnalysisOptions.Default.RuleLevels.SetItems(levels.Select(l => KeyValuePair.Create(l.Key, l.Level))),
        };

    [Fact]
    public void Rules_keep_their_default_severity_unless_configured() =>
        Assert.Equal(DiagnosticSeverity.Warning, AnalysisOptions.Default.SeverityOf(PropertyRules.IncrementalBackup));

    [Theory]
    [InlineData("SRB204")]
    [InlineData("srb204")]
    [InlineData("incremental-backup")]
    public void A_rule_is_configured_by_code_or_name_in_any_case(string key) =>
        Assert.Equal(DiagnosticSeverity.Error, With((key, RuleLevel.Error)).SeverityOf(PropertyRules.IncrementalBackup));

    [Fact]
    public void Off_silences_a_rule() =>
        Assert.Null(With(("SRB200", RuleLevel.Off)).SeverityOf(PropertyRules.UnknownProperty));

    [Fact]
    public void Severity_overrides_apply_to_the_analysis()
    {
        const string text = "BACKUP SNAPSHOT db.s TO repo PROPERTIES (\"timout\" = \"3600\", \"type\" = \"incremental\");";
        var context = new AnalysisContext(With(("SRB200", RuleLevel.Hint), ("incremental-backup", RuleLevel.Off)), null);
        var diagnostic = Assert.Single(new DocumentAnalyzer().Analyze(text, context).Diagnostics);
        Assert.Equal(("SRB200", DiagnosticSeverity.Hint), (diagnostic.Code, diagnostic.Severity));
    }

    [Theory]
    [InlineData("off", RuleLevel.Off)]
    [InlineData("Hint", RuleLevel.Hint)]
    [InlineData("information", RuleLevel.Information)]
    [InlineData("WARNING", RuleLevel.Warning)]
    [InlineData("error", RuleLevel.Error)]
    [InlineData(" Warning ", RuleLevel.Warning)]
    public void Levels_parse_in_any_case(string text, RuleLevel level)
    {
        Assert.True(AnalysisOptions.TryParseLevel(text, out var parsed));
        Assert.Equal(level, parsed);
    }

    [Theory]
    [InlineData("fatal")]
    [InlineData("7")]
    [InlineData("1")]
    [InlineData("-0")]
    [InlineData("hint, warning")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_levels_are_rejected(string? text) =>
        Assert.False(AnalysisOptions.TryParseLevel(text, out _));

    [Fact]
    public void Every_rule_has_a_unique_code_in_range()
    {
        var codes = StatementRules.All.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^SRB[0-9]{3}$", code));
        Assert.Equal(StatementRules.All.Count, StatementRules.All.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Every_rule_declared_is_listed()
    {
        // The list is what configuration, the README's table and SARIF's rule indexes are read from: a rule left out of it
        // could not be configured and would have no index.
        var declared = typeof(StatementRules).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(RuleDescriptor))
            .Select(f => (RuleDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.True(declared.Count >= 50, $"only {declared.Count} rules declared");
        Assert.All(declared, rule => Assert.Contains(rule, StatementRules.All));
    }
}
