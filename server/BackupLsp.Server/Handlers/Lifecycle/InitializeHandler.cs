using BackupLsp.Server.Cli;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Handlers.SemanticTokens;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Lifecycle;

/// <summary><c>initialize</c> and <c>initialized</c>: advertises exactly what the handlers implement.</summary>
/// <param name="warmUp">Started once, at the first <c>initialized</c> (see FirstRequestWarmUp).</param>
public sealed class InitializeHandler(LanguageServer server, Action warmUp)
{
    private int _warmedUp;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        server.Initialize(request);
        var capabilities = new ServerCapabilities(
            // The only encoding offered; LSP requires every client to support it.
            PositionEncoding: "utf-16",
            TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncOptions.Incremental),
            CompletionProvider: new CompletionOptions(TriggerCharacters: [" ", ".", "(", ",", "`", "\"", "'"], ResolveProvider: server.Client.CompletionResolvesDocumentation),
            HoverProvider: true,
            // The lists of ON (...) and PROPERTIES (...) open and go on at these; VS Code asks again on each keystroke while it shows the help.
            SignatureHelpProvider: new SignatureHelpOptions(TriggerCharacters: ["(", ","]),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentHighlightProvider: true,
            RenameProvider: server.Client.PrepareRename ? new RenameOptions(PrepareProvider: true) : true,
            CodeActionProvider: server.Client.CodeActionLiterals ? new CodeActionOptions([Protocol.CodeAction.QuickFix, Protocol.CodeAction.SourceFixAll]) : null,
            DocumentSymbolProvider: true,
            WorkspaceSymbolProvider: true,
            FoldingRangeProvider: true,
            SelectionRangeProvider: true,
            InlayHintProvider: true,
            SemanticTokensProvider: new SemanticTokensOptions(SemanticTokenLegend.Legend, Full: new SemanticTokensFullOptions(Delta: true), Range: true),
            DiagnosticProvider: server.Client.PullDiagnostics
                ? new DiagnosticOptions(DiagnosticsReport.Source, InterFileDependencies: false, WorkspaceDiagnostics: true)
                : null,
            // Each folder has its own catalog, so the server follows folders being added and removed.
            Workspace: new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)));
        return new InitializeResult(capabilities, new ServerInfo("backup-lsp", ToolInfo.Version));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public Task InitializedAsync()
    {
        if (Interlocked.Exchange(ref _warmedUp, 1) == 0)
            warmUp();
        return server.StartAsync();
    }
}
