using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Views the catalog lists, which StarRocks backs up from 3.4 on: before, BackupHandler.backup takes OLAP tables only and
/// fails at a view ("Table 'v' is not a OLAP table"), named in ON (...) or taken with a whole database, whose every table
/// BackupRestoreAnalyzer adds, views too. Materialized views are left alone: 3.2 and 3.3 back them up unless the
/// cluster's configuration says otherwise (<c>enable_backup_materialized_view</c>).
/// </summary>
internal static partial class CatalogRules
{
    private static bool BacksUpViews(StarRocksVersion? version) => version is not { } configured || configured >= StarRocksVersion.V3_4;

    /// <summary>An ON item naming a view as a table, under a release that backs up no view: with a fix that leaves it out.</summary>
    private static void CheckViewNamed(RuleContext context, ImmutableArray<ObjectDesc> objects, int index, ObjectDesc? partitionOf)
    {
        var name = objects[index].Name!.Last;
        context.Report(VersionRules.RequiresNewerVersion, name.Span,
            $"'{name.Value}' is a view: backing up views requires StarRocks {StarRocksVersion.V3_4} or later; the configured version is {context.Options.Version}, which fails the BACKUP (\"Table '{name.Value}' is not a OLAP table\").",
            LeaveOut(context, objects, index, partitionOf));
    }

    /// <summary>
    /// A BACKUP without ON of a database that has views, under a release that backs up no view: told at
    /// <paramref name="span"/>, with a fix that names the tables instead (those without temporary partitions, which
    /// StarRocks refuses too), inserted by <paramref name="listing"/>.
    /// </summary>
    private static void CheckViewsOfDatabase(RuleContext context, DatabaseInfo database, TextSpan span, Func<string, TextEdit> listing)
    {
        if (BacksUpViews(context.Options.Version) || database.Views is not [var first, ..] views)
            return;
        var which = views.Length == 1 ? $"its view '{first}'" : $"its views {string.Join(", ", views.Select(v => $"'{v}'"))}";
        var tables = (database.Tables?.Values ?? []).Where(t => t.TemporaryPartitions is not [_, ..]).Select(t => NameText.ToSql(t.Name, context.Options.Version)).ToList();
        context.Report(VersionRules.RequiresNewerVersion, span,
            $"A BACKUP of the whole database '{database.Name}' takes {which} too: backing up views requires StarRocks {StarRocksVersion.V3_4} or later; the configured version is {context.Options.Version}, which fails the BACKUP (\"Table '{first}' is not a OLAP table\"). Name the tables in ON (...).",
            tables.Count == 0 ? [] :
            [new CodeFix(tables.Count == 1 ? $"Back up only {tables[0]}" : $"Back up only the {tables.Count} tables", [listing(string.Join(", ", tables))])]);
    }
}
