using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Facts;

/// <summary>
/// The types a CREATE EXTERNAL CATALOG may give its catalog: CatalogAnalyzer.visitCreateCatalogStatement refuses any other
/// ("[type : x] is not supported"), which makes no catalog. The newest source checks <c>ConnectorType.isSupport</c>: the
/// enum's names in any case (EnumUtils.getEnumIgnoreCase), those of SUPPORT_TYPE_SET. Older trees compare the value as
/// written with lower-case names (ConnectorMgr's SUPPORT_CONNECTOR_TYPE, then ConnectorType's set of names), but which
/// release took the change is not known: every release is taken to read the type in any case, the safe side (a catalog
/// made where it may be).
/// </summary>
internal static class CatalogTypes
{
    /// <summary>
    /// Each type with the release it came in (null: every release): ConnectorMgr's factories (hive, iceberg, hudi, jdbc,
    /// deltalake) are in the oldest release modelled; the documentation gives es and paimon from 3.1, unified from 3.2,
    /// odps and kudu from 3.3. The newest ConnectorType adds adbc, fluss, benchmark and lance, whose release is not known:
    /// taken to be in every one.
    /// </summary>
    private static readonly (string Type, StarRocksVersion? Since)[] Known =
    [
        ("hive", null), ("iceberg", null), ("hudi", null), ("jdbc", null), ("deltalake", null),
        ("es", new(3, 1)), ("paimon", new(3, 1)), ("unified", new(3, 2)), ("odps", new(3, 3)), ("kudu", new(3, 3)),
        ("adbc", null), ("fluss", null), ("benchmark", null), ("lance", null),
    ];

    /// <summary>Whether the release (unset: the latest) makes a catalog of the type; none of no type.</summary>
    public static bool Supports(string? type, StarRocksVersion? version) =>
        type is not null && Known.Any(known => known.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && !(version < known.Since));
}
