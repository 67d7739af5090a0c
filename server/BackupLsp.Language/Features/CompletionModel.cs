using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

public enum CompletionEntryKind
{
    Keyword,
    Snippet,
    Repository,
    Database,
    Table,
    View,
    MaterializedView,
    Function,
    Partition,
    Property,
    Value,
    Snapshot,
    Catalog,
}

/// <summary>
/// One suggestion. <see cref="InsertText"/> replaces <see cref="ReplaceSpan"/> (document offsets: the partial word
/// under the cursor, quotes and backticks included); with <see cref="IsSnippet"/> it holds <c>$1</c> placeholders.
/// <see cref="SortText"/> orders the likeliest first.
/// </summary>
public sealed record CompletionEntry(
    string Label,
    CompletionEntryKind Kind,
    string? Detail,
    string? Documentation,
    string InsertText,
    bool IsSnippet,
    string SortText,
    TextSpan ReplaceSpan);

public sealed record CompletionResult(ImmutableArray<CompletionEntry> Items)
{
    public static readonly CompletionResult Empty = new([]);
}
