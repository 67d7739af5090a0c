using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Tables the catalog lists with temporary partitions: StarRocks neither backs them up nor restores into them (SRB302).</summary>
internal static partial class CatalogRules
{
    /// <summary>
    /// BackupHandler.backup refuses any table that holds temporary partitions, whichever of its partitions are named ("Do
    /// not support backing up table with temp partitions"): told once per BACKUP (<paramref name="reported"/>, made at the
    /// first), with a fix that leaves the table out.
    /// </summary>
    private static void CheckTemporaryPartitions(RuleContext context, DatabaseInfo database, ImmutableArray<ObjectDesc> objects, int index,
        ObjectDesc? partitionOf, ref HashSet<string>? reported)
    {
        var item = objects[index];
        var name = item.Name!.Last;
        if (database.Tables![name.Value] is not { HasTemporaryPartitions: true } table || !(reported ??= new(StringComparer.Ordinal)).Add(name.Value))
            return;
        var message = $"Table '{name.Value}' has temporary partitions{Named(table)}, and StarRocks does not back up a table that has any: drop them or replace partitions with them first.";
        context.Report(ObjectRules.TemporaryPartition, name.Span, message, LeaveOut(context, objects, index, partitionOf));
    }

    /// <summary>
    /// A fix that leaves the ON item at <paramref name="index"/> out of the BACKUP, which then takes the rest of the list;
    /// none for the list's only item (ON () is no list), nor for one whose unparenthesized partitions the names after it
    /// may continue (they would become tables), nor where ALL TABLES takes the table anyway or a PARTITION clause after it
    /// has no table but it (left without one).
    /// </summary>
    private static CodeFix[] LeaveOut(RuleContext context, ImmutableArray<ObjectDesc> objects, int index, ObjectDesc? partitionOf) =>
        objects.Length >= 2 && partitionOf is null && objects[index].Partitions is null or { Parenthesized: true }
            && !objects.Any(item => item is { Kind: ObjectKind.Table, All: true })
            && !(index + 1 < objects.Length && objects[index + 1].Kind == ObjectKind.MissingTable)
            ? [new CodeFix($"Leave {MessageNames.Object(objects[index].Name!.Last.Value)} out of this BACKUP",
                context.ListItemRemoval(objects, index, o => o.Span)) { OnlyWhenAsked = true }]
            : [];

    /// <summary>
    /// A BACKUP without ON, or with <c>ALL TABLES</c>, takes every table of the database (BackupRestoreAnalyzer), and
    /// BackupHandler.backup then refuses any that holds temporary partitions: those not already reported by name are told
    /// at <paramref name="span"/>, with a fix that names the other tables instead (<paramref name="listing"/> makes its
    /// edit from their list), those the ON list <paramref name="named"/> already left out.
    /// </summary>
    /// <param name="alsoTaken">What the fix names besides the tables, so that it takes what was taken less those tables only.</param>
    private static void CheckEveryTable(RuleContext context, DatabaseInfo database, TextSpan span, string taken, HashSet<string>? reported,
        Func<string, TextEdit> listing, IReadOnlySet<string>? named = null, IReadOnlyList<string>? alsoTaken = null)
    {
        var refused = (database.Tables?.Values ?? []).Where(t => t.HasTemporaryPartitions && reported?.Contains(t.Name) != true).ToList();
        if (refused.Count == 0)
            return;
        var message = $"{taken} includes {WhichHaveTemporaryPartitions(refused)} temporary partitions, and StarRocks does not back up a table that has any: name the other tables in ON (...), or drop the temporary partitions or replace partitions with them first.";
        var others = TablesWithoutTemporaryPartitions(database, context.Options.Version, named);
        var title = (others.Count, alsoTaken is [_, ..]) switch
        {
            (1, false) => $"Back up only {others[0]}",
            (_, false) => $"Back up only the {others.Count} tables without temporary partitions",
            (1, true) => $"Back up {others[0]} and the database's other objects",
            _ => $"Back up the {others.Count} tables without temporary partitions and the database's other objects",
        };
        context.Report(ObjectRules.TemporaryPartition, span, message, others.Count == 0 ? [] :
            [new CodeFix(title, [listing(string.Join(", ", [.. others, .. alsoTaken ?? []]))]) { OnlyWhenAsked = true }]);
    }

    /// <summary>
    /// What a BACKUP of the whole database takes besides its tables, as ON (...) takes it too: from 3.4 (and with no
    /// configured release) every view, materialized view and function, as ALL of each kind the catalog lists some of or
    /// does not list (BackupRestoreAnalyzer adds each kind's objects for ALL); in 3.2 and 3.3 the materialized views, by
    /// name, as no keyword names them there; before, nothing.
    /// </summary>
    private static List<string> OtherObjectsOfDatabase(DatabaseInfo database, StarRocksVersion? version)
    {
        if (version is not { } configured || configured >= StarRocksVersion.V3_4)
        {
            (ImmutableArray<string>? Listed, string All)[] kinds =
                [(database.Views, "ALL VIEWS"), (database.MaterializedViews, "ALL MATERIALIZED VIEWS"), (database.Functions, "ALL FUNCTIONS")];
            return [.. kinds.Where(kind => kind.Listed is not { Length: 0 }).Select(kind => kind.All)];
        }
        return configured >= MaterializedViewsSince ? [.. (database.MaterializedViews ?? []).Select(view => NameText.ToSql(view, version))] : [];
    }

    /// <summary>"table 't' (tp1), which has" or "tables 't' (tp1), 'u', which have", before "temporary partitions".</summary>
    internal static string WhichHaveTemporaryPartitions(IReadOnlyList<TableInfo> tables)
    {
        var listed = tables.Select(t => $"'{t.Name}'{Named(t)}").ToList();
        return listed.Count == 1 ? $"table {listed[0]}, which has" : $"tables {string.Join(", ", listed)}, which have";
    }

    /// <summary>
    /// " (tp1, tp2)", the table's temporary partitions after its name, where their names are known, with those of a batch
    /// besides them where it has some; empty where none is known by name.
    /// </summary>
    private static string Named(TableInfo table) => table.TemporaryPartitions is [_, ..] temporaries
        ? $" ({string.Join(", ", temporaries)}{(table.HasUnnamedTemporaryPartitions ? ", and those of a batch" : "")})" : "";

    /// <summary>
    /// The database's tables StarRocks would back up, as SQL writes them: those without temporary partitions, of a kind it
    /// backs up (see <see cref="IsOfKindBackedUp"/>), less those <paramref name="named"/> already.
    /// </summary>
    private static List<string> TablesWithoutTemporaryPartitions(DatabaseInfo database, StarRocksVersion? version, IReadOnlySet<string>? named = null) =>
        [.. (database.Tables?.Values ?? []).Where(t => !t.HasTemporaryPartitions && IsOfKindBackedUp(t, version) && named?.Contains(t.Name) != true)
            .Select(t => NameText.ToSql(t.Name, version))];

    /// <summary>
    /// A RESTORE onto a table that holds temporary partitions fails: RestoreJob's checks before it restores anything refuse
    /// such a table ("Do not support restoring table with temp partitions"). The table is the one the item is restored as
    /// (its alias), in the database restored into (a RESTORE with ON that names none is refused before: SRB104). What a
    /// RESTORE without ON, or of ALL TABLES, brings back is the snapshot's to say, which the catalog does not list.
    /// </summary>
    private static void CheckRestoredTables(RuleContext context, StarRocksCatalog catalog, SnapshotJobStatement restore)
    {
        if (restore.External is not null || restore.On is not { Objects: var objects }
            || restore.JobDatabase?.Value is not { } database || catalog.FindDatabase(database)?.Tables is not { } tables)
            return;
        HashSet<string>? reported = null;
        foreach (var item in objects)
            if (item is { Kind: ObjectKind.Table, All: false, Name: { } name } && (item.Alias?.Name ?? name.Last) is var local
                && tables.GetValueOrDefault(local.Value) is { HasTemporaryPartitions: true } table && (reported ??= new(StringComparer.Ordinal)).Add(local.Value))
                context.Report(ObjectRules.TemporaryPartition, local.Span,
                    $"Table '{local.Value}' of database '{database}' has temporary partitions{Named(table)}, and StarRocks' RESTORE job fails on a table that has any: drop them first, or restore the table under another name (AS).");
    }
}
