using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Tables the script makes of kinds StarRocks does not back up: an external table (BackupHandler.backup: before 3.2
/// "Table 't' is not a OLAP table", later "Table: t can not support backup restore, type: MYSQL"), a table partitioned by
/// LIST under 3.0 (BackupRestoreAnalyzer.analyzeTableRef: "List partition table does not support backup/restore job",
/// lifted from 3.1 on); and a synchronous materialized view, which is an index of its table that the database has no
/// object of that name for ("Incorrect table name 'mv'").
/// </summary>
internal static partial class CatalogRules
{
    /// <summary>
    /// The release whose latest patches back up a table partitioned by LIST: the check came to 3.0 and 3.1 in July 2023,
    /// and was lifted from 3.1 on in October 2024, never from 3.0 (2.5 never had it).
    /// </summary>
    private static readonly StarRocksVersion ListPartitionsBackedUpSince = new(3, 1);

    /// <summary>The release that backs up every object of a whole database by kind, whose handling of external tables is not modelled.</summary>
    private static bool TakesEveryTable(StarRocksVersion? version) => version < StarRocksVersion.V3_4;

    private static bool RefusesListPartitions(StarRocksVersion? version) => version is { Major: 3, Minor: 0 };

    /// <summary>
    /// An ON item naming a synchronous materialized view the script made, where the database has no table, view or
    /// materialized view of that name: with a fix that names its table instead, where that is read and not listed already.
    /// </summary>
    private static bool CheckSynchronousView(RuleContext context, DatabaseInfo database, ObjectDesc item, ListedNames objectNames)
    {
        var name = item.Name!.Last;
        if (item.Kind is not (ObjectKind.Table or ObjectKind.MaterializedView) || TableLikeKind(database, name.Value) is not null
            || !database.SynchronousMaterializedViews.TryGetValue(name.Value, out var table))
            return false;
        var of = table is null ? "an index of its table" : $"an index of table '{table}'";
        var message = $"'{name.Value}' is a synchronous materialized view, {of}, which a BACKUP of the table takes with it: no object of the database bears its name, and StarRocks fails the BACKUP (\"Incorrect table name '{name.Value}'\").";
        var replacement = table is null ? null : NameText.ToSql(table, context.Options.Version);
        context.Report(UnknownObject, name.Span, message,
            replacement is null || item.Partitions is not null || objectNames.ListsBesides(name.Value, table!)
                ? [] : [CodeFix.Replace($"Back up {replacement}", name.Span, replacement)]);
        return true;
    }

    /// <summary>
    /// The kinds of what a BACKUP takes where the catalog does not list its database's tables: the tables and synchronous
    /// materialized views the script made there, in a database it made (all of whose objects are the script's) or in one
    /// of which it knows no more (<see cref="StarRocksCatalog.MadeObjects"/>). A synchronous materialized view is told
    /// where <paramref name="listed"/>, the database as the catalog lists it, is none: one that is checks it itself.
    /// </summary>
    private static void CheckKindsOfTablesMade(RuleContext context, StarRocksCatalog catalog, SnapshotJobStatement backup, DatabaseInfo? listed)
    {
        if (backup.External is not null || (backup.NamedDatabase?.Value ?? catalog.BackupDatabase) is not { Length: > 0 } name
            // One whose name StarRocks refuses fails for that alone (SRB113).
            || NameRules.RefusedDatabase(backup, context.Options.Version) is not null
            || MadeDatabase(catalog, name) is not { } made)
            return;
        if (backup.On is not { Objects: var objects })
        {
            CheckTableKindsOfDatabase(context, made, backup.Database?.Name.Span ?? backup.Snapshot.Span);
            return;
        }
        var partitionOwners = ObjectRules.PartitionOwners(context, objects);
        var objectNames = new ListedNames(objects.Where(o => o.Name is not null).Select(o => o.Name!.Last.Value));
        for (var i = 0; i < objects.Length; i++)
        {
            var item = objects[i];
            if (item is not { Name.Last: { Value.Length: > 0 } named } || item.Kind == ObjectKind.Function)
                continue;
            var partitionOf = partitionOwners?[i] is >= 0 and var owner ? objects[owner] : null;
            // Read as a partition only by the configured release.
            if ((partitionOf is not null && ObjectRules.ReadsNextAsPartitionOnly(context.Options))
                || (listed is null && CheckSynchronousView(context, made, item, objectNames)))
                continue;
            if (made.Tables?.GetValueOrDefault(named.Value) is { } table)
                CheckTableKind(context, table, objects, i, partitionOf);
        }
    }

    /// <summary>
    /// The database in which a BACKUP's or RESTORE's ON items are looked up, as the catalog lists its tables, else as the
    /// script made what it holds (<see cref="MadeDatabase"/>); and whether every table, view and materialized view it holds
    /// is known: the catalog lists them all, or the script made the database. Nothing is reported.
    /// </summary>
    internal static (DatabaseInfo Database, bool Whole)? KnownObjectsDatabase(StarRocksCatalog? catalog, SnapshotJobStatement job)
    {
        if (catalog is null || job.External is not null)
            return null;
        if (DatabaseOf(catalog, job) is { Tables: not null } listed)
            return (listed, ListsEveryTableLikeKind(listed));
        return (job.NamedDatabase?.Value ?? catalog.BackupDatabase) is { Length: > 0 } name && MadeDatabase(catalog, name) is { } made
            ? (made, catalog.CreatedDatabases.ContainsKey(name) && ListsEveryTableLikeKind(made))
            : null;
    }

    /// <summary>
    /// The database as the script made what it holds, where the catalog does not list its tables: one the script made, or
    /// what it made in one the catalog lists without its tables, or in any where the catalog lists no databases.
    /// </summary>
    private static DatabaseInfo? MadeDatabase(StarRocksCatalog catalog, string name) =>
        catalog.CreatedDatabases.GetValueOrDefault(name)
        ?? (catalog.Databases is null || catalog.FindDatabase(name) is { Tables: null } ? catalog.MadeObjects.GetValueOrDefault(name) : null);

    /// <summary>A table named in ON (...) that the script made external, or by LIST under 3.0: with a fix that leaves it out.</summary>
    private static bool CheckTableKind(RuleContext context, TableInfo table, ImmutableArray<ObjectDesc> objects, int index, ObjectDesc? partitionOf)
    {
        var name = objects[index].Name!.Last;
        if (table.Engine is { } engine)
        {
            context.Report(ExternalTable, name.Span,
                $"'{name.Value}' is an external table (ENGINE = {engine}), which StarRocks does not back up: it fails the BACKUP (\"{NotBackedUp(name.Value, engine, context.Options.Version)}\").",
                LeaveOut(context, objects, index, partitionOf));
            return true;
        }
        if (table.Partitioning != TablePartitioning.List || !RefusesListPartitions(context.Options.Version))
            return false;
        context.Report(VersionRules.RequiresNewerVersion, name.Span,
            $"'{name.Value}' is partitioned by LIST: backing up such a table requires StarRocks {ListPartitionsBackedUpSince} or later; the configured version is {context.Options.Version}, which fails the BACKUP (\"List partition table does not support backup/restore job\").",
            LeaveOut(context, objects, index, partitionOf));
        return true;
    }

    /// <summary>
    /// A BACKUP without ON takes every table of the database, and fails at an external one or, under 3.0, one partitioned
    /// by LIST: told at <paramref name="span"/>. From 3.4 a whole database is backed up kind by kind, which is not modelled
    /// for external tables.
    /// </summary>
    private static void CheckTableKindsOfDatabase(RuleContext context, DatabaseInfo database, TextSpan span)
    {
        var version = context.Options.Version;
        var external = TakesEveryTable(version) ? (database.Tables?.Values ?? []).Where(t => t.Engine is not null).ToList() : [];
        var listed = RefusesListPartitions(version) ? (database.Tables?.Values ?? []).Where(t => t.Engine is null && t.Partitioning == TablePartitioning.List).ToList() : [];
        if (external.Count > 0)
            context.Report(ExternalTable, span,
                $"A BACKUP of the whole database '{database.Name}' takes its external {Tables(external)} too, which StarRocks does not back up: it fails the BACKUP (\"{NotBackedUp(external[0].Name, external[0].Engine!, version)}\"). Name the other tables in ON (...).");
        if (listed.Count > 0)
            context.Report(VersionRules.RequiresNewerVersion, span,
                $"A BACKUP of the whole database '{database.Name}' takes its LIST-partitioned {Tables(listed)} too, which StarRocks {version} (the configured version) does not back up (3.1 and later do): it fails the BACKUP (\"List partition table does not support backup/restore job\"). Name the other tables in ON (...).");
    }

    /// <summary>Whether StarRocks backs up a table of this kind: no external one, nor one partitioned by LIST under 3.0.</summary>
    private static bool IsOfKindBackedUp(TableInfo table, StarRocksVersion? version) =>
        table.Engine is null && !(table.Partitioning == TablePartitioning.List && RefusesListPartitions(version));

    private static string Tables(List<TableInfo> tables) =>
        (tables.Count == 1 ? "table " : "tables ") + string.Join(", ", tables.Select(t => $"'{t.Name}'"));

    /// <summary>How StarRocks refuses an external table: BackupHandler asked for an OLAP table before 3.2, and names the type since.</summary>
    private static string NotBackedUp(string table, string engine, StarRocksVersion? version) =>
        version < MaterializedViewsSince ? $"Table '{table}' is not a OLAP table" : $"Table: {table} can not support backup restore, type: {engine}";
}
