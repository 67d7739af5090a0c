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
            _ => [],
        };
        return [.. declared.OfType<LinePositionSpan>()];
    }
}
