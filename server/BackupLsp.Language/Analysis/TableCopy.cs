using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The table a <c>CREATE TABLE t LIKE [db.]source</c> copies (CreateTableLikeAnalyzer): StarRocks creates the new table from
/// the DDL of the other (AstToStringBuilder.getDdlStmt), which lists a RANGE or LIST table's partitions and leaves its
/// temporary ones out. <paramref name="Database"/> is the one the LIKE names, null for the current one.
/// </summary>
internal sealed record TableCopy(string Table, string? Database)
{
    /// <summary>
    /// The partitions of a copy of <paramref name="source"/>: the source's, fixed as theirs are; the one named as the copy for
    /// a source without PARTITION BY. Null where they are not known: the source or its partitions unknown, or its only
    /// partition named as itself where the source may be unpartitioned (the copy's is then named as the copy) or a
    /// partitioned table (the copy's keeps the name).
    /// </summary>
    public PartitionsDeclared? PartitionsOf(TableInfo? source) =>
        source?.Partitions is not { } partitions ? null
        : source.OnlyPartitionBearsItsName
            ? source.Partitioning == TablePartitioning.Unpartitioned ? PartitionsDeclared.Unpartitioned : null
        : new PartitionsDeclared([.. partitions], source.Partitioning, source.PartitionsFixed);
}
