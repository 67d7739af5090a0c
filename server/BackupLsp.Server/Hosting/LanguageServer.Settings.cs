using System.Text.Json;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>The settings: pulled or pushed, applied in arrival order, their problems shown once.</summary>
public sealed partial class LanguageServer
{
    /// <summary>Pulls the section when the client supports it, otherwise uses the pushed settings.</summary>
    public async Task RefreshConfigurationAsync(JsonElement? pushed)
    {
        var request = ++_settingsRequests;
        var settings = Client.ConfigurationPull ? await PullSettingsAsync() : ServerSettings.Parse(pushed, _initialSettings);
        // A client may answer two pulls out of order (each on its own thread): an answer to an older pull is stale.
        if (settings is null || request != _settingsRequests)
            return;
        var catalogMoved = settings.CatalogPath != _settings.CatalogPath;
        var optionsChanged = !settings.SameOptions(_settings);
        var workspaceReported = settings.ReportsWorkspace != _settings.ReportsWorkspace;
        // Semantic tokens tell keywords from names by the words the configured release reserves.
        var releaseChanged = settings.Options.Version != _settings.Options.Version;
        _settings = settings;
        if (workspaceReported && Client.DiagnosticRefresh)
            AskToRefresh("workspace/diagnostic/refresh");
        if (releaseChanged && Client.SemanticTokensRefresh)
            AskToRefresh("workspace/semanticTokens/refresh");
        ReportSettingsProblems();
        if (optionsChanged)
            _catalogs.SetOptions(settings.Options);
        if (catalogMoved)
        {
            ApplyCatalogChanges(_catalogs.Update(_catalogs.Folders, settings.CatalogPath));
            await RegisterCatalogWatchAsync();
            await SendStatusAsync();
        }
        else if (optionsChanged)
        {
            UpdateContexts();
        }
    }

    private async Task<ServerSettings?> PullSettingsAsync()
    {
        try
        {
            // One section for the whole workspace, read in the first folder's scope: folders share the settings,
            // only their catalog files differ.
            var scope = _catalogs.Folders.IsEmpty ? null : new Uri(_catalogs.Folders[0]).AbsoluteUri;
            var result = await Connection.RequestAsync<JsonElement[]?>("workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(scope, ServerSettings.Section)]));
            if (result is null)
            {
                Log.Warning("could not read the configuration: the client answered null, not a list of settings");
                return null;
            }
            return ServerSettings.Parse(result.Length > 0 ? result[0] : null, _initialSettings);
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
        foreach (var problem in _settings.Problems)
            Log.Warning($"settings: {problem}");
        var shown = string.Join("; ", _settings.Problems);
        if (shown == _shownSettingsProblems)
            return;
        _shownSettingsProblems = shown;
        if (shown.Length > 0)
            _ = Connection.NotifyAsync("window/showMessage", new ShowMessageParams(MessageType.Warning, $"StarRocks Backup settings: {shown}"));
    }
}
