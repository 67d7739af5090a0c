using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Features;

/// <summary>Whether the catalog, which mirrors the cluster, holds an object a script names.</summary>
internal static class CatalogNames
{
    /// <summary>What the catalog holds under the object's name and scope ("table", "view", ...), or null when nothing.</summary>
    public static string? KindOf(StarRocksCatalog catalog, NamedObject target) => target.Kind switch
    {
        NamedObjectKind.Repository => catalog.FindRepository(target.Name) is null ? null : "repository",
        NamedObjectKind.Database => catalog.FindDatabase(target.Name) is null ? null : "database",
        NamedObjectKind.Snapshot when target.Scope is { } repository =>
            catalog.FindRepository(repository)?.Snapshots?.Any(s => s.Name == target.Name) == true ? "snapshot" : null,
        // A SHOW BACKUP's or SHOW RESTORE's filter no job before it places: it lists the snapshot of that name in any repository.
        NamedObjectKind.Snapshot => catalog.Repositories?.Values.Any(r => r.Snapshots?.Any(s => s.Name == target.Name) == true) == true ? "snapshot" : null,
        NamedObjectKind.Table when target.Scope is { } database && catalog.FindDatabase(database) is { } held =>
            held.Tables?.ContainsKey(target.Name) == true ? "table"
            : held.Views?.Contains(target.Name) == true ? "view"
            : held.MaterializedViews?.Contains(target.Name) == true ? "materialized view"
            : null,
        NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition when target.Scope is { } database && target.Table is { } table
                && catalog.FindDatabase(database)?.Tables?.GetValueOrDefault(table) is { } held =>
            held.Partitions?.Contains(target.Name) == true ? "partition"
            : held.HasTemporaryPartition(target.Name) ? "temporary partition"
            : null,
        NamedObjectKind.Function when target.Scope is { } database && catalog.FindDatabase(database)?.HasFunction(target.Name) == true => "function",
        _ => null,
    };

    /// <summary>How a message names the catalog: by its file when it came from one.</summary>
    public static string Described(StarRocksCatalog catalog) =>
        catalog.FilePath is { } path ? $"the catalog ({Path.GetFileName(path)})" : "the catalog";
}
