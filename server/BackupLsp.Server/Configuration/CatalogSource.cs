using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Server.Configuration;

/// <summary>What a reload found: whether the catalog in use changed, and the error to tell the user, if any.</summary>
public sealed record CatalogReload(bool CatalogChanged, string? Error);

/// <summary>
/// One catalog file and the catalog read from it. A file that fails to load keeps the last good catalog.
/// </summary>
/// <param name="named">Whether the user configured the path: then a missing file is an error, else it is normal.</param>
public sealed class CatalogSource(string path, bool named)
{
    public string Path { get; } = path;

    /// <summary>Whether the user configured the path: then a missing file is an error, else it is normal.</summary>
    public bool Named { get; set; } = named;

    /// <summary>Replaced whenever the catalog changes, so documents can tell by identity that they must be re-analysed.</summary>
    public StarRocksCatalog? Catalog { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The located error of a file that failed to load, for a diagnostic inside that file.</summary>
    public CatalogError? FileError { get; private set; }

    /// <summary>The file's state just before it was last read: a later state means the catalog in use may be out of date.</summary>
    public CatalogFileState LoadedState { get; private set; }

    /// <summary>The hash of the bytes the catalog in use was read from.</summary>
    private string? _contentHash;

    /// <summary>
    /// Reads the file again. The same bytes as the catalog in use (a file told changed twice, a touch, a broken file put
    /// back as it was) change nothing: the documents are not analysed again.
    /// </summary>
    public CatalogReload Reload()
    {
        LoadedState = CatalogFileState.Of(Path);
        FileError = null;
        // A folder where the file should be is loaded, to be named as such rather than as missing.
        if (!LoadedState.Exists && !Directory.Exists(Path))
        {
            var changed = Catalog is not null;
            if (changed)
                (Catalog, _contentHash) = (null, null);
            Error = Named ? $"catalog file not found: {Path}" : null;
            return new CatalogReload(changed, Error);
        }
        var result = CatalogLoader.Load(Path);
        if (result.Catalog is { } catalog)
        {
            Error = null;
            if (Catalog is not null && result.ContentHash == _contentHash)
                return new CatalogReload(false, null);
            (Catalog, _contentHash) = (catalog, result.ContentHash);
            return new CatalogReload(true, null);
        }
        Error = result.Error!.In(Path);
        FileError = result.Error;
        return new CatalogReload(false, Error);
    }
}
