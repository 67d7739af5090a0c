using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Configuration;

namespace BackupLsp.Server.Cli;

/// <summary>
/// What a script is checked with: the catalog file (none where none was found) and the analysis options, and the
/// <c>.vscode/settings.json</c> they came from, if any.
/// </summary>
/// <param name="CatalogNamedBy">The settings file whose catalogPath names the catalog; null where the catalog was found otherwise.</param>
internal sealed record ScriptSetup(string? CatalogPath, string? SettingsFile, AnalysisOptions Options, string? CatalogNamedBy = null);

/// <summary>
/// Each script's catalog and settings, found as the editor finds a workspace folder's, so that one run checks a multi-root
/// workspace as the editor shows it. Walking up from the script's folder (the current directory's for standard input) to
/// the repository's root (the folder holding <c>.git</c>) or the file system's: the nearest
/// <c>.vscode/settings.json</c>'s <c>starrocksBackup</c> settings (read as the server reads the editor's), and the
/// catalog its <c>catalogPath</c> names (relative to the folder holding <c>.vscode</c>), else the nearest
/// <c>starrocks-catalog.json</c>. With a workspace file (<c>--workspace</c>, <see cref="WorkspaceFile"/>) the settings
/// are read where VS Code reads them in that window: the innermost listed folder's own settings file over the workspace
/// file's settings, for a script in a listed folder; the workspace file's alone for one outside them all (and for standard
/// input), as for a loose file opened in the window; where no <c>catalogPath</c> names the catalog, it is the
/// <c>starrocks-catalog.json</c> of that folder (else of the first; none where it lists no folder), as the server's.
/// What the command line gives overrides them: <c>--catalog</c> the
/// catalog, <c>--starrocks-version</c> the release, each <c>--rule</c> its rule's level.
/// </summary>
internal sealed class ScriptSetups(CheckOptions options, TextWriter notices, WorkspaceFile? workspace = null)
{
    /// <summary>
    /// The settings a folder and those above it give: the nearest settings file's catalogPath, its settings over the
    /// workspace file's, and the nearest catalog file; or why the nearest settings file cannot be read, which its
    /// catalogPath and rule levels would have decided.
    /// </summary>
    private sealed record Found(string? SettingsFolder, string? CatalogPath, ServerSettings? Settings, string? Catalog, CheckProblem? Unreadable = null);

    private static readonly Found NothingFound = new(null, null, null, null);

    private const string SettingsFile = ".vscode/settings.json";

    /// <summary>The settings that decide what is reported: diagnosticMode and the trace are the editor's own.</summary>
    public static readonly string[] ReportSettings = ["catalogPath", "starrocksVersion", "ruleSeverity"];

    private readonly Dictionary<string, Found> _folders = new(Files.FileUris.PathComparer);
    private readonly Dictionary<string, Found> _listedFolders = new(Files.FileUris.PathComparer);
    private readonly Dictionary<(string?, string?), ScriptSetup> _setups = [];

    /// <summary>The script's setup, or why its settings file cannot be read.</summary>
    public async Task<(ScriptSetup? Setup, CheckProblem? Problem)> ForAsync(string script)
    {
        var file = script == InputFiles.StdinName ? null : Path.GetFullPath(script);
        var folder = file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(file)!;
        Found found;
        try
        {
            found = workspace is null ? await FindAsync(folder)
                : (await ListedFolderAsync(workspace, file)) with { Catalog = FolderCatalog(workspace, file) };
        }
        // The walk's own folders: one that cannot be listed, or a current folder deleted meanwhile.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new CheckProblem($"cannot look for the settings and catalog files: {e.Message}"));
        }
        if (found.Unreadable is { } problem)
            return (null, problem);
        var settingsFile = found.SettingsFolder is null ? null : Shown(Path.Combine(found.SettingsFolder, SettingsFile));
        var settings = found.Settings ?? workspace?.Settings;
        // The settings file's own catalogPath, else the workspace file's (which the settings file may have emptied).
        var (catalog, namedBy) = options.CatalogPath is { } given ? (given, null)
            : found.CatalogPath is { } named ? (Shown(Path.Combine(found.SettingsFolder!, named)), settingsFile)
            : settings?.CatalogPath is { } inWorkspace && workspace is not null ? (Shown(workspace.CatalogFile(inWorkspace, file)), workspace.Shown)
            : (found.Catalog, null);
        if (!_setups.TryGetValue((catalog, settingsFile), out var setup))
        {
            var fromSettings = (settings ?? ServerSettings.Default).Options;
            var analysis = new AnalysisOptions
            {
                Version = options.Version ?? fromSettings.Version,
                RuleLevels = fromSettings.RuleLevels.SetItems(options.RuleLevels),
            };
            _setups[(catalog, settingsFile)] = setup = new ScriptSetup(catalog, settingsFile, analysis, namedBy);
        }
        return (setup, null);
    }

    private async Task<Found> FindAsync(string folder)
    {
        if (_folders.TryGetValue(folder, out var known))
            return known;
        var above = IsTop(folder) || Path.GetDirectoryName(folder) is not { } parent ? NothingFound : await FindAsync(parent);
        var catalog = Path.Combine(folder, CatalogLoader.DefaultFileName);
        var own = await OwnSettingsAsync(folder);
        // A folder's own settings file decides for it, readable or not; without one, the folder takes what is above it.
        var found = (own ?? above) with { Catalog = Existing(catalog) ?? above.Catalog };
        _folders[folder] = found;
        return found;
    }

    /// <summary>
    /// The settings of the innermost folder <paramref name="workspace"/> lists that holds the script: its own settings file's
    /// alone, as VS Code reads a folder's (one above it, in the repository's root say, is no folder's). Nothing for a script
    /// outside every listed folder, or standard input (<paramref name="script"/> null): the workspace file's settings are theirs.
    /// </summary>
    private async Task<Found> ListedFolderAsync(WorkspaceFile workspace, string? script)
    {
        if (script is null || WorkspaceCatalogs.Innermost(workspace.Folders, script) is not { } folder)
            return NothingFound;
        if (!_listedFolders.TryGetValue(folder, out var found))
            _listedFolders[folder] = found = await OwnSettingsAsync(folder) ?? NothingFound;
        return found;
    }

    /// <summary>
    /// The catalog the editor uses where no <c>catalogPath</c> is set: <c>starrocks-catalog.json</c> in the innermost listed
    /// folder that holds the script, else in the first folder (WorkspaceCatalogs), not one above or below it; null where
    /// there is none, as in a workspace of no folders, where the editor looks for none.
    /// </summary>
    private static string? FolderCatalog(WorkspaceFile workspace, string? script) =>
        workspace.Folders.IsEmpty ? null : Existing(workspace.CatalogFile(CatalogLoader.DefaultFileName, script));

    /// <summary>The catalog file as shown, where something is there (a folder of its name is reported as unreadable); else null.</summary>
    private static string? Existing(string catalog) => File.Exists(catalog) || Directory.Exists(catalog) ? Shown(catalog) : null;

    /// <summary>What a folder's own settings file gives, or why it cannot be read; null where it has no settings file, or one without our settings.</summary>
    private async Task<Found?> OwnSettingsAsync(string folder)
    {
        var (own, settings, unreadable) = await ReadSettingsAsync(Path.Combine(folder, SettingsFile));
        return settings is null && unreadable is null ? null : new Found(folder, own?.CatalogPath, settings, null, unreadable);
    }

    /// <summary>
    /// The walk stops at a repository's root: a catalog above it is no part of the repository, and CI's checkout of it
    /// would not have it. <c>.git</c> is a folder, or a file in a worktree or a submodule.
    /// </summary>
    private static bool IsTop(string folder) => Path.Exists(Path.Combine(folder, ".git"));

    /// <summary>
    /// The <c>starrocksBackup</c> settings a settings file holds (VS Code's keys, <c>starrocksBackup.catalogPath</c>), each
    /// problem with one warned of, and those over the workspace file's; null where there is no such file or it holds none.
    /// Or why it cannot be read: not JSON, a folder, or a file the user may not read.
    /// </summary>
    private async Task<(ServerSettings? Own, ServerSettings? OverWorkspace, CheckProblem? Unreadable)> ReadSettingsAsync(string path)
    {
        if (!Path.Exists(path))
            return (null, null, null);
        var shown = Shown(path);
        var (document, unreadable) = await JsoncFile.ReadAsync(path, shown, "settings file");
        // VS Code takes an empty settings file for no settings.
        if (document is null)
            return (null, null, unreadable);
        using (document)
        {
            if (ServerSettings.ParseSettingsFile(document.RootElement, ReportSettings) is not { } settings)
                return (null, null, null);
            foreach (var problem in settings.Problems)
                await notices.WriteLineAsync($"backup-lsp check: warning: {shown}: {ServerSettings.Section}.{problem}");
            return (settings, workspace is null ? settings : workspace.Beneath(document.RootElement), null);
        }
    }

    /// <summary>A path found by the walk as the reports name files: relative to the current directory where it is inside it.</summary>
    public static string Shown(string full)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
