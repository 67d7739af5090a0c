using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Every rule family, and the list of every rule for documentation and configuration.</summary>
public static class StatementRules
{
    private static readonly Action<RuleContext>[] Checks =
    [
        StructureRules.Check,
        NameRules.Check,
        PropertyRules.Check,
        ObjectRules.Check,
        RepositoryRules.Check,
        VersionRules.Check,
        CatalogRules.Check,
        CurrentDatabaseRules.Check,
    ];

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        .. SyntaxRules.All,
        .. StructureRules.All,
        .. NameRules.All,
        .. PropertyRules.All,
        .. ObjectRules.All,
        .. RepositoryRules.All,
        .. VersionRules.All,
        .. CatalogRules.All,
        .. ScriptRules.All,
        .. CurrentDatabaseRules.All,
        DocumentAnalyzer.InternalError,
    ];

    /// <summary>
    /// Why no level can be configured for <paramref name="codeOrName"/> (a code such as SRB204 or a name such as
    /// incremental-backup, in any case), or null when one can: a typo would otherwise silently change nothing.
    /// </summary>
    public static string? WhyNotConfigurable(string codeOrName)
    {
        var rule = Find(codeOrName);
        if (rule is null)
            return "no rule has this code or name (codes look like SRB700, names like concurrent-jobs)";
        // Its diagnostics report a failure of the analyser itself, and are never weighed against the configuration.
        return rule == DocumentAnalyzer.InternalError ? "the internal error is always reported: its level cannot be set" : null;
    }

    /// <summary>The rule with this code (SRB204) or name (incremental-backup), in any case.</summary>
    public static RuleDescriptor? Find(string codeOrName) =>
        All.FirstOrDefault(r => r.Code.Equals(codeOrName, StringComparison.OrdinalIgnoreCase) || r.Name.Equals(codeOrName, StringComparison.OrdinalIgnoreCase));

    internal static IReadOnlyList<Diagnostic> Check(ParsedStatement parsed, AnalysisContext context)
    {
        if (!parsed.IsFamily)
            return SessionRules.Check(parsed, context);
        if (parsed.Syntax is null)
            return [];
        var ruleContext = new RuleContext(parsed, parsed.Syntax, context);
        foreach (var check in Checks)
            check(ruleContext);
        return WithoutThoseAtMisspelledHead(ruleContext.Diagnostics, parsed.Diagnostics);
    }

    /// <summary>
    /// A misspelled head word (CANCEL BACKUPS) is the statement's problem to fix first: what a rule finds over the same
    /// words (CANCEL BACKUP without FROM) is left until it is fixed. A statement that parsed has no other misspellings.
    /// </summary>
    private static IReadOnlyList<Diagnostic> WithoutThoseAtMisspelledHead(IReadOnlyList<Diagnostic> rules, ImmutableArray<Diagnostic> syntax)
    {
        if (rules.Count == 0 || !syntax.Any(d => d.Rule == SyntaxRules.MisspelledKeyword))
            return rules;
        return Outside(rules, [.. syntax.Where(d => d.Rule == SyntaxRules.MisspelledKeyword).Select(d => d.Span)]);
    }

    // Apart from the check above: a lambda capturing a parameter is allocated on entry, for every statement checked.
    private static IReadOnlyList<Diagnostic> Outside(IReadOnlyList<Diagnostic> rules, TextSpan[] misspellings) =>
        [.. rules.Where(rule => !misspellings.Any(span => span.OverlapsWith(rule.Span)))];
}
