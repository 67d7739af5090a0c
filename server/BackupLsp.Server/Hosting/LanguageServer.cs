using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// The state of one client session: lifecycle, client capabilities, settings, catalog and open documents.
/// Its mutating methods run on the ordered message context, one at a time, in arrival order.
/// </summary>
public sealed class LanguageServer
{
    private const string CatalogWatchRegistrationId = "starrocksBackup.catalogWatch";
    private const string WatchedFilesMethod = "workspace/didChangeWatchedFiles";

    private enum Lifecycle { Uninitialized, Running, ShutDown }

    private readonly CatalogSource _catalog = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Lifecycle _lifecycle;
    private ImmutableArray<string> _folders = [];
    private ServerSettings _settings = ServerSettings.Default;
    private string? _watchedPattern;
    private string? _catalogDiagnosticsUri;

    public LanguageServer(ClientConnection connection, ServerLog log, DocumentAnalyzer analyzer, TimeSpan diagnosticsDelay)
    {
        Connection = connection;
        Log = log;
        Documents = new DocumentStore(analyzer);
        Diagnostics = new DiagnosticsPublisher(this, diagnosticsDelay);
    }

    public ClientConnection Connection { get; }

    public ServerLog Log { get; }

    public DocumentStore Documents { get; }

    public DiagnosticsPublisher Diagnostics { get; }

    public ClientFeatures Client { get; private set; } = ClientFeatures.None;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exit.Task;

    public void Initialize(InitializeParams request)
    {
        if (_lifecycle != Lifecycle.Uninitialized)
            throw new LocalRpcException("initialize may be sent only once") { ErrorCode = LspErrorCodes.InvalidRequest };
        Client = ClientFeatures.From(request.Capabilities);
        _folders = [.. (request.WorkspaceFolders?.Select(f => f.Uri) ?? [request.RootUri]).Select(FileUris.ToPath).OfType<string>()];
        _settings = ServerSettings.Parse(request.InitializationOptions);
        _lifecycle = Lifecycle.Running;
        ReportSettingsProblems();
        ReloadCatalog();
        UpdateContext();
    }

    /// <summary>After <c>initialized</c>: watch the catalog, fetch the configuration, announce the status.</summary>
    public async Task StartAsync()
    {
        await RegisterCatalogWatchAsync();
        await SendStatusAsync();
        if (Client.ConfigurationPull)
            await RefreshConfigurationAsync(null);
    }

    /// <summary>Pulls the section when the client supports it, otherwise uses the pushed settings.</summary>
    public async Task RefreshConfigurationAsync(JsonElement? pushed)
    {
        var settings = Client.ConfigurationPull ? await PullSettingsAsync() : ServerSettings.Parse(pushed);
        if (settings is null)
            return;
        var catalogMoved = settings.CatalogPath != _settings.CatalogPath;
        var optionsChanged = !settings.SameOptions(_settings);
        _settings = settings;
        ReportSettingsProblems();
        if (catalogMoved)
        {
            await RegisterCatalogWatchAsync();
            var reload = ReloadCatalog();
            await SendStatusAsync();
            if (reload.CatalogChanged)
                optionsChanged = true;
        }
        if (optionsChanged)
            UpdateContext();
    }

    /// <summary>Reloads the catalog after a watched file changed; re-analyses every open document when it did.</summary>
    public async Task OnWatchedFilesChangedAsync(IEnumerable<string> paths)
    {
        var candidates = CatalogSource.Candidates(_folders, _settings.CatalogPath);
        if (!paths.Any(path => candidates.Any(candidate => FileUris.SamePath(path, candidate))))
            return;
        var reload = ReloadCatalog();
        if (reload.CatalogChanged)
            UpdateContext();
        await SendStatusAsync();
    }

    public void Shutdown()
    {
        RequireRunning();
        _lifecycle = Lifecycle.ShutDown;
    }

    public void Exit() => _exit.TrySetResult(_lifecycle == Lifecycle.ShutDown ? 0 : 1);

    /// <summary>Between initialize and shutdown; notifications outside that window are dropped.</summary>
    public bool IsRunning => _lifecycle == Lifecycle.Running;

    /// <summary>Requests other than initialize are errors before it and after shutdown.</summary>
    public void RequireRunning()
    {
        if (_lifecycle == Lifecycle.Uninitialized)
            throw new LocalRpcException("the server has not been initialized") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        if (_lifecycle == Lifecycle.ShutDown)
            throw new LocalRpcException("the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
    }

    /// <summary>
    /// Runs a read request on the current snapshot of a document, off the ordered context so that reads run in
    /// parallel. <paramref name="whenNotOpen"/> answers for a document the client has not opened.
    /// </summary>
    public async Task<T> ReadAsync<T>(TextDocumentIdentifier? document, T whenNotOpen,
        Func<DocumentSnapshot, DocumentAnalysis, T> read, CancellationToken cancellationToken)
    {
        RequireRunning();
        if (document?.Uri is null)
            throw new LocalRpcException("textDocument.uri is required") { ErrorCode = LspErrorCodes.InvalidParams };
        if (Documents.Find(document.Uri) is not { } snapshot)
            return whenNotOpen;
        return await Task.Run(() =>
        {
            try
            {
                var analysis = snapshot.Analysis;
                cancellationToken.ThrowIfCancellationRequested();
                var result = read(snapshot, analysis);
                // A request cancelled while it was computed is answered as cancelled, not with its result.
                cancellationToken.ThrowIfCancellationRequested();
                return result;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.Error($"request failed on {snapshot.Uri} (version {snapshot.Version})", e);
                throw;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ServerSettings?> PullSettingsAsync()
    {
        try
        {
            var scope = _folders.IsEmpty ? null : new Uri(_folders[0]).AbsoluteUri;
            var result = await Connection.RequestAsync<JsonElement[]>("workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(scope, ServerSettings.Section)]));
            return ServerSettings.Parse(result.Length > 0 ? result[0] : null);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or JsonException)
        {
            Log.Warning($"could not read the configuration: {e.Message}");
            return null;
        }
    }

    private CatalogReload ReloadCatalog()
    {
        var reload = _catalog.Reload(_folders, _settings.CatalogPath);
        if (reload.Error is { } error)
        {
            Log.Error($"catalog: {error}" + (_catalog.Catalog is null ? "" : $" (still using the last good catalog from {_catalog.Path})"));
            _ = Connection.NotifyAsync("window/showMessage",
                new ShowMessageParams(MessageType.Error, $"StarRocks catalog: {error}"));
        }
        else if (reload.CatalogChanged && _catalog.Catalog is { } catalog)
        {
            Log.Info($"catalog: {_catalog.Path}: {Describe(catalog)}");
        }
        PublishCatalogDiagnostics();
        return reload;
    }

    /// <summary>
    /// A catalog file that fails to load gets its error as a diagnostic at the error's line and column, pushed
    /// whether or not the file is open (clients show it in their problem lists); a good load clears it.
    /// </summary>
    private void PublishCatalogDiagnostics()
    {
        var error = _catalog.FileError;
        var uri = error is { } located ? new Uri(located.Path).AbsoluteUri : null;
        if (_catalogDiagnosticsUri is { } previous && previous != uri)
            _ = Connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(previous, null, []));
        _catalogDiagnosticsUri = uri;
        if (uri is null || error is not { Error: var catalogError })
            return;
        var position = new Position(Math.Max(catalogError.Line - 1, 0), Math.Max(catalogError.Column - 1, 0));
        var message = catalogError.JsonPath is null ? catalogError.Message : $"{catalogError.Message} (at {catalogError.JsonPath})";
        _ = Connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null,
            [new Protocol.Diagnostic(new Protocol.Range(position, position), (int)DiagnosticSeverity.Error, "catalog", DiagnosticsReport.Source, message)]));
    }

    /// <summary>A new analysis context for the current settings and catalog, applied to every open document.</summary>
    private void UpdateContext()
    {
        var moved = Documents.SetContext(new AnalysisContext(_settings.Options, _catalog.Catalog));
        if (Client.PullDiagnostics)
        {
            if (Client.DiagnosticRefresh && !moved.IsEmpty)
                _ = Connection.RequestAsync("workspace/diagnostic/refresh", null).ContinueWith(t => Log.Warning($"diagnostic refresh failed: {t.Exception?.InnerException?.Message}"),
                    TaskContinuationOptions.OnlyOnFaulted);
            return;
        }
        foreach (var snapshot in moved)
            Diagnostics.Schedule(snapshot);
    }

    private async Task RegisterCatalogWatchAsync()
    {
        if (!Client.WatchedFilesRegistration)
            return;
        var fileName = Path.GetFileName(_settings.CatalogPath ?? CatalogLoader.DefaultFileName);
        var pattern = $"**/{fileName}";
        if (pattern == _watchedPattern)
            return;
        try
        {
            if (_watchedPattern is not null)
                await Connection.RequestAsync("client/unregisterCapability",
                    new UnregistrationParams([new Unregistration(CatalogWatchRegistrationId, WatchedFilesMethod)]));
            await Connection.RequestAsync("client/registerCapability", new RegistrationParams(
                [new Registration(CatalogWatchRegistrationId, WatchedFilesMethod,
                    new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher(pattern)]))]));
            _watchedPattern = pattern;
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException)
        {
            Log.Warning($"could not watch the catalog file: {e.Message}");
        }
    }

    private Task SendStatusAsync()
    {
        var catalog = _catalog.Catalog is { } c && _catalog.Path is { } path
            ? new CatalogStatus(path, c.Repositories?.Count ?? 0, c.Databases?.Count ?? 0, c.TableCount)
            : null;
        return Connection.NotifyAsync("starrocksBackup/status", new StatusParams(catalog, _catalog.Error));
    }

    private void ReportSettingsProblems()
    {
        foreach (var problem in _settings.Problems)
            Log.Warning($"settings: {problem}");
    }

    private static string Describe(StarRocksCatalog catalog) =>
        $"{catalog.Repositories?.Count ?? 0} repositories, {catalog.Databases?.Count ?? 0} databases, {catalog.TableCount} tables";
}
