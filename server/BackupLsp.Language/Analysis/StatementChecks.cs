using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// One statement checked in its session: its syntax and rule diagnostics, with the configured severities, and whether
/// StarRocks refuses it. Kept on its parse with the options and catalog the rules saw, so that the statements between
/// two session changes, and those an edit leaves alone, are not checked again.
/// </summary>
internal static class StatementChecks
{
    /// <summary>A statement's own diagnostics (not its parts' after a missing `;`), whether they refuse it, and what they were computed from.</summary>
    private sealed record RuleResult(AnalysisOptions Options, StarRocksCatalog? Catalog, ImmutableArray<Diagnostic> Diagnostics, bool Refused);

    /// <summary>
    /// The diagnostics of the statement and of the statements after missing `;`s in it, each of those checked in the session
    /// the ones before it leave, as it would be with the `;`; relative to the statement.
    /// </summary>
    public static ImmutableArray<Diagnostic> Diagnostics(ParsedStatement parsed, AnalysisContext context)
    {
        var own = Own(parsed, context)?.Diagnostics ?? [];
        if (parsed.Continuations.IsEmpty)
            return own;
        var all = new List<Diagnostic>(own);
        foreach (var (offset, _, part, session) in StatementParts.Of(parsed, context).Skip(1))
            foreach (var diagnostic in Own(part, session)?.Diagnostics ?? [])
                all.Add(diagnostic.Shift(offset));
        return [.. all];
    }

    /// <summary>
    /// Whether StarRocks refuses the statement (without the statements after a missing `;` in it) in the session, so that
    /// it runs no job and changes nothing: one of its diagnostics says so (see <see cref="Diagnostic.RefusesStatement"/>),
    /// whatever level the reader configured for it.
    /// </summary>
    public static bool Refuses(ParsedStatement parsed, AnalysisContext context) => Own(parsed, context)?.Refused == true;

    /// <summary>The statement's own result; null for other SQL that nothing checks.</summary>
    private static RuleResult? Own(ParsedStatement parsed, AnalysisContext context)
    {
        if (!parsed.IsFamily && parsed.Diagnostics.IsEmpty && !SessionRules.Applies(parsed))
            return null;
        var catalog = CatalogOfRules(context);
        if (Volatile.Read(ref parsed.RuleResults) is RuleResult cached && ReferenceEquals(cached.Options, context.Options)
            && SameForRules(cached.Catalog, catalog))
            return cached;
        var rules = StatementRules.Check(parsed, context);
        var refused = false;
        // An array of the exact size rather than a builder, and loops rather than LINQ: this runs for every statement of a script.
        var result = new Diagnostic[parsed.Diagnostics.Length + rules.Count];
        var count = 0;
        var lacked = context.Options.Version < Releases.StatementSince(parsed.Kind);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            refused |= diagnostic.RefusesStatement;
            if (Configured(ForRelease(lacked ? WithoutCertainFixes(diagnostic) : diagnostic, context.Options), context.Options) is { } adjusted)
                result[count++] = adjusted;
        }
        // By index: a foreach over the interface would box the list's enumerator.
        for (var i = 0; i < rules.Count; i++)
        {
            var diagnostic = rules[i];
            refused |= diagnostic.RefusesStatement;
            // An unknown snapshot that a BACKUP before it may take is decided across the script, which configures its level
            // (ScriptRules.Snapshots): kept as reported, so that whether it refuses its statement does not hang on that level.
            if (diagnostic.UnlessTakenEarlier is not null)
                result[count++] = diagnostic;
            else if (Configured(diagnostic, context.Options) is { } adjusted)
                result[count++] = adjusted;
        }
        var own = new RuleResult(context.Options, catalog, ImmutableCollectionsMarshal.AsImmutableArray(count == result.Length ? result : result[..count]), refused);
        Volatile.Write(ref parsed.RuleResults, own);
        // The rules were the last to need the tree: from here it may go, and a large script holds far less.
        parsed.ReleaseSyntax();
        return own;
    }

    /// <summary>
    /// The catalog as the statement rules see it: one that lists nothing is none, unless the session has no database (which
    /// SRB701 reads) or the script created a repository (SRB406), a database (SRB609) or tables whose kinds it says (SRB611),
    /// or dropped a catalog (SRB612).
    /// </summary>
    private static StarRocksCatalog? CatalogOfRules(AnalysisContext context) =>
        context.Catalog is { Repositories: null, Databases: null, NoDatabase: false, CreatedRepositories.IsEmpty: true, CreatedDatabases.IsEmpty: true, MadeObjects.IsEmpty: true,
            DroppedCatalogs.IsEmpty: true }
            ? null : context.Catalog;

    /// <summary>
    /// Whether rule results computed with one catalog (see <see cref="CatalogOfRules"/>) hold with the other: the same one,
    /// or two sessions without the catalog's lists that differ in nothing a rule reads. A USE without a catalog only names
    /// the session's database, which no statement rule reads but where the script created databases (a BACKUP that names
    /// none takes the session's, <see cref="StarRocksCatalog.BackupDatabase"/>, in another catalog too), so the statements
    /// after it keep their results.
    /// </summary>
    private static bool SameForRules(StarRocksCatalog? cached, StarRocksCatalog? current) =>
        ReferenceEquals(cached, current)
        || (cached is { Repositories: null, Databases: null } && current is { Repositories: null, Databases: null }
            && cached.NoDatabase == current.NoDatabase && cached.ExternalCatalog == current.ExternalCatalog
            && cached.DroppedCatalogs.SetEquals(current.DroppedCatalogs)
            && ReferenceEquals(cached.CreatedDatabases, current.CreatedDatabases) && ReferenceEquals(cached.MadeObjects, current.MadeObjects)
            && ((cached.CreatedDatabases.IsEmpty && cached.MadeObjects.IsEmpty) || cached.BackupDatabase == current.BackupDatabase)
            && SameCreatedRepositories(cached, current));

    // Apart from SameForRules: a lambda capturing its parameter is allocated on entry, for every statement looked up.
    private static bool SameCreatedRepositories(StarRocksCatalog cached, StarRocksCatalog current) =>
        cached.CreatedRepositories.Count == current.CreatedRepositories.Count
        && cached.CreatedRepositories.All(created => current.CreatedRepositories.TryGetValue(created.Key, out var made) && made == created.Value);

    /// <summary>
    /// A syntax error in a statement the configured release lacks (a DROP SNAPSHOT before 4.2) with its fixes offered but
    /// never applied unasked: the statement they write still fails there.
    /// </summary>
    private static Diagnostic WithoutCertainFixes(Diagnostic diagnostic) =>
        diagnostic.Fixes.Any(fix => fix.Certain) ? diagnostic with { Fixes = [.. diagnostic.Fixes.Select(fix => fix with { Certain = false })] } : diagnostic;

    /// <summary>The diagnostic as the configured release gives it, where that lacks forms it names.</summary>
    private static Diagnostic ForRelease(Diagnostic diagnostic, AnalysisOptions options) =>
        diagnostic.BeforeRelease is { } earlier && options.Version < earlier.Since ? earlier.Diagnostic : diagnostic;

    /// <summary>The diagnostic at the level the options give its rule; null when they turn it off.</summary>
    public static Diagnostic? Configured(Diagnostic diagnostic, AnalysisOptions options) =>
        options.SeverityOf(diagnostic.Rule) switch
        {
            null => null,
            var severity when severity == diagnostic.Severity => diagnostic,
            var severity => diagnostic with { Severity = severity.Value },
        };
}
