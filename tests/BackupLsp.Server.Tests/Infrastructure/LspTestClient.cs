using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using BackupLsp.Server.Hosting;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// An LSP client talking to an in-process server over a full-duplex stream pair. It records what the server
/// sends and answers the server's requests (configuration from <see cref="Settings"/>, registrations).
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>
    /// The limit of a wait for the server's answer, a notification or a log line: only a server that hangs reaches it.
    /// Generous, as the first requests of a test run compile the server's code, many times slower on a loaded machine.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The limit of a wait on work that grows with a large script and slows down with the machine's load (its analysis, a
    /// full collection): only a server that hangs, not a busy machine, reaches it.
    /// </summary>
    public static readonly TimeSpan LargeWorkTimeout = TimeSpan.FromMinutes(3);

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly ClientTarget _target = new();
    private readonly Func<string> _stderr;

    public LspTestClient(Stream toServer, Stream fromServer, Task<int> serverExit, Func<string> stderr, int? serverProcessId = null)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _stderr = stderr;
        ServerExit = serverExit;
        ServerProcessId = serverProcessId;
        var target = _target;
        var formatter = new SystemTextJsonFormatter();
        _answers = new AnswerOrderRecorder(new HeaderDelimitedMessageHandler(toServer, fromServer, formatter));
        Rpc = _answers;
        Rpc.AddLocalRpcTarget(target);
        Rpc.StartListening();
    }

    public JsonRpc Rpc { get; }

    private readonly AnswerOrderRecorder _answers;

    /// <summary>The methods of this client's requests, in the order the server's answers to them were read.</summary>
    public IEnumerable<string> AnsweredMethods => _answers.AnsweredMethods;

    public Task<int> ServerExit { get; }

    /// <summary>The server's process, when it runs in one of its own (a launched executable).</summary>
    public int? ServerProcessId { get; }

    /// <summary>What <c>workspace/configuration</c> answers for the <c>starrocksBackup</c> section.</summary>
    public JsonElement Settings
    {
        get => _target.Settings;
        set => _target.Settings = value;
    }

    /// <summary>
    /// What <c>workspace/configuration</c> answers for an item scoped to a folder (keyed by its path) instead of
    /// <see cref="Settings"/>, as VS Code does with a folder's own settings; a JSON <c>null</c> answers null for it.
    /// </summary>
    public ConcurrentDictionary<string, JsonElement> FolderSettings => _target.FolderSettings;

    /// <summary>The items of each <c>workspace/configuration</c> request answered with settings, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> ConfigurationItems => _target.ConfigurationItems;

    /// <summary>How <c>workspace/configuration</c> is answered: with <see cref="Settings"/>, or as a client whose settings cannot be read.</summary>
    public ConfigurationAnswer ConfigurationAnswer
    {
        get => _target.ConfigurationAnswer;
        set => _target.ConfigurationAnswer = value;
    }

    /// <summary>
    /// Holds the answer to the next <c>workspace/configuration</c> request (taken with the settings of its arrival)
    /// until <paramref name="release"/> completes; the task returned completes when that request arrives.
    /// </summary>
    public Task HoldNextConfiguration(Task release) => _target.HoldNextConfiguration(release);

    public ConcurrentQueue<JsonElement> LogMessages => _target.LogMessages;

    public ConcurrentQueue<JsonElement> ShowMessages => _target.ShowMessages;

    public ConcurrentQueue<JsonElement> Registrations => _target.Registrations;

    public ConcurrentQueue<JsonElement> Unregistrations => _target.Unregistrations;

    public int DiagnosticRefreshes => _target.DiagnosticRefreshes;

    public bool RefuseRegistrations
    {
        get => _target.RefuseRegistrations;
        set => _target.RefuseRegistrations = value;
    }

    /// <summary>How many <c>workspace/configuration</c> requests have been answered with <see cref="Settings"/> (each taken as it was then).</summary>
    public int ConfigurationAnswers => _target.ConfigurationAnswers;

    public int InlayHintRefreshes => _target.InlayHintRefreshes;

    public int SemanticTokensRefreshes => _target.SemanticTokensRefreshes;

    public string ServerStderr => _stderr();

    public static Task<LspTestClient> StartAsync() => StartAsync(PushCapabilities());

    /// <summary>
    /// Options for a server in the test process: its full collection after a large open would stop every test running
    /// beside it, so it does nothing here (the stdio tests run the real one, each server in a process of its own).
    /// </summary>
    public static LanguageServerOptions InProcessOptions() => new() { AfterLargeOpen = static () => { } };

    /// <summary>Starts a server without initializing it.</summary>
    public static LspTestClient Connect(LanguageServerOptions? options = null)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var stderr = new StringWriter();
        var serverTask = Task.Run(() => LanguageServerHost.RunAsync(server, server, stderr,
            options ?? InProcessOptions()));
        return new LspTestClient(client, client, serverTask, () =>
        {
            lock (stderr)
                return stderr.ToString();
        });
    }

    public static async Task<LspTestClient> StartAsync(object capabilities, string? rootPath = null, object? initializationOptions = null)
    {
        var client = Connect();
        await client.InitializeAsync(capabilities, rootPath, initializationOptions);
        return client;
    }

    /// <summary>Starts a server over several workspace folders; the first is also the root.</summary>
    public static async Task<LspTestClient> StartWithFoldersAsync(object capabilities, params string[] folders)
    {
        var client = Connect();
        await client.InitializeAsync(capabilities, folders, null);
        return client;
    }

    /// <summary>Initializes over several workspace folders (the first is also the root), once the client is set up.</summary>
    public Task<JsonElement> InitializeWithFoldersAsync(object capabilities, params string[] folders) =>
        InitializeAsync(capabilities, folders, null);

    public Task<JsonElement> InitializeAsync(object capabilities, string? rootPath = null, object? initializationOptions = null) =>
        InitializeAsync(capabilities, rootPath is null ? [] : [rootPath], initializationOptions);

    private async Task<JsonElement> InitializeAsync(object capabilities, IReadOnlyList<string> folders, object? initializationOptions)
    {
        var result = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = folders.Count == 0 ? null : new Uri(folders[0]).AbsoluteUri,
            workspaceFolders = folders.Count == 0 ? null : folders.Select(Folder).ToArray(),
            capabilities,
            initializationOptions,
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    /// <summary>A workspace folder as LSP sends it.</summary>
    public static object Folder(string path) => new { uri = new Uri(path).AbsoluteUri, name = Path.GetFileName(path) };

    /// <summary>
    /// A client that takes pushed diagnostics, Markdown, snippets, hierarchical symbols, code action literals and the
    /// server's status notification.
    /// </summary>
    public static object PushCapabilities(bool configuration = false, bool watchedFiles = false) => new
    {
        experimental = StatusCapability,
        workspace = new
        {
            configuration,
            didChangeWatchedFiles = new { dynamicRegistration = watchedFiles },
            symbol = new { symbolKind = new { valueSet = AllKinds(26) } },
        },
        textDocument = new
        {
            hover = new { contentFormat = new[] { "markdown", "plaintext" } },
            completion = new
            {
                completionItem = new { snippetSupport = true, documentationFormat = new[] { "markdown" } },
                completionItemKind = new { valueSet = AllKinds(25) },
            },
            documentSymbol = new { hierarchicalDocumentSymbolSupport = true, symbolKind = new { valueSet = AllKinds(26) } },
            rename = new { prepareSupport = true },
            codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix", "source" } } } },
        },
    };

    /// <summary>The experimental capability that asks for the server's status notification.</summary>
    public static readonly object StatusCapability = new { starrocksBackupStatus = true };

    /// <summary>A kind value set as VS Code declares it: every kind LSP 3.17 numbers, 1 to <paramref name="last"/>.</summary>
    private static int[] AllKinds(int last) => [.. Enumerable.Range(1, last)];

    /// <summary>A client that pulls diagnostics and can be asked to pull again, as VS Code; one that watches files for the server too, as VS Code, with <paramref name="watchedFiles"/>.</summary>
    public static object PullCapabilities(bool watchedFiles = false) => new
    {
        workspace = new { diagnostics = new { refreshSupport = true }, configuration = true, didChangeWatchedFiles = new { dynamicRegistration = watchedFiles } },
        textDocument = new { diagnostic = new { dynamicRegistration = false } },
    };

    /// <summary>The answer, within <see cref="Timeout"/> unless <paramref name="timeout"/> says otherwise.</summary>
    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(timeout ?? Timeout, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task OpenAsync(string uri, string text, int version = 1, string languageId = "sql") =>
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public async Task ChangeAsync(string uri, int version, params object[] contentChanges) =>
        await NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges });

    /// <summary>
    /// The next diagnostics published for <paramref name="uri"/> with at least <paramref name="version"/>, within
    /// <see cref="Timeout"/> unless <paramref name="within"/> says otherwise.
    /// </summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int? version = null, TimeSpan? within = null)
    {
        var reader = _target.Diagnostics(uri).Reader;
        using var timeout = new CancellationTokenSource(within ?? Timeout);
        while (true)
        {
            var published = await reader.ReadAsync(timeout.Token);
            var publishedVersion = published.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : (int?)null;
            if (version is null || publishedVersion is null || publishedVersion >= version)
                return published.GetProperty("diagnostics");
        }
    }

    /// <summary>The next publish for <paramref name="uri"/>, whole (its version too), within <see cref="Timeout"/>.</summary>
    public async Task<JsonElement> NextPublishAsync(string uri)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _target.Diagnostics(uri).Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next <c>client/registerCapability</c>'s params not read yet, in the order they came (a timeout fails the test).</summary>
    public async Task<JsonElement> NextRegistrationAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _target.RegistrationsTold.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next <c>client/unregisterCapability</c>'s params not read yet, in the order they came (a timeout fails the test).</summary>
    public async Task<JsonElement> NextUnregistrationAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _target.UnregistrationsTold.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>How many publishes for <paramref name="uri"/> arrived and were not read yet.</summary>
    public int UnreadPublishes(string uri) => _target.Diagnostics(uri).Reader.Count;

    /// <summary>
    /// The first published diagnostics that satisfy <paramref name="condition"/>: for changes that re-publish a
    /// version whose earlier publishes may still be queued.
    /// </summary>
    public async Task<JsonElement> DiagnosticsWhenAsync(string uri, Func<JsonElement, bool> condition)
    {
        while (true)
        {
            var diagnostics = await DiagnosticsAsync(uri);
            if (condition(diagnostics))
                return diagnostics;
        }
    }

    /// <summary>Whether any diagnostics for <paramref name="uri"/> arrive within <paramref name="wait"/>.</summary>
    public async Task<bool> ReceivesDiagnosticsAsync(string uri, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            await _target.Diagnostics(uri).Reader.WaitToReadAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task<JsonElement> StatusAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _target.Statuses.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The one catalog file in use as the next status lists it: its path, the catalog read from it (or null) and its error.</summary>
    public async Task<JsonElement> CatalogStatusAsync() => Assert.Single((await StatusAsync()).GetProperty("catalogs").EnumerateArray());

    /// <summary>How many status notifications arrived and were not read yet.</summary>
    public int UnreadStatuses => _target.Statuses.Reader.Count;

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await ServerExit.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!ServerExit.IsCompleted)
        {
            try
            {
                await NotifyAsync("exit", null);
                await ServerExit.WaitAsync(Timeout);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or TimeoutException)
            {
                // The test already ended the connection.
            }
        }
        Rpc.Dispose();
        await _toServer.DisposeAsync();
        await _fromServer.DisposeAsync();
    }

    public sealed class ClientTarget
    {
        private readonly ConcurrentDictionary<string, Channel<JsonElement>> _diagnostics = new();
        private int _diagnosticRefreshes;
        private int _configurationAnswers;
        private int _inlayHintRefreshes;
        private int _semanticTokensRefreshes;
        private ConfigurationHold? _configurationHold;

        private sealed record ConfigurationHold(TaskCompletionSource Arrived, Task Release);

        public JsonElement Settings { get; set; } = JsonDocument.Parse("{}").RootElement;

        public ConcurrentDictionary<string, JsonElement> FolderSettings { get; } = new();

        public ConcurrentQueue<JsonElement> ConfigurationItems { get; } = new();

        public ConcurrentQueue<JsonElement> LogMessages { get; } = new();

        public ConcurrentQueue<JsonElement> ShowMessages { get; } = new();

        public ConcurrentQueue<JsonElement> Registrations { get; } = new();

        public Channel<JsonElement> RegistrationsTold { get; } = Channel.CreateUnbounded<JsonElement>();

        public Channel<JsonElement> Statuses { get; } = Channel.CreateUnbounded<JsonElement>();

        public int DiagnosticRefreshes => Volatile.Read(ref _diagnosticRefreshes);

        public int ConfigurationAnswers => Volatile.Read(ref _configurationAnswers);

        public int InlayHintRefreshes => Volatile.Read(ref _inlayHintRefreshes);

        public int SemanticTokensRefreshes => Volatile.Read(ref _semanticTokensRefreshes);

        public Channel<JsonElement> Diagnostics(string uri) => _diagnostics.GetOrAdd(uri, _ => Channel.CreateUnbounded<JsonElement>());

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) =>
            Diagnostics(parameters.GetProperty("uri").GetString()!).Writer.TryWrite(parameters.Clone());

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement parameters) => LogMessages.Enqueue(parameters.Clone());

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public void ShowMessage(JsonElement parameters) => ShowMessages.Enqueue(parameters.Clone());

        [JsonRpcMethod("starrocksBackup/status", UseSingleObjectParameterDeserialization = true)]
        public void Status(JsonElement parameters) => Statuses.Writer.TryWrite(parameters.Clone());

        public Task HoldNextConfiguration(Task release)
        {
            var hold = new ConfigurationHold(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), release);
            _configurationHold = hold;
            return hold.Arrived.Task;
        }

        public ConfigurationAnswer ConfigurationAnswer { get; set; }

        [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
        public async Task<JsonElement[]?> Configuration(JsonElement parameters)
        {
            if (ConfigurationAnswer == ConfigurationAnswer.Error)
                throw new LocalRpcException("the settings cannot be read") { ErrorCode = -32603 };
            if (ConfigurationAnswer == ConfigurationAnswer.MethodNotFound)
                throw new LocalRpcException("workspace/configuration is not supported") { ErrorCode = -32601 };
            if (ConfigurationAnswer == ConfigurationAnswer.Null)
                return null;
            var items = parameters.GetProperty("items");
            ConfigurationItems.Enqueue(items.Clone());
            JsonElement[] answer = [.. items.EnumerateArray().Select(item =>
                item.TryGetProperty("scopeUri", out var scope) && scope.GetString() is { } uri && FolderSettings.TryGetValue(new Uri(uri).LocalPath, out var folder)
                    ? folder : Settings)];
            Interlocked.Increment(ref _configurationAnswers);
            if (Interlocked.Exchange(ref _configurationHold, null) is { } hold)
            {
                hold.Arrived.SetResult();
                await hold.Release;
            }
            return answer;
        }

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(JsonElement parameters)
        {
            Registrations.Enqueue(parameters.Clone());
            RegistrationsTold.Writer.TryWrite(parameters.Clone());
            if (RefuseRegistrations)
                throw new LocalRpcException("registrations are not supported") { ErrorCode = -32601 };
            return null;
        }

        /// <summary>Whether <c>client/registerCapability</c> is answered with an error, as by a client that declared more than it does.</summary>
        public bool RefuseRegistrations { get; set; }

        public ConcurrentQueue<JsonElement> Unregistrations { get; } = new();

        public Channel<JsonElement> UnregistrationsTold { get; } = Channel.CreateUnbounded<JsonElement>();

        [JsonRpcMethod("client/unregisterCapability", UseSingleObjectParameterDeserialization = true)]
        public object? UnregisterCapability(JsonElement parameters)
        {
            Unregistrations.Enqueue(parameters.Clone());
            UnregistrationsTold.Writer.TryWrite(parameters.Clone());
            return null;
        }

        [JsonRpcMethod("workspace/diagnostic/refresh")]
        public object? RefreshDiagnostics()
        {
            Interlocked.Increment(ref _diagnosticRefreshes);
            return null;
        }

        [JsonRpcMethod("workspace/inlayHint/refresh")]
        public object? RefreshInlayHints()
        {
            Interlocked.Increment(ref _inlayHintRefreshes);
            return null;
        }

        [JsonRpcMethod("workspace/semanticTokens/refresh")]
        public object? RefreshSemanticTokens()
        {
            Interlocked.Increment(ref _semanticTokensRefreshes);
            return null;
        }
    }
}

/// <summary>How the test client answers <c>workspace/configuration</c>.</summary>
public enum ConfigurationAnswer
{
    Settings,
    Error,
    /// <summary>As a client that declared the capability but has no handler for the request.</summary>
    MethodNotFound,
    Null,
}
