using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Views and materialized views the catalog lists, which StarRocks backs up from 3.4 and 3.2 on: before, BackupHandler.backup
/// takes OLAP tables only and fails at one ("Table 'v' is not a OLAP table"), named in ON (...) or taken with a whole
/// database, whose every table BackupRestoreAnalyzer adds, views too. (From 3.2 a cluster may be configured to skip the
/// materialized views of a whole database, <c>enable_backup_materialized_view</c>, which fails nothing.)
/// </summary>
internal static partial class CatalogRules
{
    private static readonly StarRocksVersion MaterializedViewsSince = new(3, 2);

    /// <summary>The release that backs up views or materialized views (<paramref name="materialized"/>) first.</summary>
    private static StarRocksVersion BackedUpSince(bool materialized) => materialized ? MaterializedViewsSince : StarRocksVersion.V3_4;

    internal static bool IsBackedUp(StarRocksVersion? version, bool materialized) => version is not { } configured || configured >= BackedUpSince(materialized);

    /// <summary>An ON item naming a view or materialized view as a table, under a release that backs up none: with a fix that leaves it out.</summary>
    private static void CheckViewNamed(RuleContext context, ImmutableArray<ObjectDesc> objects, int index, ObjectDesc? partitionOf, bool materialized)
    {
        if (IsBackedUp(context.Options.Version, materialized))
            return;
        var name = objects[index].Name!.Last;
        var noun = materialized ? "materialized view" : "view";
        context.Report(VersionRules.RequiresNewerVersion, name.Span,
            $"'{name.Value}' is a {noun}: backing up {noun}s requires StarRocks {BackedUpSince(materialized)} or later; the configured version is {context.Options.Version}, which fails the BACKUP (\"Table '{name.Value}' is not a OLAP table\").",
            LeaveOut(context, objects, index, partitionOf));
    }

    /// <summary>
    /// A BACKUP without ON of a database that has views or materialized views, under a release that backs up none: told
    /// at <paramref name="span"/>, with a fix that names the tables instead (those without temporary partitions, which
    /// StarRocks refuses too), inserted by <paramref name="listing"/>.
    /// </summary>
    private static void CheckViewsOfDatabase(RuleContext context, DatabaseInfo database, TextSpan span, Func<string, TextEdit> listing)
    {
        var version = context.Options.Version;
        (string Noun, string Name)[] refused = [
            .. IsBackedUp(version, materialized: false) ? [] : (database.Views ?? []).Select(v => ("view", v)),
            .. IsBackedUp(version, materialized: true) ? [] : (database.MaterializedViews ?? []).Select(v => ("materialized view", v))];
        if (refused.Length == 0)
            return;
        var tables = TablesWithoutTemporaryPartitions(database, version);
        context.Report(VersionRules.RequiresNewerVersion, span,
            $"A BACKUP of the whole database '{database.Name}' takes its {string.Join(", ", refused.Select(r => $"{r.Noun} '{r.Name}'"))} too, which StarRocks {version} (the configured version) does not back up ({string.Join("; ", refused.Select(r => r.Noun).Distinct().Select(noun => $"{noun}s: {BackedUpSince(noun != "view")} and later"))}): it fails the BACKUP at the first of them it meets (\"Table '...' is not a OLAP table\"). Name the tables in ON (...).",
            tables.Count == 0 ? [] :
            [new CodeFix(tables.Count == 1 ? $"Back up only {tables[0]}" : $"Back up only the {tables.Count} tables", [listing(string.Join(", ", tables))]) { OnlyWhenAsked = true }]);
    }
}
