using System.Text.Json;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>The client capabilities the server adapts to, read from <c>initialize</c>.</summary>
/// <param name="PullDiagnostics">
/// Whether the client pulls the diagnostics and can be asked to pull them again; else they are pushed (see
/// <see cref="From"/>).
/// </param>
public sealed record ClientFeatures(
    bool PullDiagnostics,
    bool DiagnosticRelatedInformation,
    bool InlayHintRefresh,
    bool SemanticTokensRefresh,
    bool ConfigurationPull,
    bool ConfigurationChangeRegistration,
    bool WatchedFilesRegistration,
    bool WatchedFilesRelativePatterns,
    string? HoverFormat,
    string? SignatureDocumentationFormat,
    bool SignatureLabelOffsets,
    string? CompletionDocumentationFormat,
    bool CompletionSnippets,
    bool CompletionResolvesDocumentation,
    bool CompletionDefaultEditRange,
    bool CompletionDefaultInsertTextFormat,
    bool CompletionReplacesPastCursor,
    bool HierarchicalSymbols,
    bool FoldingCollapsedText,
    bool CompletionKindsPastBase,
    bool DocumentSymbolKindsPastBase,
    bool WorkspaceSymbolKindsPastBase,
    bool PrepareRename,
    bool CodeActionLiterals,
    bool VersionedEdits,
    bool StatusNotifications,
    bool TriggerSuggestCommand)
{
    /// <summary>VS Code's command that opens the suggestions again, which a completion item may run once inserted.</summary>
    public const string TriggerSuggest = "editor.action.triggerSuggest";

    /// <summary>The kinds past LSP's base set the server sends: Folder and EnumMember items, Event and Operator symbols.</summary>
    private static readonly int[] CompletionKindsUsedPastBase = [19, 20];
    private static readonly int[] SymbolKindsUsedPastBase = [24, 25];

    /// <summary>A client that declares no capabilities (made after the fields <see cref="From"/> reads).</summary>
    public static readonly ClientFeatures None = From(JsonDocument.Parse("{}").RootElement);

    /// <param name="clientInfo">The client's name and version, as <c>initialize</c> gives them.</param>
    public static ClientFeatures From(JsonElement? capabilities, JsonElement? clientInfo = null)
    {
        if (capabilities is not { } root)
            return None;
        var document = root.Child("textDocument");
        var workspace = root.Child("workspace");
        var completionItem = document?.Child("completion")?.Child("completionItem");
        var signature = document?.Child("signatureHelp")?.Child("signatureInformation");
        var itemDefaults = document?.Child("completion")?.Child("completionList")?.Child("itemDefaults");
        return new ClientFeatures(
            // A client that pulls but cannot be asked to pull again (Neovim 0.10 and 0.11) would show a script's diagnostics
            // against the old catalog or settings until its next edit: it is not offered pulls, and gets them pushed.
            PullDiagnostics: document?.Child("diagnostic") is not null && IsTrue(workspace?.Child("diagnostics")?.Child("refreshSupport")),
            DiagnosticRelatedInformation: (IsTrue(document?.Child("publishDiagnostics")?.Child("relatedInformation"))
                || IsTrue(document?.Child("diagnostic")?.Child("relatedInformation"))) && !HidesRelatedInformation(clientInfo),
            InlayHintRefresh: IsTrue(workspace?.Child("inlayHint")?.Child("refreshSupport")),
            SemanticTokensRefresh: IsTrue(workspace?.Child("semanticTokens")?.Child("refreshSupport")),
            ConfigurationPull: IsTrue(workspace?.Child("configuration")),
            ConfigurationChangeRegistration: IsTrue(workspace?.Child("didChangeConfiguration")?.Child("dynamicRegistration")),
            WatchedFilesRegistration: IsTrue(workspace?.Child("didChangeWatchedFiles")?.Child("dynamicRegistration")),
            WatchedFilesRelativePatterns: IsTrue(workspace?.Child("didChangeWatchedFiles")?.Child("relativePatternSupport")),
            HoverFormat: PreferredMarkup(document?.Child("hover")?.Child("contentFormat")),
            SignatureDocumentationFormat: PreferredMarkup(signature?.Child("documentationFormat")),
            SignatureLabelOffsets: IsTrue(signature?.Child("parameterInformation")?.Child("labelOffsetSupport")),
            CompletionDocumentationFormat: PreferredMarkup(completionItem?.Child("documentationFormat")),
            CompletionSnippets: IsTrue(completionItem?.Child("snippetSupport")),
            CompletionResolvesDocumentation: Contains(completionItem?.Child("resolveSupport")?.Child("properties"), "documentation"),
            CompletionDefaultEditRange: Contains(itemDefaults, "editRange"),
            CompletionDefaultInsertTextFormat: Contains(itemDefaults, "insertTextFormat"),
            // A client that takes an edit's insert and replace ranges applies a range past the cursor (VS Code, nvim-cmp);
            // Neovim's own completion, its omnifunc and ALE insert up to the cursor, and declare no such edits.
            CompletionReplacesPastCursor: IsTrue(completionItem?.Child("insertReplaceSupport")),
            HierarchicalSymbols: IsTrue(document?.Child("documentSymbol")?.Child("hierarchicalDocumentSymbolSupport")),
            FoldingCollapsedText: IsTrue(document?.Child("foldingRange")?.Child("foldingRange")?.Child("collapsedText")),
            // Without a value set a client takes only LSP's first kinds (Text to Reference, File to Array).
            CompletionKindsPastBase: HoldsAll(document?.Child("completion")?.Child("completionItemKind")?.Child("valueSet"), CompletionKindsUsedPastBase),
            DocumentSymbolKindsPastBase: HoldsAll(document?.Child("documentSymbol")?.Child("symbolKind")?.Child("valueSet"), SymbolKindsUsedPastBase),
            WorkspaceSymbolKindsPastBase: HoldsAll(workspace?.Child("symbol")?.Child("symbolKind")?.Child("valueSet"), SymbolKindsUsedPastBase),
            PrepareRename: IsTrue(document?.Child("rename")?.Child("prepareSupport")),
            CodeActionLiterals: document?.Child("codeAction")?.Child("codeActionLiteralSupport") is { ValueKind: JsonValueKind.Object },
            VersionedEdits: IsTrue(workspace?.Child("workspaceEdit")?.Child("documentChanges")),
            // This server's own notification (starrocksBackup/status), for a client that declares it takes it.
            StatusNotifications: IsTrue(root.Child("experimental")?.Child("starrocksBackupStatus")),
            // The client commands a server may put in its items, as rust-analyzer reads them: LSP names none, and a client
            // that cannot run one would send it back as workspace/executeCommand.
            TriggerSuggestCommand: Contains(root.Child("experimental")?.Child("commands")?.Child("commands"), TriggerSuggest));
    }

    /// <summary>
    /// Whether the client declares related information but shows none of it: Neovim before 0.12 keeps it in the diagnostic's
    /// data only, so its people would never see which statement a diagnostic speaks of unless the message names its line.
    /// </summary>
    private static bool HidesRelatedInformation(JsonElement? clientInfo)
    {
        if (clientInfo?.Child("name") is not { ValueKind: JsonValueKind.String } name || name.GetString() != "Neovim")
            return false;
        var version = clientInfo?.Child("version") is { ValueKind: JsonValueKind.String } given ? given.GetString()!.TrimStart('v') : "";
        var parts = version.Split('.');
        return !(parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) && (major, minor).CompareTo((0, 12)) >= 0);
    }

    /// <summary>The first of the client's formats, in its order of preference, that the server writes; null when it states none.</summary>
    private static string? PreferredMarkup(JsonElement? formats) =>
        formats is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : null)
                .FirstOrDefault(format => format is MarkupContent.Markdown or MarkupContent.PlainText)
            : null;

    private static bool IsTrue(JsonElement? value) => value?.ValueKind == JsonValueKind.True;

    private static bool HoldsAll(JsonElement? array, int[] values) =>
        array is { ValueKind: JsonValueKind.Array } items
        && values.All(value => items.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var given) && given == value));

    private static bool Contains(JsonElement? array, string value) =>
        array is { ValueKind: JsonValueKind.Array } items && items.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.String && i.GetString() == value);
}
