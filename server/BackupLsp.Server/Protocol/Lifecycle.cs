using System.Text.Json;

namespace BackupLsp.Server.Protocol;

/// <summary>
/// Client capabilities, options and the client's name stay JSON: the server reads the few paths it needs (ClientFeatures). <see cref="RootPath"/>
/// is deprecated in favour of <see cref="RootUri"/>, which wins where both are given; older clients send only it.
/// </summary>
public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? Capabilities,
    JsonElement? InitializationOptions,
    JsonElement? ClientInfo = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

/// <param name="RenameProvider">LSP's <c>boolean | RenameOptions</c> (true or a <see cref="RenameOptions"/>): the options only for a client that supports prepareRename.</param>
/// <param name="CodeActionProvider">Only for a client that takes code action literals (see CodeActionHandler).</param>
public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    SignatureHelpOptions SignatureHelpProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    object RenameProvider,
    CodeActionOptions? CodeActionProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    bool FoldingRangeProvider,
    bool SelectionRangeProvider,
    bool InlayHintProvider,
    SemanticTokensOptions SemanticTokensProvider,
    DiagnosticOptions? DiagnosticProvider,
    WorkspaceServerCapabilities Workspace);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change)
{
    public const int Incremental = 2;
}

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SignatureHelpOptions(string[] TriggerCharacters);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, SemanticTokensFullOptions Full, bool Range);

public sealed record SemanticTokensFullOptions(bool Delta);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);
