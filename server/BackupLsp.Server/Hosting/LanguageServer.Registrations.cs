using System.Text.Json;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Files;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>Dynamic registrations: the catalog files' watch, the scripts' watch and the configuration's changes.</summary>
public sealed partial class LanguageServer
{
    /// <summary>
    /// Has the catalog files watched: by the client where it watches files for the server (its workspace folders by a glob,
    /// the files outside them by relative patterns where it takes them), by the server itself otherwise.
    /// </summary>
    private async Task RegisterCatalogWatchAsync()
    {
        if (_watchingCatalogsItself)
            return;
        // A client that takes glob strings only watches its workspace folders, and links' names: the server reads the
        // catalog files that watch misses itself.
        if (!Client.WatchedFilesRelativePatterns)
            _catalogFileWatcher.Watch(_catalogs.SourcesOutsideTheFolderWatch());
        List<JsonElement> patterns = [.. _catalogs.CatalogFileNames()
            .Select(fileName => JsonSerializer.SerializeToElement($"**/{GlobLiteral(fileName)}", LspJsonContext.Default.String))];
        // A client watches only its workspace folders for a glob string, and a link's name rather than the file it leads
        // to: a catalog file outside them (an absolute path, or a relative one such as ../catalogs/prod.json) and the
        // file a linked catalog leads to are watched in their own folders too.
        if (Client.WatchedFilesRelativePatterns)
            foreach (var file in _catalogs.FilesOutsideTheFolderWatch())
                if (Path.GetDirectoryName(file) is { Length: > 0 } directory)
                    patterns.Add(JsonSerializer.SerializeToElement(new RelativePattern(FileUris.FromPath(directory), GlobLiteral(Path.GetFileName(file))), LspJsonContext.Default.RelativePattern));
        var key = string.Join("\n", patterns.Select(p => p.GetRawText()));
        if (key == _watchedPatterns)
            return;
        var registered = await RegisterAsync("watch the catalog file", async () =>
        {
            if (_watchedPatterns is not null)
                await Connection.RequestAsync("client/unregisterCapability",
                    new UnregistrationParams([new Unregistration(CatalogWatchRegistrationId, WatchedFilesMethod)]));
            await Connection.RequestAsync("client/registerCapability", new RegistrationParams(
                [new Registration(CatalogWatchRegistrationId, WatchedFilesMethod,
                    new RegistrationOptions(Watchers: [.. patterns.Select(p => new Protocol.FileSystemWatcher(p))]))]));
        });
        if (registered)
            _watchedPatterns = key;
        else
        {
            // The client declared it watches files for the server, then would not: the server watches them itself.
            _watchingCatalogsItself = true;
            _catalogFileWatcher.Watch(_catalogs.Sources);
        }
    }

    /// <summary>
    /// Has the client watch the workspace's scripts for the server, in any case as the walk takes them: a change to one
    /// answers a pull held for want of anything new (<see cref="WorkspaceChanges"/>), or has the workspace's diagnostics
    /// published again to a client that does not pull them (asked of such a client while the settings ask for the
    /// workspace: otherwise it watches nothing for them, see <see cref="UnregisterScriptWatchAsync"/>). A client that
    /// cannot, or refuses to, has its pulls answered at once, and its workspace looked at every
    /// <see cref="UnwatchedWorkspaceInterval"/>.
    /// </summary>
    private async Task RegisterScriptWatchAsync()
    {
        if (!Client.WatchedFilesRegistration || _scriptWatchRegistered || !(Client.PullDiagnostics || ReportsWorkspace))
            return;
        // Set before the client answers: a change of the settings meanwhile unregisters it, or leaves it be.
        _scriptWatchRegistered = true;
        var scripts = new Protocol.FileSystemWatcher(JsonSerializer.SerializeToElement("**/*.[sS][qQ][lL]", LspJsonContext.Default.String));
        var registered = await RegisterAsync("watch the workspace's scripts", () => Connection.RequestAsync("client/registerCapability",
            new RegistrationParams([new Registration(ScriptWatchRegistrationId, WatchedFilesMethod, new RegistrationOptions(Watchers: [scripts]))])));
        if (!registered)
            _scriptWatchRegistered = false;
        else if (_scriptWatchRegistered)
            WorkspaceChanges.StartHolding();
    }

    /// <summary>
    /// Has a client that does not pull diagnostics stop watching the scripts for the server once the settings no longer
    /// ask for the workspace: it would tell of every script written for nothing. A client that pulls keeps the watch, for
    /// its workspace pulls to wait on whatever the settings say.
    /// </summary>
    private async Task UnregisterScriptWatchAsync()
    {
        if (!_scriptWatchRegistered || Client.PullDiagnostics || ReportsWorkspace)
            return;
        _scriptWatchRegistered = false;
        WorkspaceChanges.StopHolding();
        await RegisterAsync("stop watching the workspace's scripts", () => Connection.RequestAsync("client/unregisterCapability",
            new UnregistrationParams([new Unregistration(ScriptWatchRegistrationId, WatchedFilesMethod)])));
    }

    /// <summary>
    /// A file name as a glob that matches it alone: LSP's patterns read <c>*</c>, <c>?</c>, <c>[...]</c> and <c>{...}</c>
    /// and have no escape character, so each of those characters is a class of one (<c>catalog[prod].json</c> would match
    /// <c>catalogp.json</c>).
    /// </summary>
    private static string GlobLiteral(string name)
    {
        var glob = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
            glob.Append(c is '*' or '?' or '[' or '{' or '}' ? $"[{c}]" : c);
        return glob.ToString();
    }

    /// <summary>
    /// Asks to be told when the section changes: a client such as VS Code sends <c>workspace/didChangeConfiguration</c>
    /// only to a server that registers for it (or that its extension configures), and the server then pulls the section.
    /// </summary>
    private async Task RegisterConfigurationChangesAsync()
    {
        if (Client.ConfigurationChangeRegistration)
            await RegisterAsync("register for configuration changes", () => Connection.RequestAsync("client/registerCapability",
                new RegistrationParams([new Registration(ConfigurationChangesRegistrationId, "workspace/didChangeConfiguration",
                    new RegistrationOptions(Section: ServerSettings.Section))])));
    }

    /// <summary>Sends a registration; a client that refuses it or goes away is logged, not failed: the server serves on without it.</summary>
    private async Task<bool> RegisterAsync(string what, Func<Task> register)
    {
        try
        {
            await register();
            return true;
        }
        catch (Exception e) when (e is RemoteRpcException or OperationCanceledException)
        {
            Log.Warning($"could not {what}: {e.Message}");
            return false;
        }
    }
}
