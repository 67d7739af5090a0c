using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Handlers.CodeAction;
using BackupLsp.Server.Handlers.Completion;
using BackupLsp.Server.Handlers.Definition;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Handlers.DocumentHighlight;
using BackupLsp.Server.Handlers.DocumentSymbol;
using BackupLsp.Server.Handlers.FoldingRange;
using BackupLsp.Server.Handlers.Hover;
using BackupLsp.Server.Handlers.InlayHint;
using BackupLsp.Server.Handlers.Lifecycle;
using BackupLsp.Server.Handlers.References;
using BackupLsp.Server.Handlers.Rename;
using BackupLsp.Server.Handlers.SelectionRange;
using BackupLsp.Server.Handlers.SemanticTokens;
using BackupLsp.Server.Handlers.SignatureHelp;
using BackupLsp.Server.Handlers.TextDocumentSync;
using BackupLsp.Server.Handlers.Workspace;
using BackupLsp.Server.Handlers.WorkspaceSymbol;
using BackupLsp.Server.Protocol;
using BackupLsp.Server.Transport;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>How the server is put together: what tests replace.</summary>
public sealed record LanguageServerOptions
{
    public static readonly LanguageServerOptions Default = new();

    /// <summary>The analyser every document is analysed with; a new one when null (tests give one that fails on purpose).</summary>
    public DocumentAnalyzer? Analyzer { get; init; }

    /// <summary>
    /// What runs once a large document's first diagnostics are written (see <see cref="DocumentOpening.LargeText"/>): a full
    /// collection; tests count the calls instead.
    /// </summary>
    public Action AfterLargeOpen { get; init; } = static () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>How often the client's process is looked for (see <see cref="ClientProcessWatch"/>).</summary>
    public TimeSpan ClientProcessInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a workspace pull with nothing new waits for a change at the most before it is answered: a change the
    /// client's watch does not tell (a folder its <c>files.watcherExclude</c> leaves out, a watch the system ran out of)
    /// shows within that time, for one walk of the workspace a minute rather than one every two seconds.
    /// </summary>
    public TimeSpan LongestWorkspacePullHold { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a client that is pushed the workspace's diagnostics and does not watch the scripts for the server (Neovim
    /// on Linux) waits at the most for a change to a script that is not open, as a checkout makes: the workspace is looked
    /// at again after every document opened or closed and every change of the settings or a catalog, and after this time
    /// at the most otherwise. One look of an unchanged workspace reads each folder's and script's time of last write.
    /// </summary>
    public TimeSpan UnwatchedWorkspaceInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the settings asked of the client (<c>workspace/configuration</c>) are waited for, at startup and for a
    /// folder added, before the scripts are checked with the settings in use: no client waits longer for diagnostics.
    /// </summary>
    public TimeSpan ConfigurationPatience { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The wait a catalog file told changed and found empty is given to be written before it is read again: a file
    /// rewritten in place is truncated, then written, and the change may be told in between. Tests end it when they have
    /// written the file.
    /// </summary>
    public Func<Task> EmptyCatalogSettle { get; init; } = static () => Task.Delay(TimeSpan.FromMilliseconds(300));
}

/// <summary>Serves LSP over a pair of streams: StreamJsonRpc with LSP's header framing and System.Text.Json.</summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves standard input and output (<c>--stdio</c> is accepted and implied; the client's process id on the command line
    /// is let through, and the one <c>initialize</c> gives is watched); returns the exit code.
    /// </summary>
    public static async Task<int> RunStdioAsync()
    {
        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        return await RunAsync(StandardInput.ReadOnOwnThread(input), output, Console.Error);
    }

    /// <summary>How long the requests still running at the end of the input have to answer.</summary>
    private static readonly TimeSpan AnswersPatience = TimeSpan.FromSeconds(5);

    /// <summary>How long a message being written when the server ends has to be written whole (a client that reads it).</summary>
    private static readonly TimeSpan OutputPatience = TimeSpan.FromSeconds(2);

    /// <summary>Serves until the client sends <c>exit</c> (0 after <c>shutdown</c>, else 1) or closes the connection (1).</summary>
    public static Task<int> RunAsync(Stream input, Stream output, TextWriter stderr, LanguageServerOptions? options = null) =>
        RunAsync(PipeReader.Create(input), output, stderr, options);

    private static async Task<int> RunAsync(PipeReader input, Stream output, TextWriter stderr, LanguageServerOptions? options = null)
    {
        var log = new ServerLog(stderr);
        var ordered = new OrderedSynchronizationContext(e => log.Error("a message handler failed", e));
        var sanitized = new Pipe(new PipeOptions(pool: new FrameMemoryPool()));
        var awaited = new AwaitedResponses();
        var inbound = new InboundRequests();
        var formatter = LspFormatter();
        var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(output), sanitized.Reader, formatter);
        LanguageServer? server = null;
        using var rpc = new LspJsonRpc(handler, awaited, inbound)
        {
            SynchronizationContext = ordered,
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
            Refusal = () => server?.Refusal(),
        };
        // Errors only, one line each: a request that cannot be read is answered with an error; its stack trace is noise.
        rpc.TraceSource = new TraceSource("backup-lsp", SourceLevels.Error);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new OneLineTraceListener(stderr));

        var connection = new ClientConnection(rpc);
        options ??= LanguageServerOptions.Default;
        server = new LanguageServer(connection, log, ordered, options);
        // The end of the input is handled in order, after the messages before it; the connection closes once their
        // requests are answered (a few seconds at most: a client that went away waits for nothing), or once an exit among
        // them has ended the server.
        var endOfInput = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rpc.AddLocalRpcMethod(MessageSanitizer.EndOfInputMethod, new Action(() =>
        {
            // A workspace pull held for a change would keep the end waiting: it is answered now.
            server.WorkspaceChanges.StopHolding();
            endOfInput.TrySetResult();
        }));
        var sanitizer = new MessageSanitizer(input, sanitized.Writer, log, awaited, inbound, async () =>
        {
            await Task.WhenAny(endOfInput.Task, server.Exited, rpc.Completion).ConfigureAwait(false);
            Task answered = server.ExitRequested ? server.Exited : Task.WhenAny(rpc.WhenAnswered(), Task.Delay(AnswersPatience));
            await Task.WhenAny(answered, rpc.Completion).ConfigureAwait(false);
        });
        Register(rpc, new InitializeHandler(server, () => FirstRequestWarmUp.Start(formatter.JsonSerializerOptions, log)));
        Register(rpc, new ShutdownHandler(server));
        Register(rpc, new TextDocumentSyncHandler(server));
        Register(rpc, new RefusalHandler(connection));
        Register(rpc, new WorkspaceHandler(server));
        Register(rpc, new PullDiagnosticsHandler(server));
        Register(rpc, new WorkspaceDiagnosticsHandler(server));
        Register(rpc, new CompletionHandler(server));
        Register(rpc, new HoverHandler(server));
        Register(rpc, new SignatureHelpHandler(server));
        Register(rpc, new DefinitionHandler(server));
        Register(rpc, new ReferencesHandler(server));
        Register(rpc, new DocumentHighlightHandler(server));
        Register(rpc, new RenameHandler(server));
        Register(rpc, new CodeActionHandler(server));
        Register(rpc, new DocumentSymbolHandler(server));
        Register(rpc, new WorkspaceSymbolHandler(server));
        Register(rpc, new FoldingRangeHandler(server));
        Register(rpc, new SelectionRangeHandler(server));
        Register(rpc, new InlayHintHandler(server));
        Register(rpc, new SemanticTokensHandler(server));

        rpc.StartListening();
        var sanitizing = sanitizer.RunAsync();
        await Task.WhenAny(server.Exited, rpc.Completion);
        // An exit that was handled decides, whichever WhenAny saw first: the end of the input closes the connection right
        // after an exit ends the server, and Exited's continuations run asynchronously, so the closing can be seen first.
        var exitCode = server.Exited.IsCompleted ? await server.Exited : 1;
        if (!server.Exited.IsCompleted)
            log.Warning("the client closed the connection without exit");
        await Task.WhenAny(rpc.CloseOutputAsync(), Task.Delay(OutputPatience));
        ordered.Complete();
        server.Dispose();
        await Task.WhenAny(sanitizing, Task.Delay(100));
        return exitCode;
    }

    /// <summary>
    /// LSP's camelCase names and omitted nulls. The protocol records resolve to source-generated metadata; the
    /// reflection resolver behind it serves StreamJsonRpc's own envelope types, which the project keeps
    /// reflection-enabled for (JsonSerializerIsReflectionEnabledByDefault).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Protocol records use LspJsonContext; see the csproj for the rest.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Protocol records use LspJsonContext; see the csproj for the rest.")]
    private static SystemTextJsonFormatter LspFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        var builtIn = formatter.JsonSerializerOptions;
        formatter.JsonSerializerOptions = new JsonSerializerOptions(builtIn)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, builtIn.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()),
        };
        // The messages that grow with the document.
        var converters = formatter.JsonSerializerOptions.Converters;
        converters.Add(new FastPathConverter<PublishDiagnosticsParams>(LspJsonContext.Default.PublishDiagnosticsParams));
        converters.Add(new FastPathConverter<DocumentDiagnosticReport>(LspJsonContext.Default.DocumentDiagnosticReport));
        converters.Add(new FastPathConverter<SemanticTokens>(LspJsonContext.Default.SemanticTokens));
        converters.Add(new FastPathConverter<SemanticTokensDelta>(LspJsonContext.Default.SemanticTokensDelta));
        converters.Add(new FastPathConverter<DocumentSymbol[]>(LspJsonContext.Default.DocumentSymbolArray));
        converters.Add(new FastPathConverter<SymbolInformation[]>(LspJsonContext.Default.SymbolInformationArray));
        converters.Add(new FastPathConverter<FoldingRange[]>(LspJsonContext.Default.FoldingRangeArray));
        converters.Add(new FastPathConverter<CompletionList>(LspJsonContext.Default.CompletionList));
        converters.Add(new FastPathConverter<Location[]>(LspJsonContext.Default.LocationArray));
        converters.Add(new FastPathConverter<DocumentHighlight[]>(LspJsonContext.Default.DocumentHighlightArray));
        return formatter;
    }

    /// <summary>Registers only the methods marked with <see cref="JsonRpcMethodAttribute"/>, under their LSP names.</summary>
    private static void Register<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] T>(JsonRpc rpc, T target)
        where T : class
    {
        foreach (var method in typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            if (method.GetCustomAttribute<JsonRpcMethodAttribute>() is { } attribute)
                rpc.AddLocalRpcMethod(method, target, attribute);
    }
}
