using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Files;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>The settings: pulled or pushed, applied in arrival order, their problems shown once.</summary>
public sealed partial class LanguageServer
{
    /// <summary>
    /// Pulls the section, for each folder, when the client supports it, otherwise uses the pushed settings for all; applies
    /// them with the folders they are for.
    /// </summary>
    public async Task RefreshConfigurationAsync(JsonElement? pushed)
    {
        var request = ++_settingsRequests;
        var folders = _clientFolders;
        WorkspaceSettings? settings;
        if (Client.ConfigurationPull)
        {
            var pull = PullSettingsAsync(folders);
            // Folders added or removed wait for their settings, so that their open scripts are checked once, with them; a
            // client slow to answer has them checked with the settings in use meanwhile.
            if (!AreApplied(folders) && await Task.WhenAny(pull, Task.Delay(_configurationPatience)) != pull
                && request == _settingsRequests && IsRunning)
            {
                Log.Warning($"the client has not answered workspace/configuration within {_configurationPatience.TotalSeconds:0} seconds: the workspace folders' scripts are checked with the settings in use until it does");
                await ApplySettingsAsync(folders, _catalogs.Settings);
            }
            settings = await pull;
        }
        else
            settings = WorkspaceSettings.Of(ServerSettings.Parse(pushed, _initialSettings));
        // A client may answer two pulls out of order (each on its own thread): an answer to an older pull is stale.
        if (request != _settingsRequests)
            return;
        // Settings that could not be read leave those in use, and the folders change all the same (an added one has the
        // unscoped settings): no script waits for settings that will not come.
        if (settings is not null || !AreApplied(folders))
            await ApplySettingsAsync(folders, settings ?? _catalogs.Settings);
        // Settings that could not be read: the scripts are checked with those in use.
        _settingsReceived.TrySetResult();
    }

    /// <summary>
    /// Completes once the document at <paramref name="uri"/> is in the settings it is to be checked with: at startup once
    /// the client has given them (<see cref="SettingsReceived"/>); for a file that folders added or removed since put in
    /// another folder, once those folders are in use with their settings (or with those in use, for a client that cannot
    /// give them or has not in <see cref="_configurationPatience"/>), the change is undone or the server shuts down; at
    /// once for any other. Asked on the message queue, where the folders change.
    /// </summary>
    public Task SettingsReceivedFor(string uri) =>
        SettingsReceived.IsCompleted && !ChangesFolder(uri) ? Task.CompletedTask : SettingsReceivedForAsync(uri);

    private async Task SettingsReceivedForAsync(string uri)
    {
        // The waits keep to the message queue, where the folders change. A folder may change before the startup settings come.
        await SettingsReceived;
        while (IsRunning && ChangesFolder(uri))
            await _foldersChanged.Task;
    }

    /// <summary>Whether the client's folders put the file at <paramref name="uri"/> in another folder than the folders in use do.</summary>
    private bool ChangesFolder(string uri) =>
        !AreApplied(_clientFolders) && FileUris.ToPath(uri) is { } path
        && !FileUris.PathComparer.Equals(WorkspaceCatalogs.Innermost(Paths(_clientFolders), path), WorkspaceCatalogs.Innermost(_catalogs.Folders, path));

    /// <summary>The client's folders or those in use changed: the documents that wait for their folder's settings look again.</summary>
    private void FoldersChanged()
    {
        var changed = _foldersChanged;
        _foldersChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.SetResult();
    }

    private bool AreApplied(ImmutableArray<ClientFolder> folders) => Paths(folders).SequenceEqual(_catalogs.Folders, FileUris.PathComparer);

    /// <summary>Takes the folders and their settings: loads and drops catalogs, and moves the open documents they change.</summary>
    private async Task ApplySettingsAsync(ImmutableArray<ClientFolder> folders, WorkspaceSettings settings)
    {
        var (foldersBefore, before) = (_catalogs.Folders, _catalogs.Settings);
        var changes = _catalogs.Update(Paths(folders), settings);
        WorkspaceChanges.Changed();
        var after = _catalogs.Settings;
        var foldersChanged = !foldersBefore.SequenceEqual(_catalogs.Folders, FileUris.PathComparer);
        var workspaceReported = after.Unscoped.ReportsWorkspace != before.Unscoped.ReportsWorkspace;
        // Semantic tokens tell keywords from names by the words the configured release reserves.
        var releaseChanged = foldersBefore.Concat(_catalogs.Folders).Cast<string?>().Append(null)
            .Any(folder => after.For(folder).Options.Version != before.For(folder).Options.Version);
        if (workspaceReported && Client.PullDiagnostics)
            AskToRefresh("workspace/diagnostic/refresh");
        if (releaseChanged && Client.SemanticTokensRefresh)
            AskToRefresh("workspace/semanticTokens/refresh");
        ReportSettingsProblems();
        // Other folders may change which catalog files lie outside the folders the client watches, with no catalog loaded or dropped.
        var catalogsChanged = changes.Loaded.Count > 0 || changes.Dropped.Count > 0 || foldersChanged;
        if (catalogsChanged)
            ApplyCatalogChanges(changes);
        else if (changes.ContextsChanged)
            UpdateContexts();
        // The open scripts have moved to the settings: the diagnostics held for them go now, not after the client's
        // answers to the registration below.
        _settingsReceived.TrySetResult();
        if (foldersChanged)
            FoldersChanged();
        if (catalogsChanged)
        {
            await RegisterCatalogWatchAsync();
            await SendStatusAsync();
        }
        if (workspaceReported)
        {
            await RegisterScriptWatchAsync();
            await UnregisterScriptWatchAsync();
        }
    }

    /// <summary>
    /// Asks for the section in each folder's scope, named by the folder's URI as the client gave it (VS Code then applies
    /// the folder's own settings), and unscoped for the documents outside every folder. A folder answered with anything but
    /// settings has the unscoped ones, and those leave out what <c>initializationOptions</c> said
    /// (<see cref="ServerSettings.Parse(JsonElement?, ServerSettings)"/>).
    /// </summary>
    private async Task<WorkspaceSettings?> PullSettingsAsync(ImmutableArray<ClientFolder> folders)
    {
        try
        {
            var result = await Connection.RequestAsync<JsonElement[]?>("workspace/configuration", new ConfigurationParams(
                [.. folders.Select(folder => new ConfigurationItem(folder.Uri, ServerSettings.Section)), new ConfigurationItem(null, ServerSettings.Section)]));
            if (result is null)
            {
                Log.Warning("could not read the configuration: the client answered null, not a list of settings");
                return null;
            }
            var unscoped = ServerSettings.Parse(result.Length > folders.Length ? result[folders.Length] : null, _initialSettings);
            var byFolder = folders.Index()
                .Where(folder => folder.Index < result.Length && result[folder.Index].ValueKind == JsonValueKind.Object)
                .ToImmutableDictionary(folder => folder.Item.Path, folder => ServerSettings.Parse(result[folder.Index], unscoped), FileUris.PathComparer);
            return new WorkspaceSettings(unscoped, byFolder);
        }
        // A client that does not know the method, cancels the request or answers with anything but settings.
        catch (Exception e) when (e is RemoteRpcException or OperationCanceledException or JsonException)
        {
            Log.Warning($"could not read the configuration: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Logs the settings' problems and shows them once: a client re-sends its settings on every change, and one with no
    /// settings editor of its own (Neovim, Emacs) has nothing else to tell the user that a setting is ignored.
    /// </summary>
    private void ReportSettingsProblems()
    {
        var settings = _catalogs.Settings;
        // A folder's own problems are told with its name; those it shares with the unscoped settings once.
        var problems = settings.Unscoped.Problems.Concat(_catalogs.Folders.SelectMany(folder => settings.For(folder).Problems
            .Except(settings.Unscoped.Problems).Select(problem => $"{Path.GetFileName(folder)}: {problem}"))).Distinct().ToList();
        foreach (var problem in problems)
            Log.Warning($"settings: {problem}");
        var shown = string.Join("; ", problems);
        if (shown == _shownSettingsProblems)
            return;
        _shownSettingsProblems = shown;
        if (shown.Length > 0)
            _ = Connection.NotifyAsync("window/showMessage", new ShowMessageParams(MessageType.Warning, $"StarRocks Backup settings: {shown}"));
    }
}
