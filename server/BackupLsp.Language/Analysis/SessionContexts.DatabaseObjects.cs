using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// The database as the effect leaves what it holds: a table, view, materialized view or function made, renamed or
    /// dropped, two tables swapped, a table's partitions changed. The one place such an effect is told by its kind, for
    /// each place the session keeps a database in (see <see cref="InEffectDatabase"/>).
    /// </summary>
    private static DatabaseInfo DatabaseAfter(DatabaseInfo database, SessionEffect effect) =>
        effect.Kind switch
        {
            // A CREATE of a name the database has (a table's, a view's or a materialized view's) is refused ("Table 't'
            // already exists"), or skipped IF NOT EXISTS; CREATE OR REPLACE VIEW keeps a view a view.
            SessionEffectKind.CreateTable when database.Tables is { } tables && !Refuses(database, effect) =>
                database with { Tables = WithTable(tables, effect.Name, Created(effect)) },
            SessionEffectKind.RenameTable => WithTableRenamed(database, effect),
            SessionEffectKind.CreateView when database.Views is { } views && !Refuses(database, effect) =>
                database with { Views = views.Add(effect.Name) },
            // A synchronous one is an index of its table, none of the database's objects.
            SessionEffectKind.CreateMaterializedView when effect.Synchronous => RefusesSynchronous(database, effect) ? database
                : database with { SynchronousMaterializedViews = database.SynchronousMaterializedViews.Add(effect.Name, effect.BaseTable) },
            SessionEffectKind.CreateMaterializedView when database.MaterializedViews is { } views && !Refuses(database, effect) =>
                database with { MaterializedViews = (effect.Also is { } old ? views.Remove(old) : views).Add(effect.Name) },
            SessionEffectKind.CreateFunction when database.Functions is { } functions && database.HasFunction(effect.Name) == false =>
                database with { Functions = functions.Add(effect.Name) },
            // A DROP takes away what the database lists: StarRocks refuses a DROP TABLE of a view and a DROP VIEW of a table
            // (each names the other kind's statement), which then drop nothing.
            SessionEffectKind.DropTable when database.Tables is { } tables && tables.ContainsKey(effect.Name) => database with
            {
                Tables = tables.Remove(effect.Name),
                GoneTables = database.GoneTables.SetItem(effect.Name, null),
                Unrecoverable = effect.Forced ? database.Unrecoverable.Add(effect.Name) : database.Unrecoverable.Remove(effect.Name),
            },
            SessionEffectKind.DropView when database.Views is { } views && views.Contains(effect.Name) =>
                database with { Views = views.Remove(effect.Name) },
            SessionEffectKind.DropMaterializedView when database.MaterializedViews is { } views && views.Contains(effect.Name) =>
                database with { MaterializedViews = views.Remove(effect.Name) },
            SessionEffectKind.DropMaterializedView when database.SynchronousMaterializedViews.ContainsKey(effect.Name) =>
                database with { SynchronousMaterializedViews = database.SynchronousMaterializedViews.Remove(effect.Name) },
            SessionEffectKind.SwapTables => WithTablesSwapped(database, effect),
            SessionEffectKind.PartitionsChange or SessionEffectKind.PartitionsLoaded => WithPartitionsUnknown(database, effect),
            SessionEffectKind.PartitionAdded or SessionEffectKind.TemporaryPartitionAdded or SessionEffectKind.TemporaryPartitionsCleared
                or SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped or SessionEffectKind.PartitionRenamed =>
                WithPartitionChanged(database, effect),
            _ => database,
        };

    /// <summary>
    /// The database after <c>ALTER TABLE old RENAME new</c>, which StarRocks refuses onto a name the database has and for an
    /// external table: the table under its new name (see <see cref="Renamed"/>), and its old name gone to the new one.
    /// </summary>
    private static DatabaseInfo WithTableRenamed(DatabaseInfo database, SessionEffect effect) =>
        database.Tables is { } tables && !Refuses(database, effect) && !IsExternal(database, effect.Also!)
            && Renamed(tables, effect.Also!, effect.Name) is var renamed && !ReferenceEquals(renamed, tables)
            ? database with
            {
                Tables = renamed,
                GoneTables = tables.ContainsKey(effect.Also!) ? database.GoneTables.SetItem(effect.Also!, effect.Name) : database.GoneTables,
            }
            : database;

    /// <summary>
    /// Whether StarRocks refuses a synchronous materialized view: one of its name is an index of a table already, or an OLAP
    /// table has its name (MaterializedViewHandler.checkAndPrepareMaterializedView: "Materialized view[mv] already exists",
    /// "Table [mv] already exists"; a table whose kind is not known may be one), or its table is external, which
    /// AlterJobMgr.processCreateMaterializedView refuses as no OLAP table.
    /// </summary>
    private static bool RefusesSynchronous(DatabaseInfo database, SessionEffect effect) =>
        database.SynchronousMaterializedViews.ContainsKey(effect.Name) || database.Tables?.GetValueOrDefault(effect.Name) is { Engine: null }
        || (effect.BaseTable is { } table && IsExternal(database, table));

    /// <summary>
    /// Whether StarRocks refuses a CREATE, rename or RECOVER of a table, view or materialized view in the database: the
    /// three share one set of names, and a table dropped with FORCE is not in the recycle bin.
    /// </summary>
    internal static bool Refuses(DatabaseInfo database, SessionEffect effect) =>
        database.HasObject(effect.Name) || (effect.Recovers && database.Unrecoverable.Contains(effect.Name));

    /// <summary>
    /// Whether the database has the table as an external one, which StarRocks alters in no way: it refuses an ALTER TABLE of
    /// a table neither OLAP nor a materialized view (AlterJobExecutor: "Do not support alter non-native table"; before,
    /// "Do not support alter non-OLAP table"), a RENAME or SWAP WITH among them, which then changes nothing.
    /// </summary>
    private static bool IsExternal(DatabaseInfo database, string table) => database.Tables?.GetValueOrDefault(table)?.Engine is not null;

    /// <summary>
    /// The tables after <c>ALTER TABLE old RENAME new</c>, a name the database lacks (StarRocks refuses a rename onto one it
    /// has, a table's, a view's or a materialized view's, which changes nothing): the table under its new name, partitions
    /// and all, and no longer under the old one. A table the catalog does not list is taken as renamed all the same, what
    /// is known of it being nothing.
    /// </summary>
    private static ImmutableSortedDictionary<string, TableInfo> Renamed(ImmutableSortedDictionary<string, TableInfo> tables, string old, string renamed)
    {
        var known = tables.GetValueOrDefault(old);
        return WithTable(known is null ? tables : tables.Remove(old), renamed, known is null ? null : RenamedTable(known, renamed));
    }

    /// <summary>
    /// A table under its new name. The one partition of a table without PARTITION BY is named as the table, and renamed with
    /// it (OlapTable.setName); a catalog table whose only partition has its name may be that or a partitioned one that
    /// StarRocks leaves as it is, so its partitions become unknown.
    /// </summary>
    private static TableInfo RenamedTable(TableInfo table, string renamed) =>
        table with
        {
            Name = renamed,
            Declared = null,
            Partitions = table.OnlyPartitionBearsItsName
                ? table.Partitioning == TablePartitioning.Unpartitioned ? [renamed] : null
                : table.Partitions,
        };

    /// <summary>
    /// The table a CREATE TABLE makes, with the partitions it declares, its engine and whether it is partitioned by LIST; null
    /// (nothing known) where none of those is.
    /// </summary>
    private static TableInfo? Created(SessionEffect effect)
    {
        var table = effect.Partitions is PartitionsDeclared declared ? declared.ApplyTo(new TableInfo(effect.Name, null, null, null, null)) : null;
        if (effect.Engine is null && !effect.ListPartitioned)
            return table;
        table ??= new TableInfo(effect.Name, null, null, null, null);
        return table with { Engine = effect.Engine, Partitioning = effect.ListPartitioned ? TablePartitioning.List : table.Partitioning };
    }

    /// <summary>
    /// The tables with <paramref name="name"/>, which they lack, made: as <paramref name="known"/> says, when a rename makes
    /// it of a table known or a CREATE declares its partitions; otherwise with its partitions unknown.
    /// </summary>
    private static ImmutableSortedDictionary<string, TableInfo> WithTable(ImmutableSortedDictionary<string, TableInfo> tables, string name, TableInfo? known)
    {
        var grown = tables.Add(name, known ?? new TableInfo(name, null, null, null, null));
        NameCandidates.Grown(tables, grown, name);
        return grown;
    }
}
