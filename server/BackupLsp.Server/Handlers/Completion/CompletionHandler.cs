using System.Text.RegularExpressions;
using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Completion;

/// <summary><c>textDocument/completion</c>: the core's entries, each replacing the partial word under the cursor.</summary>
public sealed partial class CompletionHandler(LanguageServer server)
{
    private static readonly CompletionList Empty = new(false, []);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompleteAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, Empty, (_, analysis) =>
        {
            var offset = analysis.ToRequestedOffset(request.Position);
            var result = CompletionService.Complete(analysis, offset);
            var client = server.Client;
            return new CompletionList(false, [.. result.Items.Select(entry => new CompletionItem(
                Label: entry.Label,
                Kind: KindOf(entry.Kind),
                Detail: entry.Detail,
                Documentation: entry.Documentation is { } markdown
                    ? new MarkupContent(client.CompletionMarkdown ? MarkupContent.Markdown : MarkupContent.PlainText, markdown)
                    : null,
                SortText: entry.SortText,
                // Typed text that opens a quote or backtick matches the inserted text, not the bare label.
                FilterText: entry.ReplaceSpan.Length > 0 && analysis.Text[entry.ReplaceSpan.Start] is '`' or '"' or '\'' ? entry.InsertText : null,
                InsertTextFormat: entry.IsSnippet && client.CompletionSnippets ? CompletionItem.SnippetFormat : CompletionItem.PlainTextFormat,
                TextEdit: new Protocol.TextEdit(analysis.ToRange(entry.ReplaceSpan),
                    entry.IsSnippet && !client.CompletionSnippets ? WithoutPlaceholders(entry.InsertText) : entry.InsertText)))]);
        }, cancellationToken);

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
        CompletionEntryKind.Catalog => 9, // Module
        _ => 1,
    };

    /// <summary>A snippet as plain text for clients without snippet support: <c>${1:x}</c> becomes <c>x</c>, <c>$1</c> nothing.</summary>
    private static string WithoutPlaceholders(string snippet) =>
        Placeholder().Replace(snippet, m => m.Groups["text"].Value).Replace("\\$", "$").Replace("\\}", "}").Replace("\\\\", "\\");

    [GeneratedRegex(@"\$\{\d+:(?<text>[^}]*)\}|\$\{\d+\}|\$\d+")]
    private static partial Regex Placeholder();
}
