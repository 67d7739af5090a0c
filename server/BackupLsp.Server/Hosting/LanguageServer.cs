using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Configuration;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Files;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Handlers.SemanticTokens;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// The state of one client session: lifecycle, client capabilities, settings, workspace catalogs and open documents.
/// Its mutating methods run on the ordered message context, one at a time, in arrival order.
/// </summary>
public sealed partial class LanguageServer : IDisposable
{
    private const string CatalogWatchRegistrationId = "starrocksBackup.catalogWatch";
    private const string ScriptWatchRegistrationId = "starrocksBackup.scriptWatch";
    private const string WatchedFilesMethod = "workspace/didChangeWatchedFiles";
    private const string ConfigurationChangesRegistrationId = "starrocksBackup.configurationChanges";

    private enum Lifecycle { Uninitialized, Running, ShutDown }

    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(1);

    private readonly WorkspaceCatalogs _catalogs = new();
    private readonly CatalogReporter _catalogReporter;
    private readonly CatalogFileWatcher _catalogFileWatcher;

    /// <summary>Whether the server watches the catalog files itself: the client cannot, or refused to, for it.</summary>
    private bool _watchingCatalogsItself;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan _clientProcessInterval;

    /// <summary>How long the server waits for the client's settings before it goes on with those in use (see <see cref="LanguageServerOptions.ConfigurationPatience"/>).</summary>
    private readonly TimeSpan _configurationPatience;

    /// <summary>The wait an empty catalog file is given to be written, when a change to it is told (see <see cref="LanguageServerOptions.EmptyCatalogSettle"/>).</summary>
    private readonly Func<Task> _emptyCatalogSettle;

    private readonly TaskCompletionSource _settingsReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed and replaced when the client's folders or those in use change (<see cref="SettingsReceivedFor"/>).</summary>
    private TaskCompletionSource _foldersChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientProcessWatch? _clientProcess;
    private Lifecycle _lifecycle;

    /// <summary>What <c>initializationOptions</c> said: the settings a configuration answer leaves out keep these.</summary>
    private ServerSettings _initialSettings = ServerSettings.Default;
    private string? _watchedPatterns;
    private bool _scriptWatchRegistered;
    private string _shownSettingsProblems = "";
    private int _settingsRequests;
    private CatalogChanges? _initialCatalogs;

    /// <summary>
    /// The workspace folders, each with its URI as the client spelled it: a client may compare a configuration item's
    /// <c>scopeUri</c> with its own string, which a URI made again from the path may spell otherwise (an escape's case, a
    /// character one leaves as it is and the other escapes).
    /// </summary>
    private ImmutableArray<ClientFolder> _clientFolders = [];

    /// <param name="messageQueue">The ordered context the client's messages are handled on.</param>
    public LanguageServer(ClientConnection connection, ServerLog log, SynchronizationContext messageQueue, LanguageServerOptions options)
    {
        Connection = connection;
        Log = log;
        _catalogReporter = new CatalogReporter(connection, log, OpenDocumentOfCatalog, () => Client.PullDiagnostics);
        _catalogFileWatcher = new CatalogFileWatcher(messageQueue, paths => IsRunning ? OnWatchedFilesChangedAsync(paths) : Task.CompletedTask, log);
        Documents = new DocumentStore(options.Analyzer ?? new DocumentAnalyzer(), _catalogs.ContextFor, messageQueue);
        Diagnostics = new DiagnosticsPublisher(this, messageQueue);
        AfterLargeOpen = options.AfterLargeOpen;
        LongestWorkspacePullHold = options.LongestWorkspacePullHold;
        _clientProcessInterval = options.ClientProcessInterval;
        _configurationPatience = options.ConfigurationPatience;
        _emptyCatalogSettle = options.EmptyCatalogSettle;
        Scripts = new WorkspaceScripts(log);
        WorkspaceDiagnostics = new WorkspaceScriptDiagnostics(log);
        WorkspacePublisher = new WorkspaceDiagnosticsPublisher(this);
        UnwatchedWorkspaceInterval = options.UnwatchedWorkspaceInterval;
    }

    public ClientConnection Connection { get; }

    public ServerLog Log { get; }

    /// <summary>Run once a large document's first diagnostics are written (see <see cref="DocumentOpening.LargeText"/>).</summary>
    public Action AfterLargeOpen { get; }

    public DocumentStore Documents { get; }

    public DiagnosticsPublisher Diagnostics { get; }

    public SemanticTokensResults SemanticTokenResults { get; } = new();

    /// <summary>The outlines of the workspace folders' scripts, for symbol search.</summary>
    public WorkspaceScripts Scripts { get; }

    /// <summary>The diagnostics of the workspace folders' scripts that are not open, for a workspace pull or the publisher's pushes.</summary>
    public WorkspaceScriptDiagnostics WorkspaceDiagnostics { get; }

    /// <summary>Publishes the workspace folders' diagnostics to a client that does not pull them.</summary>
    public WorkspaceDiagnosticsPublisher WorkspacePublisher { get; }

    /// <summary>How often the workspace's diagnostics are published again at the most, for a client that does not watch the scripts for the server (see <see cref="LanguageServerOptions.UnwatchedWorkspaceInterval"/>).</summary>
    public TimeSpan UnwatchedWorkspaceInterval { get; }

    /// <summary>What may change the answer to a workspace pull, which a pull with nothing new waits for.</summary>
    public WorkspaceChanges WorkspaceChanges { get; } = new();

    /// <summary>How long a workspace pull with nothing new waits at the most (see <see cref="LanguageServerOptions.LongestWorkspacePullHold"/>).</summary>
    public TimeSpan LongestWorkspacePullHold { get; }

    /// <summary>
    /// The workspace folders' paths as the client has them now, the first folder first: one just added is among them before
    /// its settings come, one just removed is not, as its scripts' outlines do not depend on the settings.
    /// </summary>
    public ImmutableArray<string> WorkspaceFolders => Paths(_clientFolders);

    public ClientFeatures Client { get; private set; } = ClientFeatures.None;

    /// <summary>
    /// The catalog files whose last read failed: their catalog in use is the last good one, whose places in the file may
    /// have moved since. Replaced whole, so that a request reads it while the catalogs change.
    /// </summary>
    public ImmutableHashSet<string> BrokenCatalogFiles { get; private set; } = [];

    /// <summary>
    /// The files of the catalogs in use, and those their links lead to, each with its catalog's file: a document at one of
    /// them is that catalog, as the server reads it from disk. Replaced whole, so that a request reads it while the
    /// catalogs change.
    /// </summary>
    private ImmutableDictionary<string, string> _catalogFiles = ImmutableDictionary.Create<string, string>(FileUris.PathComparer);

    /// <summary>
    /// Whether the document is a script to analyse: not a catalog file in use, nor one its client says is JSON. Any
    /// other language is the client's choice (SQL files come under many names: sql, mysql, plsql...).
    /// </summary>
    public bool IsScript(DocumentSnapshot snapshot) =>
        !snapshot.Opening.IsJson && !(FileUris.ToPath(snapshot.Uri) is { } path && _catalogFiles.ContainsKey(path));

    /// <summary>
    /// The folders whose scripts a workspace pull reports (none unless the settings ask for the workspace) and each
    /// script's analysis context, as they are now.
    /// </summary>
    public (ImmutableArray<string> Folders, Func<string, AnalysisContext> ContextOf) WorkspaceToReport() =>
        (ReportsWorkspace ? _catalogs.Folders : [], _catalogs.ContextsNow());

    /// <summary>Whether the settings ask for the diagnostics of the workspace's scripts that are not open (<c>diagnosticMode</c>).</summary>
    public bool ReportsWorkspace => _catalogs.Settings.Unscoped.ReportsWorkspace;

    /// <summary>
    /// Completes once the settings the client is asked for after <c>initialized</c> are in use (or could not be read), or
    /// <see cref="_configurationPatience"/> after <c>initialize</c> at most; from the start for a client that cannot be
    /// asked. The scripts' diagnostics wait for it: a client that gives its settings only when asked (as Neovim 0.11's
    /// <c>settings</c>) would otherwise be shown diagnostics of a catalog it does not use, until the next check.
    /// </summary>
    public Task SettingsReceived => _settingsReceived.Task;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exit.Task;

    public void Initialize(InitializeParams request)
    {
        Log.Connect(Connection);
        if (_lifecycle != Lifecycle.Uninitialized)
            throw new LocalRpcException("initialize may be sent only once") { ErrorCode = LspErrorCodes.InvalidRequest };
        Client = ClientFeatures.From(request.Capabilities, request.ClientInfo);
        _watchingCatalogsItself = !Client.WatchedFilesRegistration;
        _initialSettings = ServerSettings.Parse(request.InitializationOptions);
        _lifecycle = Lifecycle.Running;
        _clientProcess = ClientProcessWatch.Start(request.ProcessId, _clientProcessInterval, () => ClientGone(request.ProcessId!.Value), Log);
        // Reported after initialized: a catalog file's diagnostic may not reach the client before the initialize result.
        var root = request.RootUri ?? (request.RootPath is { } path && Path.IsPathFullyQualified(path) ? FileUris.FromPath(path) : null);
        // No folder reported (null, or an empty list): the root folder, if any.
        string?[]? folders = request.WorkspaceFolders?.OfType<WorkspaceFolder>().Select(f => f.Uri).ToArray();
        _clientFolders = ClientFolders(folders is { Length: > 0 } ? folders : [root]);
        _initialCatalogs = _catalogs.Update(Paths(_clientFolders), WorkspaceSettings.Of(_initialSettings));
        ReportSettingsProblems();
        if (Client.ConfigurationPull)
            _ = StopWaitingForSettingsAfterAsync(_configurationPatience);
        else
            _settingsReceived.TrySetResult();
    }

    /// <summary>A client slow or silent to answer (or one that never sends <c>initialized</c>) has its scripts checked with the settings in use meanwhile.</summary>
    private async Task StopWaitingForSettingsAfterAsync(TimeSpan patience)
    {
        await Task.Delay(patience);
        if (_settingsReceived.TrySetResult() && IsRunning)
            Log.Warning($"the client has not given its settings (workspace/configuration) within {patience.TotalSeconds:0} seconds of initialize: the open scripts are checked with the initializationOptions until it does");
    }

    /// <summary>
    /// After <c>initialized</c>, once: report the catalogs, watch them and the settings, fetch the configuration,
    /// announce the status. An <c>initialized</c> before initialize, or a second one, is ignored.
    /// </summary>
    public async Task StartAsync()
    {
        if (_initialCatalogs is not { } catalogs || !IsRunning)
            return;
        _initialCatalogs = null;
        // The settings the client is asked for may name other catalog files: the messages of these wait for them, or
        // for a while at most, so that a client slow or silent to answer still hears of a broken catalog.
        if (Client.ConfigurationPull)
        {
            _catalogReporter.HoldMessages();
            _ = ShowHeldCatalogMessagesAfterAsync(_configurationPatience);
        }
        ApplyCatalogChanges(catalogs);
        await RegisterCatalogWatchAsync();
        await RegisterScriptWatchAsync();
        _ = WorkspacePublisher.RunAsync();
        await RegisterConfigurationChangesAsync();
        await SendStatusAsync();
        if (Client.ConfigurationPull)
        {
            await RefreshConfigurationAsync(null);
            ShowHeldCatalogMessages();
        }
    }

    private async Task ShowHeldCatalogMessagesAfterAsync(TimeSpan delay)
    {
        await Task.Delay(delay);
        if (IsRunning)
            ShowHeldCatalogMessages();
    }

    /// <summary>The diagnostics of a catalog file that fails to load (or of the file its link leads to); none for any other file.</summary>
    public Protocol.Diagnostic[] CatalogFileDiagnostics(string uri) =>
        FileUris.ToPath(uri) is { } path ? _catalogReporter.DiagnosticsOf(_catalogFiles.GetValueOrDefault(path, path)) : [];

    private void ShowHeldCatalogMessages() => _catalogReporter.ShowHeld(source => _catalogs.Sources.Contains(source));

    /// <summary>Reloads the catalogs whose files changed; only the documents that use a changed catalog are re-analysed.</summary>
    public async Task OnWatchedFilesChangedAsync(IEnumerable<string> paths)
    {
        // A script may have changed on disk.
        WorkspaceChanges.Changed();
        var reloads = _catalogs.Reload(paths);
        if (reloads.Count == 0)
            return;
        // A file rewritten in place is truncated, then written: the change may be told in between. An empty catalog file is
        // read again a moment later before it is reported (a file left empty is reported then).
        if (reloads.Any(reload => reload.Source.LoadedState is { Exists: true, Length: 0 }))
        {
            await _emptyCatalogSettle();
            reloads = _catalogs.Reload(paths);
        }
        ApplyCatalogChanges(new CatalogChanges(reloads, []));
        // A link may lead elsewhere now.
        await RegisterCatalogWatchAsync();
        await SendStatusAsync();
    }

    /// <summary>
    /// Loads the catalogs of added folders, drops those of removed ones, and moves the documents they affect, once the
    /// folders' settings are pulled where the client can be asked for them (<see cref="RefreshConfigurationAsync"/>).
    /// </summary>
    public async Task OnWorkspaceFoldersChangedAsync(IEnumerable<string?> addedUris, IEnumerable<string?> removedUris)
    {
        var removed = Paths(ClientFolders(removedUris));
        _clientFolders = ClientFolders(_clientFolders.Where(folder => !removed.Contains(folder.Path, FileUris.PathComparer)).Concat(ClientFolders(addedUris)));
        // A folder removed while its settings were awaited: its scripts stop waiting for them.
        FoldersChanged();
        if (Client.ConfigurationPull)
            await RefreshConfigurationAsync(null);
        else
            await ApplySettingsAsync(_clientFolders, _catalogs.Settings);
    }

    /// <summary>
    /// Refuses the requests that come after it, then answers once those before it are, however long they take: every
    /// processed request gets its response, and a client exits the server after this answer. Each of them ends by itself
    /// (a held workspace pull is answered now, as is a request waiting for an added folder's settings; one waiting for
    /// the settings at startup stops waiting after its patience).
    /// </summary>
    public async Task ShutdownAsync()
    {
        RequireRunning();
        _lifecycle = Lifecycle.ShutDown;
        // A document still waiting for its folder's settings is answered as it is: no settings are applied from now on.
        FoldersChanged();
        _catalogFileWatcher.Dispose();
        WorkspaceChanges.StopHolding();
        // All but this request itself.
        await Connection.WhenAnswered(left: 1).ConfigureAwait(false);
    }

    public void Dispose()
    {
        WorkspacePublisher.Stop();
        _catalogFileWatcher.Dispose();
        _clientProcess?.Dispose();
    }

    /// <summary>The client's process is gone without <c>exit</c>: the server ends as after an exit without shutdown.</summary>
    private void ClientGone(int processId)
    {
        Log.Warning($"the client's process {processId} has ended: the server stops");
        _exit.TrySetResult(1);
    }

    /// <summary>Whether <c>exit</c> has come: the server ends once <see cref="ExitAsync"/> is done.</summary>
    public bool ExitRequested { get; private set; }

    /// <summary>
    /// Ends the server once the requests before <c>exit</c> are answered (a client that sends it right after shutdown,
    /// without waiting, still gets them), or after <see cref="ExitPatience"/> at most.
    /// </summary>
    public async Task ExitAsync()
    {
        ExitRequested = true;
        WorkspaceChanges.StopHolding();
        await Task.WhenAny(Connection.WhenAnswered(), Task.Delay(ExitPatience)).ConfigureAwait(false);
        _exit.TrySetResult(_lifecycle == Lifecycle.ShutDown ? 0 : 1);
    }

    /// <summary>Between initialize and shutdown; notifications outside that window are dropped.</summary>
    public bool IsRunning => _lifecycle == Lifecycle.Running;

    /// <summary>Requests other than initialize are errors before it and after shutdown.</summary>
    public void RequireRunning()
    {
        if (Refusal() is { } refusal)
            throw refusal;
    }

    /// <summary>The error any request but initialize gets now, whatever its method (an unknown one too); null while running.</summary>
    public LocalRpcException? Refusal() => _lifecycle switch
    {
        Lifecycle.Uninitialized => new LocalRpcException("the server has not been initialized") { ErrorCode = LspErrorCodes.ServerNotInitialized },
        Lifecycle.ShutDown => new LocalRpcException("the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest },
        _ => null,
    };

    private void ApplyCatalogChanges(CatalogChanges changes)
    {
        var scriptsBefore = Documents.All.Where(IsScript).Select(document => document.Uri).ToHashSet();
        // Before the reports: a catalog's diagnostic goes to the document open at its file.
        _catalogFiles = CatalogFilesNow();
        foreach (var source in changes.Dropped)
            _catalogReporter.Forget(source);
        foreach (var (source, reload) in changes.Loaded)
            _catalogReporter.Report(source, reload);
        // A document now at a catalog's file (a link that leads elsewhere), or no longer.
        _catalogReporter.ShowWhereSeen();
        BrokenCatalogFiles = _catalogs.Sources.Where(source => source.Error is not null).Select(source => source.Path).ToImmutableHashSet(FileUris.PathComparer);
        if (_watchingCatalogsItself)
            _catalogFileWatcher.Watch(_catalogs.Sources);
        // Told for the catalogs themselves, not only with the file change: one found empty is read again after a settle, after
        // the look that change woke.
        WorkspaceChanges.Changed();
        UpdateContexts(Documents.All.Where(document => IsScript(document) != scriptsBefore.Contains(document.Uri)).Select(document => document.Uri).ToHashSet(),
            catalogDocumentsChanged: changes.Loaded.Any(loaded => OpenDocumentOfCatalog(loaded.Source.Path) is not null));
    }

    /// <summary>
    /// The URI of an open document that is the catalog file at <paramref name="catalogPath"/> (or the file its link leads
    /// to), as the client spelled it; null when none is.
    /// </summary>
    private string? OpenDocumentOfCatalog(string catalogPath) =>
        Documents.All.Select(document => document.Uri).FirstOrDefault(uri =>
            FileUris.ToPath(uri) is { } path && _catalogFiles.TryGetValue(path, out var catalog) && FileUris.PathComparer.Equals(catalog, catalogPath));

    /// <summary>A document opened or closed: the catalog files' diagnostics go where the client should now see them.</summary>
    public void ShowCatalogDiagnosticsWhereSeen() => _catalogReporter.ShowWhereSeen();

    /// <summary>The files of the catalogs in use now, for <see cref="_catalogFiles"/>.</summary>
    private ImmutableDictionary<string, string> CatalogFilesNow()
    {
        var files = ImmutableDictionary.CreateBuilder<string, string>(FileUris.PathComparer);
        foreach (var source in _catalogs.Sources)
            files[source.Path] = source.Path;
        // A link to another catalog in use is that catalog.
        foreach (var source in _catalogs.Sources)
            if (FileLinks.FinalTarget(source.Path) is { } target)
                files.TryAdd(target, source.Path);
        return files.ToImmutable();
    }

    /// <summary>
    /// Moves each open document whose catalog or options changed to its new analysis context; the others keep
    /// their snapshots and are not analysed again, but for those <paramref name="reclassified"/>: documents that became a
    /// catalog file in use, or stopped being one, whose diagnostics and highlighting change with the context or not.
    /// <paramref name="catalogDocumentsChanged"/>: a catalog file open as a document was read again, and a client that
    /// pulls its diagnostics must pull them again.
    /// </summary>
    private void UpdateContexts(IReadOnlySet<string>? reclassified = null, bool catalogDocumentsChanged = false)
    {
        var moved = Documents.UpdateContexts();
        if (reclassified is { Count: > 0 })
        {
            moved = [.. moved, .. Documents.All.Where(document => reclassified.Contains(document.Uri) && !moved.Any(m => m.Uri == document.Uri))];
            if (Client.SemanticTokensRefresh)
                AskToRefresh("workspace/semanticTokens/refresh");
        }
        // The hints show each statement's session database, which a new catalog's default may change.
        if (Client.InlayHintRefresh && !moved.IsEmpty)
            AskToRefresh("workspace/inlayHint/refresh");
        if (Client.PullDiagnostics)
        {
            // The workspace's scripts that are not open moved too.
            if (!moved.IsEmpty || catalogDocumentsChanged || _catalogs.Settings.Unscoped.ReportsWorkspace)
                AskToRefresh("workspace/diagnostic/refresh");
            return;
        }
        foreach (var snapshot in moved)
            Diagnostics.Schedule(snapshot);
    }

    /// <summary>Asks the client to request a feature's results again; a failure is only logged.</summary>
    private void AskToRefresh(string method) =>
        _ = Connection.RequestAsync(method, null).ContinueWith(t => Log.Warning($"{method} failed: {t.Exception?.InnerException?.Message}"),
            TaskContinuationOptions.OnlyOnFaulted);

    /// <summary>
    /// The status lists every catalog in use: the VS Code extension shows the one of the active editor's folder (of the
    /// first folder, for an editor outside every folder). Only to a client that declares it takes it (the VS Code
    /// extension): to others it is an unknown notification.
    /// </summary>
    private Task SendStatusAsync()
    {
        if (!Client.StatusNotifications)
            return Task.CompletedTask;
        CatalogFileStatus[] catalogs = [.. _catalogs.Sources.OrderBy(source => source.Path, StringComparer.Ordinal)
            .Select(source => new CatalogFileStatus(source.Path, StatusOf(source), source.Error))];
        return Connection.NotifyAsync("starrocksBackup/status", new StatusParams(catalogs));
    }

    private static CatalogStatus? StatusOf(CatalogSource source) =>
        source.Catalog is { } c ? new CatalogStatus(source.Path, c.Repositories?.Count ?? 0, c.Databases?.Count ?? 0, c.TableCount) : null;

    /// <summary>A workspace folder's path, and its URI as the client gave it.</summary>
    private readonly record struct ClientFolder(string Path, string Uri);

    /// <summary>The folders of the <c>file:</c> URIs among <paramref name="uris"/>, each once (the first of its spellings).</summary>
    private static ImmutableArray<ClientFolder> ClientFolders(IEnumerable<string?> uris) =>
        ClientFolders(uris.Select(uri => FileUris.ToFolderPath(uri) is { } path ? new ClientFolder(path, uri!) : (ClientFolder?)null).OfType<ClientFolder>());

    private static ImmutableArray<ClientFolder> ClientFolders(IEnumerable<ClientFolder> folders) => [.. folders.DistinctBy(folder => folder.Path, FileUris.PathComparer)];

    private static ImmutableArray<string> Paths(ImmutableArray<ClientFolder> folders) => [.. folders.Select(folder => folder.Path)];
}
