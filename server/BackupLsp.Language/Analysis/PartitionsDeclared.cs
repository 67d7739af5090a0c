using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The partitions a CREATE TABLE makes (LocalMetastore's createOlapTable): those its PARTITION BY names one by one, or,
/// without a PARTITION BY, the one partition named as the table; or those of the table it copies (<see cref="TableCopy"/>).
/// A new table has no temporary partitions.
/// </summary>
internal sealed class PartitionsDeclared : PartitionChange, IEquatable<PartitionsDeclared>
{
    /// <summary>A table without PARTITION BY: most CREATE TABLEs, whose partitions then allocate nothing.</summary>
    public static readonly PartitionsDeclared Unpartitioned = new(default, TablePartitioning.Unpartitioned);

    public PartitionsDeclared(ImmutableArray<string> names, TablePartitioning partitioning, bool partitionsFixed = true) =>
        (Names, Partitioning, PartitionsFixed) = (names, partitioning, partitionsFixed);

    /// <summary>The partitions named; default for a table without PARTITION BY, whose one partition is named as the table.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>How the table is partitioned (see <see cref="TableInfo.Partitioning"/>).</summary>
    public TablePartitioning Partitioning { get; }

    /// <summary>Whether only an ALTER TABLE changes them (see <see cref="TableInfo.PartitionsFixed"/>): not for a copy of a catalog table.</summary>
    public bool PartitionsFixed { get; }

    public override TableInfo ApplyTo(TableInfo table) =>
        table with { Partitions = Names.IsDefault ? [table.Name] : [.. Names], TemporaryPartitions = [], PartitionsFixed = PartitionsFixed,
            Partitioning = Partitioning };

    public bool Equals(PartitionsDeclared? other) =>
        other is not null && PartitionsFixed == other.PartitionsFixed && Partitioning == other.Partitioning
        && Names.IsDefault == other.Names.IsDefault
        && (Names.IsDefault || Names.SequenceEqual(other.Names));

    public override bool Equals(object? obj) => Equals(obj as PartitionsDeclared);

    public override int GetHashCode() => HashCode.Combine(Names.IsDefault ? -1 : Names.Length, Partitioning);
}
