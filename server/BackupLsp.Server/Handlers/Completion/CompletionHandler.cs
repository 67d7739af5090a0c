using System.Collections.Immutable;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Completion;

/// <summary><c>textDocument/completion</c>: the core's entries, each replacing the partial word under the cursor.</summary>
public sealed class CompletionHandler(LanguageServer server)
{
    private static readonly CompletionList Empty = new(false, []);

    /// <summary>
    /// How many of the lists answered last <c>completionItem/resolve</c> documents: the client shows one at a time, but
    /// may ask for the next before it resolves an item of the one on screen, or keep lists of two documents.
    /// </summary>
    private const int ResolvableLists = 4;

    private readonly ConcurrentDictionary<long, CompletionResult> _lists = new();
    private long _nextResultId;

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompleteAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, Empty, (_, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset)
                return Empty;
            var result = CompletionService.Complete(analysis, offset);
            var client = server.Client;
            // A client that asks for documentation item by item gets none in the list: of a thousand tables, it shows one's.
            var resultId = client.CompletionResolvesDocumentation ? Interlocked.Increment(ref _nextResultId) : (long?)null;
            var items = new CompletionItem[result.Items.Length];
            // What the items have in common goes once into the list's defaults for a client that reads them: every entry
            // replaces the word under the cursor, and of a thousand tables none is a snippet.
            var defaultRange = client.CompletionDefaultEditRange && SharedReplaceSpan(result.Items) is { } shared ? analysis.ToRange(shared) : null;
            int? defaultFormat = client.CompletionDefaultInsertTextFormat ? CompletionItem.PlainTextFormat : null;
            (TextSpan Span, Protocol.Range Range)? replaced = null;
            for (var i = 0; i < items.Length; i++)
            {
                var entry = result.Items[i];
                var plainText = entry.PlainInsertText;
                var text = client.CompletionSnippets ? entry.InsertText : plainText;
                var format = entry.IsSnippet && client.CompletionSnippets ? CompletionItem.SnippetFormat : CompletionItem.PlainTextFormat;
                Protocol.TextEdit? edit = null;
                if (defaultRange is null)
                {
                    if (replaced?.Span != entry.ReplaceSpan)
                        replaced = (entry.ReplaceSpan, analysis.ToRange(entry.ReplaceSpan));
                    edit = new Protocol.TextEdit(replaced.Value.Range, text);
                }
                items[i] = new CompletionItem(
                    Label: entry.Label,
                    Kind: KindOf(entry.Kind),
                    Detail: entry.Detail,
                    Documentation: resultId is null ? Documentation(entry) : null,
                    SortText: entry.SortText,
                    // Typed text that opens a quote or backtick matches the inserted text, not the bare label.
                    FilterText: entry.ReplaceSpan.Length > 0 && analysis.Text[entry.ReplaceSpan.Start] is '`' or '"' or '\'' ? plainText : null,
                    InsertTextFormat: format == defaultFormat ? null : format,
                    TextEdit: edit,
                    // With the default range, the label is inserted unless another text is given.
                    TextEditText: defaultRange is not null && text != entry.Label ? text : null,
                    Data: resultId is { } id && entry.Documentation is not null ? new CompletionItemData(id, i) : null);
            }
            if (resultId is { } listId)
                Keep(listId, result);
            return new CompletionList(result.IsIncomplete, items,
                defaultRange is null && defaultFormat is null ? null : new CompletionItemDefaults(defaultRange, defaultFormat));
        }, cancellationToken);

    /// <summary>
    /// <c>completionItem/resolve</c>: the item with its documentation, when it comes from one of the last lists answered;
    /// an item of an older list, or one without data, comes back as it is. The item is read as JSON and only its documentation
    /// set: whatever else the client sends back (a field this server does not write, a string as documentation) stays.
    /// </summary>
    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    public JsonObject Resolve(JsonObject item)
    {
        server.RequireRunning();
        if (item is null)
            throw ProtocolErrors.InvalidParams("a completion item is required");
        if (item["data"] is JsonObject data && Number<long>(data["resultId"]) is { } resultId && Number<int>(data["index"]) is { } index
            && _lists.TryGetValue(resultId, out var list) && index >= 0 && index < list.Items.Length
            && item["label"] is JsonValue label && label.TryGetValue<string>(out var text) && list.Items[index].Label == text
            && Documentation(list.Items[index]) is { } documentation)
            item["documentation"] = JsonSerializer.SerializeToNode(documentation, LspJsonContext.Default.MarkupContent);
        return item;
    }

    /// <summary>The span every entry replaces, if they all replace the same; null for an empty list.</summary>
    private static TextSpan? SharedReplaceSpan(ImmutableArray<CompletionEntry> entries)
    {
        if (entries.IsEmpty)
            return null;
        foreach (var entry in entries)
            if (entry.ReplaceSpan != entries[0].ReplaceSpan)
                return null;
        return entries[0].ReplaceSpan;
    }

    private static T? Number<T>(JsonNode? node) where T : struct =>
        node is JsonValue value && value.TryGetValue<T>(out var number) ? number : null;

    /// <summary>Keeps the list and lets go of those <see cref="ResolvableLists"/> older (completions may finish out of order).</summary>
    private void Keep(long resultId, CompletionResult result)
    {
        _lists[resultId] = result;
        foreach (var kept in _lists.Keys)
            if (kept <= resultId - ResolvableLists)
                _lists.TryRemove(kept, out _);
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
