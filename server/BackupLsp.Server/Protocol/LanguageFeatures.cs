using System.Text.Json;

namespace BackupLsp.Server.Protocol;

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items, CompletionItemDefaults? ItemDefaults = null);

/// <summary>What the list's items have in common, sent once (LSP 3.17) to a client that declares it reads it.</summary>
public sealed record CompletionItemDefaults(Range? EditRange, int? InsertTextFormat);

/// <param name="InsertTextFormat">Null where the list's default holds.</param>
/// <param name="TextEdit">Null where the list's default edit range holds; then <paramref name="TextEditText"/> replaces
/// it, or the label where that is null.</param>
public sealed record CompletionItem(
    string Label,
    int Kind,
    string? Detail,
    MarkupContent? Documentation,
    string SortText,
    int? InsertTextFormat,
    TextEdit? TextEdit,
    string? TextEditText = null,
    CompletionItemData? Data = null,
    ClientCommand? Command = null)
{
    public const int PlainTextFormat = 1;
    public const int SnippetFormat = 2;
}

/// <summary>Where <c>completionItem/resolve</c> finds an item's documentation: the list it came from and its place there.</summary>
public sealed record CompletionItemData(long ResultId, int Index);

/// <summary>LSP's Command: one the client runs itself (<see cref="Hosting.ClientFeatures.TriggerSuggest"/>).</summary>
public sealed record ClientCommand(string Title, string Command);

public sealed record Hover(MarkupContent Contents, Range Range);

/// <param name="Context">How the request came (LSP 3.15): the help the client shows, when it asks again while showing it.</param>
public sealed record SignatureHelpParams(TextDocumentIdentifier TextDocument, Position Position, SignatureHelpContext? Context);

public sealed record SignatureHelpContext(ShownSignatureHelp? ActiveSignatureHelp);

/// <summary>Of the help a client shows, what the server reads: the form in view (the rest is what the server sent).</summary>
public sealed record ShownSignatureHelp(int? ActiveSignature);

public sealed record SignatureHelp(SignatureInformation[] Signatures, int ActiveSignature, int ActiveParameter);

/// <param name="ActiveParameter">The clause the cursor is in, in this form of the statement (LSP 3.16), so that a client
/// showing another form than the active one marks that form's clause.</param>
public sealed record SignatureInformation(string Label, MarkupContent? Documentation, ParameterInformation[] Parameters, int ActiveParameter);

/// <param name="Label">Where the parameter stands in the signature's label, as <c>[start, end]</c> offsets; its text for a
/// client that does not read offsets.</param>
public sealed record ParameterInformation(object Label, MarkupContent? Documentation);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(ContextDiagnostic[]? Diagnostics, string[]? Only);

/// <summary>
/// A diagnostic the client sends back with a code action request: only its range, code and message are read. A client such as
/// VS Code sends every diagnostic at the place, other servers' too, whose code may be a number (LSP: integer | string).
/// </summary>
public sealed record ContextDiagnostic(Range? Range, JsonElement Code, string? Message);

public sealed record CodeAction(string Title, string Kind, Diagnostic[] Diagnostics, bool IsPreferred, WorkspaceEdit Edit)
{
    public const string QuickFix = "quickfix";

    /// <summary>Ours under <c>source.fixAll</c>, which <c>editor.codeActionsOnSave</c> asks for.</summary>
    public const string SourceFixAll = "source.fixAll.starrocksBackup";

    /// <summary>Whether a request limited to <paramref name="only"/> (none: every kind) asks for <paramref name="kind"/>:
    /// kinds are hierarchical, so <c>source</c> asks for <c>source.fixAll.starrocksBackup</c>.</summary>
    public static bool Asks(string[]? only, string kind) =>
        only is not { Length: > 0 } || only.Any(asked => kind == asked || kind.StartsWith(asked + ".", StringComparison.Ordinal));
}

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange);

public sealed record SelectionRangeParams(TextDocumentIdentifier TextDocument, Position[] Positions);

/// <summary>A range and the larger one "expand selection" grows it to.</summary>
public sealed record SelectionRange(Range Range, SelectionRange? Parent);

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record InlayHint(Position Position, string Label, string? Tooltip);

/// <param name="CollapsedText">What a client that declares it shows in place of the folded lines (LSP 3.17).</param>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind, string? CollapsedText = null);

public sealed record SemanticTokens(int[] Data, string? ResultId = null);

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

public sealed record SemanticTokensDeltaParams(TextDocumentIdentifier TextDocument, string PreviousResultId);

/// <summary>
/// The answer to a delta request, LSP's <c>SemanticTokens | SemanticTokensDelta</c>: the edits that turn the previous
/// result into this one, or, when the previous result is not known, the whole <see cref="Data"/>.
/// </summary>
public sealed record SemanticTokensDelta(string ResultId, SemanticTokensEdit[]? Edits, int[]? Data);

public sealed record SemanticTokensEdit(int Start, int DeleteCount, int[] Data);

/// <summary>The flat symbol shape, for clients without hierarchical document symbol support.</summary>
public sealed record SymbolInformation(string Name, int Kind, Location Location);

public sealed record WorkspaceSymbolParams(string? Query);

public sealed record Location(string Uri, Range Range);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string? NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentHighlight(Range Range, int Kind)
{
    public const int Read = 2;
    public const int Write = 3;
}
