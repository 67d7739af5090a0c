using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Configuration;

namespace BackupLsp.Server.Cli;

/// <summary>
/// What a script is checked with: the catalog file (none where none was found) and the analysis options, and the
/// <c>.vscode/settings.json</c> they came from, if any.
/// </summary>
internal sealed record ScriptSetup(string? CatalogPath, string? SettingsFile, AnalysisOptions Options);

/// <summary>
/// Each script's catalog and settings, found as the editor finds a workspace folder's, so that one run checks a multi-root
/// workspace as the editor shows it. Walking up from the script's folder (the current directory's for standard input) to
/// the repository's root (the folder holding <c>.git</c>) or the file system's: the nearest
/// <c>.vscode/settings.json</c>'s <c>starrocksBackup</c> settings (read as the server reads the editor's), and the
/// catalog its <c>catalogPath</c> names (relative to the folder holding <c>.vscode</c>), else the nearest
/// <c>starrocks-catalog.json</c>. What the command line gives overrides them: <c>--catalog</c> the catalog,
/// <c>--starrocks-version</c> the release, each <c>--rule</c> its rule's level.
/// </summary>
internal sealed class ScriptSetups(CheckOptions options, TextWriter notices)
{
    /// <summary>The settings a folder and those above it give: the nearest settings file, and the nearest catalog file.</summary>
    private sealed record Found(string? SettingsFolder, ServerSettings? Settings, string? Catalog);

    private const string SettingsFile = ".vscode/settings.json";

    /// <summary>Settings files are JSONC, as VS Code writes them: comments and trailing commas.</summary>
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] ReportSettings = ["catalogPath", "starrocksVersion", "ruleSeverity"];

    private readonly Dictionary<string, Found> _folders = new(Files.FileUris.PathComparer);
    private readonly Dictionary<(string?, string?), ScriptSetup> _setups = [];

    /// <summary>The script's setup, or why its settings file cannot be read.</summary>
    public async Task<(ScriptSetup? Setup, string? Error)> ForAsync(string script)
    {
        var folder = script == InputFiles.StdinName ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(script))!;
        Found found;
        try
        {
            found = await FindAsync(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, e.Message);
        }
        var catalog = options.CatalogPath
            ?? (found.Settings?.CatalogPath is { } named ? Shown(Path.Combine(found.SettingsFolder!, named)) : found.Catalog);
        var settingsFile = found.SettingsFolder is null ? null : Shown(Path.Combine(found.SettingsFolder, SettingsFile));
        if (!_setups.TryGetValue((catalog, settingsFile), out var setup))
        {
            var fromSettings = (found.Settings ?? ServerSettings.Default).Options;
            var analysis = new AnalysisOptions
            {
                Version = options.Version ?? fromSettings.Version,
                RuleLevels = fromSettings.RuleLevels.SetItems(options.RuleLevels),
            };
            _setups[(catalog, settingsFile)] = setup = new ScriptSetup(catalog, settingsFile, analysis);
        }
        return (setup, null);
    }

    private async Task<Found> FindAsync(string folder)
    {
        if (_folders.TryGetValue(folder, out var known))
            return known;
        var above = IsTop(folder) || Path.GetDirectoryName(folder) is not { } parent ? new Found(null, null, null) : await FindAsync(parent);
        var settings = await ReadSettingsAsync(Path.Combine(folder, SettingsFile));
        var catalog = Path.Combine(folder, CatalogLoader.DefaultFileName);
        var found = new Found(
            settings is null ? above.SettingsFolder : folder,
            settings ?? above.Settings,
            File.Exists(catalog) || Directory.Exists(catalog) ? Shown(catalog) : above.Catalog);
        _folders[folder] = found;
        return found;
    }

    /// <summary>
    /// The walk stops at a repository's root: a catalog above it is no part of the repository, and CI's checkout of it
    /// would not have it. <c>.git</c> is a folder, or a file in a worktree or a submodule.
    /// </summary>
    private static bool IsTop(string folder) => Path.Exists(Path.Combine(folder, ".git"));

    /// <summary>
    /// The <c>starrocksBackup</c> settings a settings file holds (VS Code's keys, <c>starrocksBackup.catalogPath</c>), each
    /// problem with one warned of; null where there is no such file or it holds none.
    /// </summary>
    private async Task<ServerSettings?> ReadSettingsAsync(string path)
    {
        if (!File.Exists(path))
            return null;
        var text = await File.ReadAllTextAsync(path);
        // VS Code takes an empty settings file for no settings.
        if (string.IsNullOrWhiteSpace(text))
            return null;
        using var document = ParseSettings(text, path);
        // Only the settings that decide what is reported: diagnosticMode and the trace are the editor's own.
        if (ServerSettings.ParseSettingsFile(document.RootElement, ReportSettings) is not { } settings)
            return null;
        foreach (var problem in settings.Problems)
            await notices.WriteLineAsync($"backup-lsp check: warning: {Shown(path)}: {ServerSettings.Section}.{problem}");
        return settings;
    }

    private static JsonDocument ParseSettings(string text, string path)
    {
        try
        {
            return JsonDocument.Parse(text, Jsonc);
        }
        catch (JsonException e)
        {
            throw new JsonException($"{Shown(path)}: {e.Message}", e);
        }
    }

    /// <summary>A path found by the walk as the reports name files: relative to the current directory where it is inside it.</summary>
    private static string Shown(string full)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
