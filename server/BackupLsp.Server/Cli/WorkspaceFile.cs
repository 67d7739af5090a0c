using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Files;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Cli;

/// <summary>
/// The VS Code workspace file <c>--workspace</c> names (<c>*.code-workspace</c>, JSONC): the folders it lists, and its
/// <c>settings</c>, the layer under each listed folder's own <c>.vscode/settings.json</c>. As VS Code layers them ("Settings
/// precedence" in its docs), a folder's setting overrides the workspace file's, and an object setting (ruleSeverity) is
/// merged key by key.
/// </summary>
internal sealed class WorkspaceFile
{
    /// <summary>The file's <c>settings</c> object; null where it has none.</summary>
    private readonly JsonElement? _settings;

    private WorkspaceFile(string shown, ImmutableArray<string> folders, JsonElement? settings, ServerSettings? own)
    {
        Shown = shown;
        Folders = folders;
        _settings = settings;
        Settings = own;
    }

    /// <summary>The file as the command line named it.</summary>
    public string Shown { get; }

    /// <summary>The folders it lists, in its order, as full paths: a relative one relative to the file's own folder, as VS Code reads it.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>Its own <c>starrocksBackup</c> settings: those of a script that no folder settings file is for. Null where it sets none.</summary>
    public ServerSettings? Settings { get; }

    /// <summary>The file, its settings' problems warned of on <paramref name="notices"/>; or why it cannot be used.</summary>
    public static async Task<(WorkspaceFile? Workspace, string? Error)> ReadAsync(string given, TextWriter notices)
    {
        var path = FileLinks.AsTheShellReadsIt(given);
        if (!Path.Exists(path))
            return (null, $"{given}: no such workspace file");
        var (document, problem) = await JsoncFile.ReadAsync(path, given, "workspace file");
        if (problem is not null)
            return (null, problem.Message);
        if (document is null)
            return (null, $"{given}: empty, not a workspace file");
        using (document)
        {
            // VS Code opens no workspace without its folders list (an empty one will do).
            if (document.RootElement.Child("folders") is not { ValueKind: JsonValueKind.Array } listed)
                return (null, $"{given}: not a workspace file: it has no \"folders\" list");
            var home = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var folders = ImmutableArray.CreateBuilder<string>();
            foreach (var (entry, i) in listed.EnumerateArray().Select((entry, i) => (entry, i)))
            {
                if (Folder(entry, home) is not { } folder)
                    return (null, $"{given}: folders[{i}] has no \"path\", nor a file: \"uri\"");
                folders.Add(folder);
            }
            var settings = document.RootElement.Child("settings");
            if (settings is { ValueKind: not JsonValueKind.Object })
                return (null, $"{given}: \"settings\" is not an object");
            var own = settings is { } layer ? ServerSettings.ParseSettingsFile(layer, ScriptSetups.ReportSettings) : null;
            foreach (var settingProblem in own?.Problems ?? [])
                await notices.WriteLineAsync($"backup-lsp check: warning: {given}: {ServerSettings.Section}.{settingProblem}");
            // The editor resolves a relative catalogPath in a folder: a window of no folders uses no catalog it names.
            if (folders.Count == 0 && own?.CatalogPath is { } relative && !Path.IsPathRooted(relative))
            {
                await notices.WriteLineAsync($"backup-lsp check: warning: {given}: {ServerSettings.Section}.catalogPath: '{relative}' is relative "
                    + "and the workspace lists no folder to resolve it in; left out, as the editor leaves it");
                own = own with { CatalogPath = null };
            }
            return (new WorkspaceFile(given, folders.ToImmutable(), settings?.Clone(), own), null);
        }
    }

    /// <summary>A folder entry's full path: its <c>path</c>, or a <c>file:</c> <c>uri</c> (another scheme is a folder elsewhere).</summary>
    private static string? Folder(JsonElement entry, string home) =>
        entry.Child("path") is { ValueKind: JsonValueKind.String } path && path.GetString() is { Length: > 0 } written
            ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(home, written)))
            : FileUris.ToFolderPath(entry.Child("uri") is { ValueKind: JsonValueKind.String } uri ? uri.GetString() : null);

    /// <summary>The settings a folder settings file gives, over this file's; null where neither sets any.</summary>
    public ServerSettings? Beneath(JsonElement folderSettings)
    {
        if (_settings is not { } workspace)
            return ServerSettings.ParseSettingsFile(folderSettings, ScriptSetups.ReportSettings);
        using var merged = new MemoryStream();
        using (var writer = new Utf8JsonWriter(merged))
            WriteMerged(writer, workspace, folderSettings);
        using var document = JsonDocument.Parse(merged.ToArray());
        return ServerSettings.ParseSettingsFile(document.RootElement, ScriptSetups.ReportSettings);
    }

    /// <summary>
    /// The file a relative <c>catalogPath</c> of this file names for a script, as the server resolves a workspace-wide
    /// setting: in the innermost listed folder that holds the script, else in the first (<see cref="WorkspaceCatalogs"/>;
    /// a file of no folders has none, <see cref="ReadAsync"/> leaves it out). An absolute one as it is.
    /// </summary>
    /// <param name="script">The script's full path; null for standard input, which is in no folder.</param>
    public string CatalogFile(string catalogPath, string? script) =>
        Path.IsPathRooted(catalogPath) ? catalogPath
            : Path.Combine((script is null ? null : WorkspaceCatalogs.Innermost(Folders, script)) ?? Folders[0], catalogPath);

    /// <summary>
    /// <paramref name="upper"/> over <paramref name="lower"/> as VS Code merges two scopes' settings: objects key by key at
    /// any depth, the lower's keys first; any other value replaces. A key written twice is its last value.
    /// </summary>
    private static void WriteMerged(Utf8JsonWriter writer, JsonElement lower, JsonElement upper)
    {
        if (lower.ValueKind != JsonValueKind.Object || upper.ValueKind != JsonValueKind.Object)
        {
            upper.WriteTo(writer);
            return;
        }
        writer.WriteStartObject();
        foreach (var name in Names(lower))
        {
            writer.WritePropertyName(name);
            if (upper.TryGetProperty(name, out var over))
                WriteMerged(writer, lower.GetProperty(name), over);
            else
                lower.GetProperty(name).WriteTo(writer);
        }
        foreach (var name in Names(upper).Where(name => !lower.TryGetProperty(name, out _)))
        {
            writer.WritePropertyName(name);
            upper.GetProperty(name).WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static IEnumerable<string> Names(JsonElement json) => json.EnumerateObject().Select(property => property.Name).Distinct();
}
