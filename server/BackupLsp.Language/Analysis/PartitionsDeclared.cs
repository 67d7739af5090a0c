using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The partitions a CREATE TABLE makes (LocalMetastore's createOlapTable): those its PARTITION BY names one by one, or,
/// without a PARTITION BY, the one partition named as the table. A new table has no temporary partitions.
/// </summary>
internal sealed class PartitionsDeclared(ImmutableArray<string> names, bool ifNotExists) : PartitionChange, IEquatable<PartitionsDeclared>
{
    public ImmutableArray<string> Names { get; } = names;

    /// <summary>CREATE TABLE IF NOT EXISTS: a table of that name already there is kept as it is.</summary>
    public bool IfNotExists { get; } = ifNotExists;

    public override TableInfo ApplyTo(TableInfo table) => table with { Partitions = Names, TemporaryPartitions = [], PartitionsFixed = true };

    public bool Equals(PartitionsDeclared? other) =>
        other is not null && IfNotExists == other.IfNotExists && Names.SequenceEqual(other.Names);

    public override bool Equals(object? obj) => Equals(obj as PartitionsDeclared);

    public override int GetHashCode() => HashCode.Combine(Names.Length, IfNotExists);
}
