using System.Collections.Frozen;
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
        ShowColumnRules.Check,
        VersionRules.Check,
        CatalogRules.Check,
        DroppedCatalogRules.Check,
        EmptyBackupRules.Check,
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
        .. ShowColumnRules.All,
        .. VersionRules.All,
        .. CatalogRules.All,
        .. DroppedCatalogRules.All,
        .. SnapshotContents.All,
        .. EmptyBackupRules.All,
        .. ScriptRules.All,
        .. CurrentDatabaseRules.All,
        .. IgnoreComments.All,
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

    /// <summary>Whether the rule reports a form the configured StarRocks release lacks (one a later release accepts).</summary>
    public static bool IsAboutRelease(string code) => code == VersionRules.RequiresNewerVersion.Code;

    /// <summary>The rule with this code (SRB204) or name (incremental-backup), in any case.</summary>
    public static RuleDescriptor? Find(string codeOrName) => ByCodeOrName.GetValueOrDefault(codeOrName);

    // Looked up for each name of the ignore comments of a block an edit rebuilds.
    private static readonly FrozenDictionary<string, RuleDescriptor> ByCodeOrName = All
        .SelectMany(rule => new[] { (Key: rule.Code, Rule: rule), (Key: rule.Name, Rule: rule) })
        .DistinctBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Rule, StringComparer.OrdinalIgnoreCase);

    internal static IReadOnlyList<Diagnostic> Check(ParsedStatement parsed, AnalysisContext context)
    {
        if (!parsed.IsFamily)
            return SessionRules.Check(parsed, context);
        if (parsed.Syntax is null)
            return [];
        var ruleContext = new RuleContext(parsed, parsed.Syntax, context);
        foreach (var check in Checks)
            check(ruleContext);
        return WithoutThoseAtSyntaxErrors(ruleContext.Diagnostics, parsed.Diagnostics, NameRules.ReservedWordsReported(context.Options));
    }

    /// <summary>
    /// A syntax error the statement can be read past is what StarRocks reports there: what a rule finds on the same words is
    /// left until it is fixed, and what it finds elsewhere stays, for the statement as it will be after the fix. One is a
    /// misspelled head word (CANCEL BACKUPS: a rule would report CANCEL BACKUP without FROM), with every rule's finding over
    /// it; the other a bare word the configured release reserves where a name goes (SRB110), with every finding on that word
    /// alone: StarRocks' parser fails on <c>both.s1</c> under 3.3, so it never looks database <c>both</c> up. A statement that
    /// parsed has no other misspellings. With SRB110 turned off (the person's release takes the word as a name, say), the
    /// word is looked up as a name. A snapshot name of three parts or more (SRB100) is the third: StarRocks' parser refuses
    /// it, so none of its parts is looked up (`default_catalog.db.s` names no database `default_catalog`). A form newer
    /// than the configured release (SRB500) hides nothing: what else is wrong in
    /// it fails on the releases that have the form too, and a script checked for an older release should not pass only to
    /// fail after the upgrade. And a table StarRocks does not find (SRB602) is not also told a duplicate on the same word:
    /// its lookup fails first.
    /// </summary>
    private static IReadOnlyList<Diagnostic> WithoutThoseAtSyntaxErrors(IReadOnlyList<Diagnostic> rules, ImmutableArray<Diagnostic> syntax,
        bool reservedWordsReported)
    {
        // Loops, and a list only when there is an error: this runs for every statement of a script. The unknown tables are
        // kept by their words: a BACKUP may name thousands, each of which hides only a duplicate on the same word.
        List<Diagnostic>? errors = null;
        HashSet<TextSpan>? unknownObjects = null;
        foreach (var diagnostic in syntax)
            if (diagnostic.Rule == SyntaxRules.MisspelledKeyword)
                (errors ??= []).Add(diagnostic);
        // By index: a foreach over the interface would box the list's enumerator.
        for (var i = 0; i < rules.Count; i++)
        {
            var diagnostic = rules[i];
            if ((diagnostic.Rule == NameRules.ReservedWord && reservedWordsReported) || diagnostic.Rule == StructureRules.SnapshotNameParts)
                (errors ??= []).Add(diagnostic);
            else if (diagnostic.Rule == CatalogRules.UnknownObject)
                (unknownObjects ??= []).Add(diagnostic.Span);
        }
        return errors is null && unknownObjects is null ? rules : Outside(rules, errors ?? [], unknownObjects);
    }

    // Apart from the check above: a lambda capturing a parameter is allocated on entry, for every statement checked.
    private static IReadOnlyList<Diagnostic> Outside(IReadOnlyList<Diagnostic> rules, List<Diagnostic> errors, HashSet<TextSpan>? unknownObjects) =>
        [.. rules.Where(rule => !(rule.Rule == ObjectRules.DuplicateTable && unknownObjects?.Contains(rule.Span) == true)
            && !errors.Any(error => Hides(error, rule)))];

    private static bool Hides(Diagnostic error, Diagnostic rule) =>
        error.Rule == SyntaxRules.MisspelledKeyword ? error.Span.OverlapsWith(rule.Span)
        : error.Rule == StructureRules.SnapshotNameParts ? !ReferenceEquals(error, rule) && error.Span.Contains(rule.Span)
        : rule.Rule != NameRules.ReservedWord && error.Span.Contains(rule.Span);
}
