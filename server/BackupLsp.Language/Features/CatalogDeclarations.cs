using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// Where the catalog file writes the object a script names: what the cluster holds is defined there, not in the script.
/// A snapshot taken at several times is written once per time.
/// </summary>
public static class CatalogDeclarations
{
    /// <summary>
    /// Where the catalog file writes the object found under the cursor, as the cluster holds it: a partition of a table a
    /// rename or swap gave another name is the one the table has in the catalog, and one of a copy is its source's (as a
    /// rename reads them).
    /// </summary>
    public static ImmutableArray<LinePositionSpan> Of(DocumentAnalysis analysis, ReferenceResult found, CancellationToken cancellationToken = default) =>
        analysis.Context.Catalog is { } catalog && Rename.InCluster(analysis, found, cancellationToken) is { } held ? Of(catalog, held) : [];

    public static ImmutableArray<LinePositionSpan> Of(StarRocksCatalog catalog, NamedObject target)
    {
        IEnumerable<LinePositionSpan?> declared = target.Kind switch
        {
            NamedObjectKind.Repository => [catalog.FindRepository(target.Name)?.Declared],
            NamedObjectKind.Database => [catalog.FindDatabase(target.Name)?.Declared],
            NamedObjectKind.Table when target.Scope is { } database && catalog.FindDatabase(database) is { } held =>
                [held.Tables?.GetValueOrDefault(target.Name)?.Declared
                    ?? (held.ViewsDeclared.TryGetValue(target.Name, out var view) ? view : null)],
            NamedObjectKind.Snapshot when target.Scope is { } repository =>
                catalog.FindRepository(repository)?.Snapshots?.Where(s => s.Name == target.Name).Select(s => s.Declared) ?? [],
            NamedObjectKind.Function when target.Scope is { } database && catalog.FindDatabase(database) is { } held =>
                [held.FunctionsDeclared.TryGetValue(target.Name, out var function) ? function : null],
            NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition => [PartitionDeclared(catalog, target)],
            _ => [],
        };
        return [.. declared.OfType<LinePositionSpan>()];
    }

    /// <summary>The partition's place in the catalog file, where the catalog lists it (the file is read only then).</summary>
    private static LinePositionSpan? PartitionDeclared(StarRocksCatalog catalog, NamedObject partition)
    {
        var temporary = partition.Kind == NamedObjectKind.TemporaryPartition;
        return catalog.FilePath is { } path && partition is { Scope: { } database, Table: { } table }
            && catalog.FindDatabase(database)?.Tables?.GetValueOrDefault(table) is { } held
            && (temporary ? held.HasTemporaryPartition(partition.Name) : held.Partitions?.Contains(partition.Name) == true)
            ? CatalogLoader.FindPartition(path, database, table, temporary, partition.Name)
            : null;
    }
}
