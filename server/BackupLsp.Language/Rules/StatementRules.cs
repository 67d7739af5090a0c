using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

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
        DocumentAnalyzer.InternalError,
    ];

    internal static IReadOnlyList<Diagnostic> Check(ParsedStatement parsed, AnalysisContext context)
    {
        if (!parsed.IsFamily)
            return SessionRules.Check(parsed, context);
        if (parsed.Syntax is null)
            return [];
        var ruleContext = new RuleContext(parsed, parsed.Syntax, context);
        foreach (var check in Checks)
            check(ruleContext);
        return ruleContext.Diagnostics;
    }
}
