using System.Collections.Concurrent;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Configuration;

/// <summary>The catalog sources an update loaded (with what each load found) and those it no longer needs.</summary>
public sealed record CatalogChanges(IReadOnlyList<(CatalogSource Source, CatalogReload Reload)> Loaded, IReadOnlyList<CatalogSource> Dropped);

/// <summary>
/// The workspace folders and one catalog per folder: the configured <c>catalogPath</c> resolved against the folder,
/// or <c>starrocks-catalog.json</c> in it. An absolute <c>catalogPath</c> is one file, and so one catalog, for all.
/// A document uses the catalog of the innermost folder that holds its file. A document outside every folder (or
/// not a file, such as <c>untitled:</c>) uses the first folder's: one simple rule rather than guessing a folder.
/// </summary>
public sealed class WorkspaceCatalogs
{
    private ImmutableArray<string> _folders = [];
    private string? _catalogPath;
    private AnalysisOptions _options = AnalysisOptions.Default;
    private Dictionary<string, CatalogSource> _sources = new(FileUris.PathComparer);
    private AnalysisContext _withoutCatalog = AnalysisContext.Default;
    private ConcurrentDictionary<string, string> _readAsTheShellDoes = new(FileUris.PathComparer);

    public ImmutableArray<string> Folders => _folders;

    /// <summary>The catalogs in use, one per file.</summary>
    public IEnumerable<CatalogSource> Sources => _sources.Values;

    /// <summary>The first folder's catalog: what documents outside every folder use, and what the status reports.</summary>
    public CatalogSource? Primary => Source(_folders.IsEmpty ? null : _folders[0]);

    public AnalysisContext ContextFor(string documentUri)
    {
        var path = FileUris.ToPath(documentUri);
        var folder = path is null ? null : Innermost(_folders, path);
        return (folder is null ? Primary : Source(folder))?.Context ?? _withoutCatalog;
    }

    /// <summary>
    /// The context of each script path as <see cref="ContextFor"/> gives it now, to be read off the ordered context while
    /// the folders and catalogs change.
    /// </summary>
    public Func<string, AnalysisContext> ContextsNow()
    {
        var folders = _folders;
        var contexts = folders.Distinct(FileUris.PathComparer).ToDictionary(folder => folder, folder => Source(folder)?.Context ?? _withoutCatalog, FileUris.PathComparer);
        var outside = Primary?.Context ?? _withoutCatalog;
        return path => Innermost(folders, path) is { } folder ? contexts[folder] : outside;
    }

    /// <summary>The innermost of the folders that holds the path, where folders nest.</summary>
    private static string? Innermost(ImmutableArray<string> folders, string path) =>
        folders.Where(folder => FileUris.IsWithin(path, folder)).MaxBy(folder => folder.Length);

    /// <summary>
    /// Loads the catalog files the folders now need and drops those no longer needed. A new path reloads every file it
    /// still needs in place (a path that names the default file, or the file another path resolved to, keeps its source:
    /// an error already shown for it is not shown again).
    /// </summary>
    public CatalogChanges Update(ImmutableArray<string> folders, string? catalogPath)
    {
        var reloadAll = catalogPath != _catalogPath;
        // A link changed since is read anew at the next setting or folder change.
        _readAsTheShellDoes = new(FileUris.PathComparer);
        _folders = folders;
        _catalogPath = catalogPath;
        IEnumerable<string?> owners = folders.IsEmpty ? [null] : folders.Cast<string?>();
        var needed = owners.Select(CatalogFile).OfType<string>().Distinct(FileUris.PathComparer);
        var sources = new Dictionary<string, CatalogSource>(FileUris.PathComparer);
        var loaded = new List<(CatalogSource, CatalogReload)>();
        foreach (var file in needed)
        {
            if (!_sources.TryGetValue(file, out var source))
            {
                source = new CatalogSource(file, named: catalogPath is not null, _options);
                loaded.Add((source, source.Reload()));
            }
            else if (reloadAll)
            {
                source.Named = catalogPath is not null;
                loaded.Add((source, source.Reload()));
            }
            sources[file] = source;
        }
        var dropped = _sources.Values.Where(s => !sources.ContainsKey(s.Path)).ToList();
        _sources = sources;
        return new CatalogChanges(loaded, dropped);
    }

    /// <summary>
    /// Reloads the catalogs whose files, or the files their links lead to, are among <paramref name="changedPaths"/>, and
    /// only those (every time: a file rewritten with its length and time kept, as <c>cp -p</c> does, still changed).
    /// </summary>
    public IReadOnlyList<(CatalogSource Source, CatalogReload Reload)> Reload(IEnumerable<string> changedPaths)
    {
        var changed = changedPaths.Select(Path.GetFullPath).ToHashSet(FileUris.PathComparer);
        return [.. _sources.Values
            .Where(source => changed.Contains(source.Path) || FileLinks.FinalTarget(source.Path) is { } target && changed.Contains(target))
            .Select(source => (source, source.Reload()))];
    }

    /// <summary>The files the catalogs in use are read from that the workspace folders' watch does not see: those
    /// outside every folder, and those a catalog's link leads to.</summary>
    public IEnumerable<string> FilesOutsideTheFolderWatch() =>
        _sources.Values.Select(s => s.Path).Where(OutsideTheFolders)
            .Concat(_sources.Values.Select(s => FileLinks.FinalTarget(s.Path)).OfType<string>())
            .Distinct(FileUris.PathComparer).Order(StringComparer.Ordinal);

    /// <summary>The catalogs read from those files: outside every folder, or through a link.</summary>
    public IEnumerable<CatalogSource> SourcesOutsideTheFolderWatch() =>
        _sources.Values.Where(s => OutsideTheFolders(s.Path) || FileLinks.FinalTarget(s.Path) is not null);

    private bool OutsideTheFolders(string file) => !Folders.Any(folder => FileUris.IsWithin(file, folder));

    public void SetOptions(AnalysisOptions options)
    {
        _options = options;
        _withoutCatalog = new AnalysisContext(options, null);
        foreach (var source in _sources.Values)
            source.SetOptions(options);
    }

    private CatalogSource? Source(string? folder) => CatalogFile(folder) is { } file ? _sources.GetValueOrDefault(file) : null;

    /// <summary>Without a folder only an absolute path names a file.</summary>
    private string? CatalogFile(string? folder) =>
        _catalogPath is not null && Path.IsPathRooted(_catalogPath) ? AsTheShellReadsIt(_catalogPath)
        : folder is null ? null
        : AsTheShellReadsIt(Path.Combine(folder, _catalogPath ?? CatalogLoader.DefaultFileName));

    /// <summary>
    /// The file a path names as <c>check --catalog</c> reads it: a <c>..</c> after a link goes up from where the link
    /// leads (<see cref="FileLinks.AsTheShellReadsIt"/>). Looked up once per setting, the links not read again per document.
    /// </summary>
    private string AsTheShellReadsIt(string path) =>
        path.Contains("..", StringComparison.Ordinal)
            ? _readAsTheShellDoes.GetOrAdd(path, p => Path.GetFullPath(FileLinks.AsTheShellReadsIt(p)))
            : Path.GetFullPath(path);
}
