using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// <c>ALTER TABLE t DROP [TEMPORARY] PARTITION [IF EXISTS] p</c>, or the batch <c>DROP [TEMPORARY] PARTITIONS [IF EXISTS]
/// (p1, p2)</c> that StarRocks 3.4 brought (PR #43539; its documentation was taken back out of 3.3's): the partitions
/// dropped, regular or temporary.
/// </summary>
internal sealed class PartitionDrop(ImmutableArray<string> names, bool temporary, bool ifExists, bool batch)
    : PartitionChange, IEquatable<PartitionDrop>
{
    public ImmutableArray<string> Names { get; } = names;
    public bool Temporary { get; } = temporary;
    public bool IfExists { get; } = ifExists;
    public bool Batch { get; } = batch;

    public override StarRocksVersion? Since => Batch ? StarRocksVersion.V3_4 : null;

    /// <summary>
    /// The table without those partitions (LocalMetastore.dropPartition): every name is looked up first, and one the table
    /// lacks fails the ALTER ("Error in list of partitions to drop") unless IF EXISTS, which drops those it has. Where the
    /// table's partitions of that kind are unknown, they stay so.
    /// </summary>
    public override TableInfo ApplyTo(TableInfo table)
    {
        if ((Temporary ? table.TemporaryPartitions : table.Partitions) is not { } listed
            || (!IfExists && !Names.All(listed.Contains)))
            return table;
        var kept = listed.RemoveAll(Names.AsSpan());
        if (kept.Count == listed.Count)
            return table;
        return Temporary ? table with { TemporaryPartitions = kept } : table with { Partitions = kept };
    }

    public bool Equals(PartitionDrop? other) =>
        other is not null && Temporary == other.Temporary && IfExists == other.IfExists && Batch == other.Batch && Names.SequenceEqual(other.Names);

    public override bool Equals(object? obj) => Equals(obj as PartitionDrop);

    public override int GetHashCode() => HashCode.Combine(Names.Length, Temporary, IfExists, Batch);
}
