using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// <c>ALTER TABLE t DROP ALL TEMPORARY PARTITIONS [FORCE]</c>: every temporary partition dropped. StarRocks' grammar has it
/// from 3.5, 3.4.2 and 3.3.13 (PR #57005); the version setting has no patch level, so 3.3 is taken to have it (a release
/// that fails it leaves the partitions, and a BACKUP refused for them is then not told, no more).
/// </summary>
internal sealed class TemporaryPartitionsDrop : PartitionChange
{
    public static readonly TemporaryPartitionsDrop Instance = new();

    private TemporaryPartitionsDrop()
    {
    }

    public override StarRocksVersion? Since { get; } = new(3, 3);

    public override TableInfo ApplyTo(TableInfo table) => table.TemporaryPartitions is [] ? table : table with { TemporaryPartitions = [] };
}
