using System.Collections.Concurrent;
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
            var client = server.Client;
            var result = CompletionService.Complete(analysis, offset, client.CompletionReplacesPastCursor);
            // A client that asks for documentation item by item gets none in the list: of a thousand tables, it shows one's.
            var resultId = client.CompletionResolvesDocumentation ? Interlocked.Increment(ref _nextResultId) : (long?)null;
            var writer = new CompletionItemWriter(analysis, client, resultId, result.Items);
            var items = new CompletionItem[result.Items.Length];
            for (var i = 0; i < items.Length; i++)
                items[i] = writer.Write(result.Items[i], i);
            if (resultId is { } listId)
                Keep(listId, result);
            return new CompletionList(result.IsIncomplete, items, writer.Defaults);
        }, cancellationToken, afterSettings: true);

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
            && CompletionItemWriter.Documentation(list.Items[index], server.Client) is { } documentation)
            item["documentation"] = JsonSerializer.SerializeToNode(documentation, LspJsonContext.Default.MarkupContent);
        return item;
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
}
