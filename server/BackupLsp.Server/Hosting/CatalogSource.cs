using BackupLsp.Language.Catalog;

namespace BackupLsp.Server.Hosting;

/// <summary>What a reload found: whether the catalog in use changed, and the error to tell the user, if any.</summary>
public sealed record CatalogReload(bool CatalogChanged, string? Error);

/// <summary>
/// The catalog in use: the first workspace folder's catalog file that exists (the configured <c>catalogPath</c>,
/// relative to the folder, or <c>starrocks-catalog.json</c>). A file that fails to load keeps the last good catalog.
/// </summary>
public sealed class CatalogSource
{
    public string? Path { get; private set; }

    public StarRocksCatalog? Catalog { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The located error of the catalog file that failed to load, for diagnostics inside that file.</summary>
    public (string Path, CatalogError Error)? FileError { get; private set; }

    public static IReadOnlyList<string> Candidates(IReadOnlyList<string> folders, string? catalogPath)
    {
        if (catalogPath is not null && System.IO.Path.IsPathRooted(catalogPath))
            return [catalogPath];
        return folders.Select(folder => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, catalogPath ?? CatalogLoader.DefaultFileName))).ToList();
    }

    public CatalogReload Reload(IReadOnlyList<string> folders, string? catalogPath)
    {
        var candidates = Candidates(folders, catalogPath);
        var found = candidates.FirstOrDefault(File.Exists);
        FileError = null;
        if (found is null)
        {
            var changed = Catalog is not null;
            Path = null;
            Catalog = null;
            // No catalog is normal, unless the user named one.
            Error = catalogPath is null ? null : $"catalog file not found: {string.Join(", ", candidates.DefaultIfEmpty(catalogPath))}";
            return new CatalogReload(changed, Error);
        }
        var result = CatalogLoader.Load(found);
        if (result.Catalog is { } catalog)
        {
            Path = found;
            Catalog = catalog;
            Error = null;
            return new CatalogReload(true, null);
        }
        Error = $"{found}:{result.Error}";
        FileError = (found, result.Error!);
        return new CatalogReload(false, Error);
    }
}
