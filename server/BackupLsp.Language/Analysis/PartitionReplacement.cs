using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// <c>ALTER TABLE t REPLACE PARTITION (p1, p2) WITH TEMPORARY PARTITION (tp1, tp2)</c>: the partitions replaced, the
/// temporary partitions that take their place, and whether those keep the replaced names (StarRocks renames them when
/// the lists are as long and <c>use_temp_partition_name</c> is not true).
/// </summary>
internal sealed class PartitionReplacement(ImmutableArray<string> replaced, ImmutableArray<string> temporaries, bool keepsNames)
    : PartitionChange, IEquatable<PartitionReplacement>
{
    public ImmutableArray<string> Replaced { get; } = replaced;
    public ImmutableArray<string> Temporaries { get; } = temporaries;
    public bool KeepsNames { get; } = keepsNames;

    /// <summary>
    /// The table after the replacement (OlapTable.replaceTempPartitions): the replaced partitions dropped, the temporary
    /// ones made regular, under the replaced names or their own. Where the table lists a partition and not one of those
    /// named, StarRocks fails the ALTER ("Partition[p] does not exist", "Temp partition[tp] does not exist") and nothing
    /// changes; where it lists none, what it holds stays unknown.
    /// </summary>
    public override TableInfo ApplyTo(TableInfo table)
    {
        if ((table.Partitions is not null && !Replaced.All(table.HasPartition))
            || (table.TemporaryPartitions is not null && !Temporaries.All(table.HasTemporaryPartition)))
            return table;
        var partitions = table.Partitions is { } listed && !KeepsNames
            ? listed.RemoveAll(Replaced.AsSpan()).AddRange(Temporaries.AsSpan())
            : table.Partitions;
        var temporaries = table.TemporaryPartitions?.RemoveAll(Temporaries.AsSpan());
        var replaced = table with { Partitions = partitions, TemporaryPartitions = temporaries };
        return replaced == table ? table : replaced;
    }

    public bool Equals(PartitionReplacement? other) =>
        other is not null && KeepsNames == other.KeepsNames && Replaced.SequenceEqual(other.Replaced) && Temporaries.SequenceEqual(other.Temporaries);

    public override bool Equals(object? obj) => Equals(obj as PartitionReplacement);

    public override int GetHashCode() => HashCode.Combine(Replaced.Length, Temporaries.Length, KeepsNames);
}
