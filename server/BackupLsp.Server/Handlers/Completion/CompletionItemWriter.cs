using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Handlers.Completion;

/// <summary>
/// Writes one list's entries as LSP completion items for the client that asked: each replaces the word under the cursor,
/// and what they all share (that range, the plain-text format) goes once into the list's item defaults for a client that
/// reads them, as VS Code does: of a thousand tables, none is a snippet.
/// </summary>
internal sealed partial class CompletionItemWriter
{
    private readonly DocumentAnalysis _analysis;
    private readonly ClientFeatures _client;
    private readonly long? _resultId;
    private readonly Protocol.Range? _defaultRange;
    private readonly int? _defaultFormat;
    private (TextSpan Span, Protocol.Range Range)? _replaced;

    /// <param name="resultId">The list's id for <c>completionItem/resolve</c> when the client fetches documentation item by
    /// item: then none is written in the list.</param>
    public CompletionItemWriter(DocumentAnalysis analysis, ClientFeatures client, long? resultId, ImmutableArray<CompletionEntry> entries)
    {
        _analysis = analysis;
        _client = client;
        _resultId = resultId;
        _defaultRange = client.CompletionDefaultEditRange && SharedReplaceSpan(entries) is { } shared ? analysis.ToRange(shared) : null;
        _defaultFormat = client.CompletionDefaultInsertTextFormat ? CompletionItem.PlainTextFormat : null;
    }

    public CompletionItemDefaults? Defaults => _defaultRange is null && _defaultFormat is null ? null : new(_defaultRange, _defaultFormat);

    public CompletionItem Write(CompletionEntry entry, int index)
    {
        var plainText = entry.PlainInsertText;
        var text = _client.CompletionSnippets ? entry.InsertText : OnOneLine(plainText);
        var format = entry.IsSnippet && _client.CompletionSnippets ? CompletionItem.SnippetFormat : CompletionItem.PlainTextFormat;
        return new CompletionItem(
            Label: entry.Label,
            Kind: KindOf(entry.Kind, _client.CompletionKindsPastBase),
            Detail: entry.Detail,
            Documentation: _resultId is null ? Documentation(entry, _client) : null,
            SortText: entry.SortText,
            InsertTextFormat: format == _defaultFormat ? null : format,
            TextEdit: _defaultRange is null ? new Protocol.TextEdit(RangeOf(entry.ReplaceSpan), text) : null,
            // With the default range, the label is inserted unless another text is given.
            TextEditText: _defaultRange is not null && text != entry.Label ? text : null,
            Data: _resultId is { } id && entry.Documentation is not null ? new CompletionItemData(id, index) : null,
            Command: entry.ListFollows && _client.TriggerSuggestCommand ? SuggestAgain : null);
    }

    private static readonly ClientCommand SuggestAgain = new("Suggest", ClientFeatures.TriggerSuggest);

    /// <summary>
    /// A statement template's lines joined, for a client without snippets: such a client may insert through Vim's
    /// <c>complete()</c> (Neovim's omnifunc, ALE), which writes a line break as a NUL character. The statement reads the
    /// same on one line.
    /// </summary>
    private static string OnOneLine(string text) =>
        text.Contains('\n') ? LineBreak().Replace(LineBreakInsideParentheses().Replace(text, ""), " ") : text;

    [GeneratedRegex(@"(?<=\()[ \t]*\r?\n\s*|\s*\r?\n[ \t]*(?=\))")]
    private static partial Regex LineBreakInsideParentheses();

    [GeneratedRegex(@"[ \t]*\r?\n\s*")]
    private static partial Regex LineBreak();

    /// <summary>Markdown or plain text, whichever the client prefers; plain text as a bare string to a client that states no format.</summary>
    public static MarkupContent? Documentation(CompletionEntry entry, ClientFeatures client)
    {
        var format = client.CompletionDocumentationFormat;
        var text = format == MarkupContent.Markdown ? entry.Documentation?.Markdown : entry.Documentation?.PlainText;
        return text is null ? null : new MarkupContent(format, text);
    }

    /// <summary>The range of the word an entry replaces, worked out once for the entries that share it.</summary>
    private Protocol.Range RangeOf(TextSpan span)
    {
        if (_replaced?.Span != span)
            _replaced = (span, _analysis.ToRange(span));
        return _replaced.Value.Range;
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

    /// <summary>LSP's CompletionItemKind numbers; for a client that takes only the base kinds (Text to Reference), none past them.</summary>
    private static int KindOf(CompletionEntryKind kind, bool pastBase) => kind switch
    {
        CompletionEntryKind.Keyword => 14,
        CompletionEntryKind.Snippet => 15,
        CompletionEntryKind.Repository => pastBase ? 19 : 17, // Folder, File
        CompletionEntryKind.Catalog or CompletionEntryKind.Database => 9, // Module
        CompletionEntryKind.Table => 7, // Class
        CompletionEntryKind.View or CompletionEntryKind.MaterializedView => 8, // Interface
        CompletionEntryKind.Function => 3,
        CompletionEntryKind.Partition => pastBase ? 20 : 13, // EnumMember, Enum
        CompletionEntryKind.Property => 10,
        CompletionEntryKind.Value => 12,
        CompletionEntryKind.Snapshot => 18, // Reference
        CompletionEntryKind.Column => 5, // Field
        CompletionEntryKind.Operator => pastBase ? 24 : 14, // Operator, Keyword
        _ => 1,
    };
}
