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
    // Most CREATE TABLEs have no PARTITION BY: theirs allocate nothing.
    private static readonly PartitionsDeclared UnpartitionedTable = new(default, ifNotExists: false, TablePartitioning.Unpartitioned);
    private static readonly PartitionsDeclared UnpartitionedTableIfNotExists = new(default, ifNotExists: true, TablePartitioning.Unpartitioned);

    public PartitionsDeclared(ImmutableArray<string> names, bool ifNotExists, TablePartitioning partitioning, bool partitionsFixed = true) =>
        (Names, IfNotExists, Partitioning, PartitionsFixed) = (names, ifNotExists, partitioning, partitionsFixed);

    /// <summary>A table without PARTITION BY.</summary>
    public static PartitionsDeclared Unpartitioned(bool ifNotExists) => ifNotExists ? UnpartitionedTableIfNotExists : UnpartitionedTable;

    /// <summary>The partitions named; default for a table without PARTITION BY, whose one partition is named as the table.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>CREATE TABLE IF NOT EXISTS: a table of that name already there is kept as it is.</summary>
    public bool IfNotExists { get; }

    /// <summary>How the table is partitioned (see <see cref="TableInfo.Partitioning"/>).</summary>
    public TablePartitioning Partitioning { get; }

    /// <summary>Whether only an ALTER TABLE changes them (see <see cref="TableInfo.PartitionsFixed"/>): not for a copy of a catalog table.</summary>
    public bool PartitionsFixed { get; }

    public override TableInfo ApplyTo(TableInfo table) =>
        table with { Partitions = Names.IsDefault ? [table.Name] : Names, TemporaryPartitions = [], PartitionsFixed = PartitionsFixed,
            Partitioning = Partitioning };

    public bool Equals(PartitionsDeclared? other) =>
        other is not null && IfNotExists == other.IfNotExists && PartitionsFixed == other.PartitionsFixed && Partitioning == other.Partitioning
        && Names.IsDefault == other.Names.IsDefault
        && (Names.IsDefault || Names.SequenceEqual(other.Names));

    public override bool Equals(object? obj) => Equals(obj as PartitionsDeclared);

    public override int GetHashCode() => HashCode.Combine(Names.IsDefault ? -1 : Names.Length, IfNotExists);
}
