using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary><c>ALTER TABLE t RENAME PARTITION p p2</c>: the partition that takes another name.</summary>
internal sealed class PartitionRename(string old, string renamed) : PartitionChange, IEquatable<PartitionRename>
{
    public string Old { get; } = old;
    public string New { get; } = renamed;

    /// <summary>
    /// The table with the partition under its new name (LocalMetastore.renamePartition), which StarRocks refuses for the
    /// same name, one the table lacks, or a name taken (temporary partitions' too). Every release renames a partition of a
    /// table partitioned by RANGE; renamePartition refuses any other, in newer releases perhaps only an unpartitioned one,
    /// so a table the session does not know to be partitioned by RANGE has its partitions unknown after.
    /// </summary>
    public override TableInfo ApplyTo(TableInfo table)
    {
        if (table.Partitioning != TablePartitioning.Range || table.Partitions is not { } listed)
            return table.Partitions is null ? table : table with { Partitions = null };
        var renamed = listed.IndexOf(Old);
        if (renamed < 0 || Old.Equals(New, StringComparison.OrdinalIgnoreCase) || table.HasPartition(New) || table.HasTemporaryPartition(New))
            return table;
        return table with { Partitions = listed.SetItem(renamed, New) };
    }

    public bool Equals(PartitionRename? other) => other is not null && Old == other.Old && New == other.New;

    public override bool Equals(object? obj) => Equals(obj as PartitionRename);

    public override int GetHashCode() => HashCode.Combine(Old, New);
}
