using System.Text.Json;
using System.Text.Json.Nodes;
using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Completion;

/// <summary><c>textDocument/completion</c>: the core's entries, each replacing the partial word under the cursor.</summary>
public sealed class CompletionHandler(LanguageServer server)
{
    private static readonly CompletionList Empty = new(false, []);

    /// <summary>The last list answered, whose items <c>completionItem/resolve</c> documents; the client shows one list at a time.</summary>
    private ResolvableList? _lastList;
    private long _nextResultId;

    private sealed record ResolvableList(long ResultId, CompletionResult Result);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompleteAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, Empty, (_, analysis) =>
        {
            var offset = analysis.ToRequestedOffset(request.Position);
            var result = CompletionService.Complete(analysis, offset);
            var client = server.Client;
            // A client that asks for documentation item by item gets none in the list: of a thousand tables, it shows one's.
            var resultId = client.CompletionResolvesDocumentation ? Interlocked.Increment(ref _nextResultId) : (long?)null;
            var items = new CompletionItem[result.Items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var entry = result.Items[i];
                var plainText = entry.PlainInsertText;
                items[i] = new CompletionItem(
                    Label: entry.Label,
                    Kind: KindOf(entry.Kind),
                    Detail: entry.Detail,
                    Documentation: resultId is null ? Documentation(entry) : null,
                    SortText: entry.SortText,
                    // Typed text that opens a quote or backtick matches the inserted text, not the bare label.
                    FilterText: entry.ReplaceSpan.Length > 0 && analysis.Text[entry.ReplaceSpan.Start] is '`' or '"' or '\'' ? plainText : null,
                    InsertTextFormat: entry.IsSnippet && client.CompletionSnippets ? CompletionItem.SnippetFormat : CompletionItem.PlainTextFormat,
                    TextEdit: new Protocol.TextEdit(analysis.ToRange(entry.ReplaceSpan), client.CompletionSnippets ? entry.InsertText : plainText),
                    Data: resultId is { } id && entry.Documentation is not null ? new CompletionItemData(id, i) : null);
            }
            if (resultId is { } listId)
                Keep(new ResolvableList(listId, result));
            return new CompletionList(false, items);
        }, cancellationToken);

    /// <summary>
    /// <c>completionItem/resolve</c>: the item with its documentation, when it comes from the last list answered; an item
    /// of an older list, or one without data, comes back as it is. The item is read as JSON and only its documentation
    /// set: whatever else the client sends back (a field this server does not write, a string as documentation) stays.
    /// </summary>
    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    public JsonObject Resolve(JsonObject item)
    {
        server.RequireRunning();
        if (item is null)
            throw ProtocolErrors.InvalidParams("a completion item is required");
        if (item["data"] is JsonObject data && Number<long>(data["resultId"]) is { } resultId && Number<int>(data["index"]) is { } index
            && Volatile.Read(ref _lastList) is { } list && list.ResultId == resultId && index >= 0 && index < list.Result.Items.Length
            && item["label"] is JsonValue label && label.TryGetValue<string>(out var text) && list.Result.Items[index].Label == text
            && Documentation(list.Result.Items[index]) is { } documentation)
            item["documentation"] = JsonSerializer.SerializeToNode(documentation, LspJsonContext.Default.MarkupContent);
        return item;
    }

    private static T? Number<T>(JsonNode? node) where T : struct =>
        node is JsonValue value && value.TryGetValue<T>(out var number) ? number : null;

    /// <summary>Keeps the list unless a newer one is kept already: completions run in parallel and may finish out of order.</summary>
    private void Keep(ResolvableList list)
    {
        for (var kept = Volatile.Read(ref _lastList); kept is null || kept.ResultId < list.ResultId;)
        {
            var seen = Interlocked.CompareExchange(ref _lastList, list, kept);
            if (ReferenceEquals(seen, kept))
                return;
            kept = seen;
        }
    }

    /// <summary>Markdown or plain text, whichever the client prefers; plain text as a bare string to a client that states no format.</summary>
    private MarkupContent? Documentation(CompletionEntry entry)
    {
        var format = server.Client.CompletionDocumentationFormat;
        var text = format == MarkupContent.Markdown ? entry.Documentation?.Markdown : entry.Documentation?.PlainText;
        return text is null ? null : new MarkupContent(format, text);
    }

    /// <summary>LSP's CompletionItemKind numbers.</summary>
    private static int KindOf(CompletionEntryKind kind) => kind switch
    {
        CompletionEntryKind.Keyword => 14,
        CompletionEntryKind.Snippet => 15,
        CompletionEntryKind.Repository => 19, // Folder
        CompletionEntryKind.Database => 9, // Module
        CompletionEntryKind.Table => 7, // Class
        CompletionEntryKind.View or CompletionEntryKind.MaterializedView => 8, // Interface
        CompletionEntryKind.Function => 3,
        CompletionEntryKind.Partition => 20, // EnumMember
        CompletionEntryKind.Property => 10,
        CompletionEntryKind.Value => 12,
        CompletionEntryKind.Snapshot => 18, // Reference
        _ => 1,
    };
}
