using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// <c>ALTER TABLE t DROP ALL TEMPORARY PARTITIONS [FORCE]</c>: every temporary partition dropped. StarRocks' grammar has it
/// from 3.5, 3.4.2 and 3.3.13 (PR #57005): a release before those fails it and leaves the partitions. A version set as
/// 3.3 or 3.4, without its patch, is the release's latest, which has it.
/// </summary>
internal sealed class TemporaryPartitionsDrop : PartitionChange
{
    public static readonly TemporaryPartitionsDrop Instance = new();

    private TemporaryPartitionsDrop()
    {
    }

    public override StarRocksVersion? Since { get; } = new(3, 3, 13);

    public override bool IsLackedBy(StarRocksVersion version) => version < Since || (version >= new StarRocksVersion(3, 4) && version < new StarRocksVersion(3, 4, 2));

    public override TableInfo ApplyTo(TableInfo table) =>
        table is { TemporaryPartitions: [], HasUnnamedTemporaryPartitions: false, BatchTemporaryPartitionsUnknown: false } ? table
            : table with { TemporaryPartitions = [], HasUnnamedTemporaryPartitions = false, BatchTemporaryPartitionsUnknown = false };
}
