using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

public enum CompletionEntryKind
{
    Keyword,
    Snippet,
    Repository,
    Catalog,
    Database,
    Table,
    View,
    MaterializedView,
    Function,
    Partition,
    Property,
    Value,
    Snapshot,
    /// <summary>A column of a SHOW's result, in its WHERE or ORDER BY.</summary>
    Column,
    /// <summary>An operator of a SHOW's condition, after its column (<c>=</c>, <c>&lt;&gt;</c>).</summary>
    Operator,
}

/// <summary>An entry's documentation, written when first asked for: of a list of a thousand tables, one is read at a time.</summary>
public sealed class CompletionDocumentation
{
    private readonly Func<HoverText?> _write;

    // Not a Lazy, which would double what each of a thousand entries costs: two readers that race write the same text.
    private HoverText? _text;
    private volatile bool _written;

    internal CompletionDocumentation(Func<HoverText?> write) => _write = write;

    private HoverText? Text
    {
        get
        {
            if (!_written)
            {
                _text = _write();
                _written = true;
            }
            return _text;
        }
    }

    public string? Markdown => Text?.Markdown;

    public string? PlainText => Text?.PlainText;
}

/// <summary>
/// One suggestion. <see cref="InsertText"/> replaces <see cref="ReplaceSpan"/> (document offsets: the partial word
/// under the cursor, quotes and backticks included); with <see cref="IsSnippet"/> it holds <c>$1</c> placeholders.
/// <see cref="SortText"/> orders the likeliest first.
/// </summary>
/// <param name="ListFollows">Whether what it inserts leads straight to another list: a database before the snapshot it holds or
/// table (<c>sales_db.</c>), a property key before a value that has its values (<c>"type" = "$1"</c>). A client may ask
/// for that list at once (text a completion inserts fires no trigger character).</param>
public sealed record CompletionEntry(
    string Label,
    CompletionEntryKind Kind,
    string? Detail,
    CompletionDocumentation? Documentation,
    string InsertText,
    bool IsSnippet,
    string SortText,
    TextSpan ReplaceSpan,
    bool ListFollows = false)
{
    /// <summary>The text inserted for a client without snippets: each placeholder as it stands.</summary>
    public string PlainInsertText => IsSnippet ? Snippets.ToPlainText(InsertText) : InsertText;
}

/// <param name="IsIncomplete">
/// Whether names were left out (<see cref="CompletionList.MaxNames"/>): the client should ask again as the person types.
/// </param>
public sealed record CompletionResult(ImmutableArray<CompletionEntry> Items, bool IsIncomplete = false)
{
    public static readonly CompletionResult Empty = new([]);
}
