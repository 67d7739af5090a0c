using System.Text.Json;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>The client capabilities the server adapts to, read from <c>initialize</c>.</summary>
public sealed record ClientFeatures(
    bool PullDiagnostics,
    bool DiagnosticRefresh,
    bool InlayHintRefresh,
    bool ConfigurationPull,
    bool ConfigurationChangeRegistration,
    bool WatchedFilesRegistration,
    bool WatchedFilesRelativePatterns,
    bool HoverMarkdown,
    bool CompletionMarkdown,
    bool CompletionSnippets,
    bool CompletionResolvesDocumentation,
    bool HierarchicalSymbols,
    bool PrepareRename)
{
    public static readonly ClientFeatures None = new(false, false, false, false, false, false, false, false, false, false, false, false, false);

    public static ClientFeatures From(JsonElement? capabilities)
    {
        if (capabilities is not { } root)
            return None;
        var document = root.Child("textDocument");
        var workspace = root.Child("workspace");
        var completionItem = document?.Child("completion")?.Child("completionItem");
        return new ClientFeatures(
            PullDiagnostics: document?.Child("diagnostic") is not null,
            DiagnosticRefresh: IsTrue(workspace?.Child("diagnostics")?.Child("refreshSupport")),
            InlayHintRefresh: IsTrue(workspace?.Child("inlayHint")?.Child("refreshSupport")),
            ConfigurationPull: IsTrue(workspace?.Child("configuration")),
            ConfigurationChangeRegistration: IsTrue(workspace?.Child("didChangeConfiguration")?.Child("dynamicRegistration")),
            WatchedFilesRegistration: IsTrue(workspace?.Child("didChangeWatchedFiles")?.Child("dynamicRegistration")),
            WatchedFilesRelativePatterns: IsTrue(workspace?.Child("didChangeWatchedFiles")?.Child("relativePatternSupport")),
            HoverMarkdown: Contains(document?.Child("hover")?.Child("contentFormat"), MarkupContent.Markdown),
            CompletionMarkdown: Contains(completionItem?.Child("documentationFormat"), MarkupContent.Markdown),
            CompletionSnippets: IsTrue(completionItem?.Child("snippetSupport")),
            CompletionResolvesDocumentation: Contains(completionItem?.Child("resolveSupport")?.Child("properties"), "documentation"),
            HierarchicalSymbols: IsTrue(document?.Child("documentSymbol")?.Child("hierarchicalDocumentSymbolSupport")),
            PrepareRename: IsTrue(document?.Child("rename")?.Child("prepareSupport")));
    }

    private static bool IsTrue(JsonElement? value) => value?.ValueKind == JsonValueKind.True;

    private static bool Contains(JsonElement? array, string value) =>
        array is { ValueKind: JsonValueKind.Array } items && items.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.String && i.GetString() == value);
}
