using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// Where the catalog file writes the object a script names: what the cluster holds is defined there, not in the script.
/// A snapshot taken at several times is written once per time.
/// </summary>
public static class CatalogDeclarations
{
    public static ImmutableArray<LinePositionSpan> Of(StarRocksCatalog catalog, NamedObject target) => target.Kind switch
    {
        NamedObjectKind.Repository when catalog.FindRepository(target.Name) is { } repository => [repository.Declared],
        NamedObjectKind.Database when catalog.FindDatabase(target.Name) is { } database => [database.Declared],
        NamedObjectKind.Table when target.Scope is { } database
            && catalog.FindDatabase(database)?.Tables?.GetValueOrDefault(target.Name) is { } table => [table.Declared],
        NamedObjectKind.Snapshot when target.Scope is { } repository && catalog.FindRepository(repository)?.Snapshots is { } snapshots =>
            [.. snapshots.Where(s => s.Name == target.Name).Select(s => s.Declared)],
        _ => [],
    };
}
