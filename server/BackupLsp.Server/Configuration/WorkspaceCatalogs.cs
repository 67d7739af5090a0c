using System.Collections.Concurrent;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Configuration;

/// <summary>
/// The catalog sources an update loaded (with what each load found) and those it no longer needs, and whether the
/// analysis context of a folder, or of the documents outside every folder, changed.
/// </summary>
public sealed record CatalogChanges(IReadOnlyList<(CatalogSource Source, CatalogReload Reload)> Loaded, IReadOnlyList<CatalogSource> Dropped, bool ContextsChanged = false);

/// <summary>
/// The workspace folders, the settings of each, and one catalog per folder: its <c>catalogPath</c> resolved against the
/// folder, or <c>starrocks-catalog.json</c> in it. An absolute <c>catalogPath</c> is one file, and so one catalog, for
/// all that name it. A document is analysed with the settings and the catalog of the innermost folder that holds its
/// file. A document outside every folder (or not a file, such as <c>untitled:</c>) has the unscoped settings, their
/// relative <c>catalogPath</c> resolved against the first folder: one simple rule rather than guessing a folder.
/// </summary>
public sealed class WorkspaceCatalogs
{
    private ImmutableArray<string> _folders = [];
    private WorkspaceSettings _settings = WorkspaceSettings.Of(ServerSettings.Default);
    private Dictionary<string, CatalogSource> _sources = new(FileUris.PathComparer);

    /// <summary>Each folder's analysis context, replaced only when its options or its catalog change (documents tell by identity).</summary>
    private ImmutableDictionary<string, AnalysisContext> _folderContexts = ImmutableDictionary.Create<string, AnalysisContext>(FileUris.PathComparer);
    private AnalysisContext _outsideContext = AnalysisContext.Default;
    private ConcurrentDictionary<string, string> _readAsTheShellDoes = new(FileUris.PathComparer);

    public ImmutableArray<string> Folders => _folders;

    public WorkspaceSettings Settings => _settings;

    /// <summary>The catalogs in use, one per file.</summary>
    public IEnumerable<CatalogSource> Sources => _sources.Values;

    public AnalysisContext ContextFor(string documentUri)
    {
        var path = FileUris.ToPath(documentUri);
        var folder = path is null ? null : Innermost(_folders, path);
        return folder is null ? _outsideContext : _folderContexts[folder];
    }

    /// <summary>
    /// The context of each script path as <see cref="ContextFor"/> gives it now, to be read off the ordered context while
    /// the folders and catalogs change.
    /// </summary>
    public Func<string, AnalysisContext> ContextsNow()
    {
        var (folders, contexts, outside) = (_folders, _folderContexts, _outsideContext);
        return path => Innermost(folders, path) is { } folder ? contexts[folder] : outside;
    }

    /// <summary>The innermost of the folders that holds the path, where folders nest; null for a path outside them all.</summary>
    public static string? Innermost(ImmutableArray<string> folders, string path) =>
        folders.Where(folder => FileUris.IsWithin(path, folder)).MaxBy(folder => folder.Length);

    /// <summary>Each folder, then what lies outside every folder (null).</summary>
    private IEnumerable<string?> Owners() => _folders.Cast<string?>().Append(null);

    /// <summary>The names of the catalog files the folders use, for a client's watch of the folders by name.</summary>
    public IEnumerable<string> CatalogFileNames() =>
        Owners().Select(owner => Path.GetFileName(_settings.For(owner).CatalogPath ?? CatalogLoader.DefaultFileName))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>
    /// Takes the folders and their settings, loads the catalog files they now need and drops those no longer needed. A
    /// new path reloads every file still needed in place (a path that names the default file, or the file another path
    /// resolved to, keeps its source: an error already shown for it is not shown again).
    /// </summary>
    public CatalogChanges Update(ImmutableArray<string> folders, WorkspaceSettings settings)
    {
        var pathsBefore = ConfiguredCatalogPaths();
        // A link changed since is read anew at the next setting or folder change.
        _readAsTheShellDoes = new(FileUris.PathComparer);
        _folders = folders;
        _settings = settings.Within(folders);
        var reloadAll = !pathsBefore.SetEquals(ConfiguredCatalogPaths());
        // Each file, and whether a setting names it: then a missing file is an error.
        var needed = new Dictionary<string, bool>(FileUris.PathComparer);
        foreach (var owner in Owners())
            if (CatalogFile(owner) is { } file)
                needed[file] = needed.GetValueOrDefault(file) || _settings.For(owner).CatalogPath is not null;
        var sources = new Dictionary<string, CatalogSource>(FileUris.PathComparer);
        var loaded = new List<(CatalogSource, CatalogReload)>();
        foreach (var (file, named) in needed)
        {
            if (!_sources.TryGetValue(file, out var source))
            {
                source = new CatalogSource(file, named);
                loaded.Add((source, source.Reload()));
            }
            else if (reloadAll)
            {
                source.Named = named;
                loaded.Add((source, source.Reload()));
            }
            sources[file] = source;
        }
        var dropped = _sources.Values.Where(s => !sources.ContainsKey(s.Path)).ToList();
        _sources = sources;
        return new CatalogChanges(loaded, dropped, RefreshContexts());
    }

    /// <summary>The <c>catalogPath</c> settings in use (null: the default file).</summary>
    private HashSet<string?> ConfiguredCatalogPaths() => [.. Owners().Select(owner => _settings.For(owner).CatalogPath)];

    /// <summary>
    /// Reloads the catalogs whose files, or the files their links lead to, are among <paramref name="changedPaths"/>, and
    /// only those (every time: a file rewritten with its length and time kept, as <c>cp -p</c> does, still changed).
    /// </summary>
    public IReadOnlyList<(CatalogSource Source, CatalogReload Reload)> Reload(IEnumerable<string> changedPaths)
    {
        var changed = changedPaths.Select(Path.GetFullPath).ToHashSet(FileUris.PathComparer);
        List<(CatalogSource, CatalogReload)> reloads = [.. _sources.Values
            .Where(source => changed.Contains(source.Path) || FileLinks.FinalTarget(source.Path) is { } target && changed.Contains(target))
            .Select(source => (source, source.Reload()))];
        RefreshContexts();
        return reloads;
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

    /// <summary>
    /// Gives each folder, and the documents outside every folder, the context of its options and catalog now, keeping the
    /// one it has while both are the same. Whether any changed.
    /// </summary>
    private bool RefreshContexts()
    {
        var before = (_folderContexts, _outsideContext);
        _folderContexts = _folders.Distinct(FileUris.PathComparer).ToImmutableDictionary(folder => folder,
            folder => ContextNow(folder, before._folderContexts.GetValueOrDefault(folder)), FileUris.PathComparer);
        _outsideContext = ContextNow(null, before._outsideContext);
        return !ReferenceEquals(_outsideContext, before._outsideContext) || _folderContexts.Count != before._folderContexts.Count
            || _folderContexts.Any(pair => !ReferenceEquals(before._folderContexts.GetValueOrDefault(pair.Key), pair.Value));
    }

    private AnalysisContext ContextNow(string? folder, AnalysisContext? had)
    {
        var options = _settings.For(folder).Options;
        var catalog = Source(folder)?.Catalog;
        return had is not null && ReferenceEquals(had.Catalog, catalog) && ServerSettings.SameOptions(had.Options, options) ? had : new AnalysisContext(options, catalog);
    }

    private CatalogSource? Source(string? folder) => CatalogFile(folder) is { } file ? _sources.GetValueOrDefault(file) : null;

    /// <summary>Outside every folder a relative path is resolved against the first folder; without folders only an absolute path names a file.</summary>
    private string? CatalogFile(string? folder)
    {
        var catalogPath = _settings.For(folder).CatalogPath;
        var baseFolder = folder ?? (_folders.IsEmpty ? null : _folders[0]);
        return catalogPath is not null && Path.IsPathRooted(catalogPath) ? AsTheShellReadsIt(catalogPath)
            : baseFolder is null ? null
            : AsTheShellReadsIt(Path.Combine(baseFolder, catalogPath ?? CatalogLoader.DefaultFileName));
    }

    /// <summary>
    /// The file a path names as <c>check --catalog</c> reads it: a <c>..</c> after a link goes up from where the link
    /// leads (<see cref="FileLinks.AsTheShellReadsIt"/>). Looked up once per setting, the links not read again per document.
    /// </summary>
    private string AsTheShellReadsIt(string path) =>
        path.Contains("..", StringComparison.Ordinal)
            ? _readAsTheShellDoes.GetOrAdd(path, p => Path.GetFullPath(FileLinks.AsTheShellReadsIt(p)))
            : Path.GetFullPath(path);
}
