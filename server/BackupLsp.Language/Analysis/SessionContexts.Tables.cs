using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// The tables after <c>ALTER TABLE t SWAP WITH u</c>: each table, partitions and all, under the other's name, as a rename
    /// would make it (LocalMetastore.swapTableInternal). Where the database lacks either, which StarRocks refuses, or the
    /// script made one in ways not followed, both tables' partitions become unknown.
    /// </summary>
    private static DatabaseInfo WithTablesSwapped(DatabaseInfo database, SessionEffect effect)
    {
        var (name, other) = (effect.Name, effect.Also!);
        if (SwapsExternal(database, effect))
            return database;
        if (!ListsBothTables(database, effect))
            return WithPartitionsUnknown(database, effect);
        if (name == other)
            return database;
        var tables = database.Tables!;
        return database with { Tables = tables.SetItem(name, RenamedTable(tables[other], name)).SetItem(other, RenamedTable(tables[name], other)) };
    }

    /// <summary>Whether <c>ALTER TABLE t SWAP WITH u</c> names an external table, which StarRocks refuses.</summary>
    private static bool SwapsExternal(DatabaseInfo database, SessionEffect swap) => IsExternal(database, swap.Name) || IsExternal(database, swap.Also!);

    /// <summary>Whether the database lists both tables of <c>ALTER TABLE t SWAP WITH u</c>, which the swap then gives each other's name.</summary>
    internal static bool ListsBothTables(DatabaseInfo? database, SessionEffect swap) =>
        database?.Tables is { } tables && tables.ContainsKey(swap.Name) && tables.ContainsKey(swap.Also!);

    /// <summary>
    /// The table's partitions (and the other table's, for a swap) become unknown: nothing is checked against them. A load
    /// leaves its temporary partitions known, and the partitions of a table whose partitions are fixed.
    /// </summary>
    private static DatabaseInfo WithPartitionsUnknown(DatabaseInfo database, SessionEffect effect)
    {
        if (database.Tables is not { } tables)
            return database;
        var updated = tables;
        var loaded = effect.Kind == SessionEffectKind.PartitionsLoaded;
        foreach (var table in (string?[])[effect.Name, effect.Also])
            if (table is not null && updated.TryGetValue(table, out var known) && !(loaded && known.PartitionsFixed)
                && (known.Partitions is not null || (!loaded && known.TemporaryPartitions is not null)))
                updated = updated.SetItem(table, known with
                {
                    Partitions = null,
                    TemporaryPartitions = loaded ? known.TemporaryPartitions : null,
                    HasUnnamedTemporaryPartitions = loaded && known.HasUnnamedTemporaryPartitions,
                });
        return ReferenceEquals(updated, tables) ? database : database with { Tables = updated };
    }

    /// <summary>
    /// The table with the partition added to those listed, or partitions dropped from them or renamed; its temporary partitions
    /// dropped; or partitions replaced with temporary ones. A temporary one added to a table whose temporary partitions are unknown is
    /// the one known: the table has some. A batch of temporary ones gives the table some whose names are not known besides
    /// those known, until a DROP or REPLACE of temporary partitions leaves it unknown whether it has more than the known ones
    /// it left. A regular one added where the table's are unknown leaves them so. A partition and a temporary partition cannot
    /// share a name (OlapTable.checkPartitionNameExist): an ADD of a name the other kind has is refused.
    /// </summary>
    private static DatabaseInfo WithPartitionChanged(DatabaseInfo database, SessionEffect effect)
    {
        if (database.Tables?.GetValueOrDefault(effect.Name) is not { } table)
            return database;
        var changed = (effect.Kind, effect.Also) switch
        {
            (SessionEffectKind.TemporaryPartitionsCleared, _) => TemporaryPartitionsDrop.Instance.ApplyTo(table),
            (SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped, _)
                when (table.HasUnnamedTemporaryPartitions || table.BatchTemporaryPartitionsUnknown)
                    && effect.Partitions is PartitionReplacement or PartitionDrop { Temporary: true } =>
                WithBatchPartlyTaken(table, effect.Partitions),
            (SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped or SessionEffectKind.PartitionRenamed, _) => effect.Partitions!.ApplyTo(table),
            // The batch's names join those known, which stay: the table has them and may have more.
            (SessionEffectKind.TemporaryPartitionAdded, null) => table with { HasUnnamedTemporaryPartitions = true, BatchTemporaryPartitionsUnknown = false },
            (SessionEffectKind.PartitionAdded, { } partition) when table.Partitions is { } listed && !table.HasPartition(partition)
                && !table.HasTemporaryPartition(partition) =>
                table with { Partitions = listed.Add(partition) },
            (SessionEffectKind.TemporaryPartitionAdded, { } partition) when !table.HasUnnamedTemporaryPartitions && !table.HasTemporaryPartition(partition)
                && table.Partitions?.Contains(partition) != true =>
                table with { TemporaryPartitions = (table.TemporaryPartitions ?? []).Add(partition) },
            _ => table,
        };
        if (ReferenceEquals(changed, table))
            return database;
        if (!Nullable.Equals(changed.Partitions, table.Partitions))
            changed = changed with { PartitionsChangedByScript = true };
        return database with { Tables = database.Tables.SetItem(effect.Name, changed) };
    }

    /// <summary>
    /// The table after a DROP or REPLACE of temporary partitions where a batch made some whose names are not known: the
    /// change applies as to a table whose temporary partitions are unknown (a name it gives may be one of the batch's), the
    /// known ones it names are gone, and whether the table has more than the known ones left is not known.
    /// </summary>
    private static TableInfo WithBatchPartlyTaken(TableInfo table, PartitionChange change)
    {
        var taken = change is PartitionReplacement replacement ? replacement.Temporaries : ((PartitionDrop)change).Names;
        return change.ApplyTo(table with { TemporaryPartitions = null }) with
        {
            TemporaryPartitions = table.TemporaryPartitions?.RemoveAll(taken.AsSpan()),
            HasUnnamedTemporaryPartitions = false,
            BatchTemporaryPartitionsUnknown = true,
        };
    }
}
