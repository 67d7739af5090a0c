using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// SHOW SNAPSHOT's WHERE, which takes only <c>SNAPSHOT = 'x' [AND TIMESTAMP = 'y']</c> (either order) or
/// <c>SNAPSHOT IN ('a', ...)</c>: the next column or AND, and inside its strings the repository's snapshot names and
/// the named snapshot's timestamps, the latest first.
/// </summary>
internal static class CompletionSnapshotFilter
{
    /// <summary>Whether the cursor stands in the condition of a SHOW SNAPSHOT's WHERE.</summary>
    public static bool Applies(CompletionCursor cursor, ParserPosition position) =>
        position.Kind == StatementKind.ShowSnapshot && cursor.Tokens.IndexOfWord("WHERE") is >= 0 and var where && where < cursor.Tokens.Split;

    public static void Add(CompletionList list, StarRocksCatalog? catalog)
    {
        var tokens = list.Cursor.Tokens;
        var repository = CompletionNames.StatementRepositories(catalog, StatementClues.Repository(tokens, StatementKind.ShowSnapshot)).FirstOrDefault();
        var before = tokens.Split - 1;
        // A value goes in a string: inside one, or quoted on insertion where the value starts.
        var labelQuoted = list.Cursor.InString;
        if (StatementClues.IsSnapshotFilterValue(tokens))
        {
            // Not those the IN list has already.
            var listed = Enumerable.Range(0, tokens.Tokens.Length).Where(i => tokens.IsKind(i, TokenKind.String) && i != tokens.Split)
                .Select(tokens.NameAt).ToHashSet(StringComparer.Ordinal);
            foreach (var name in (repository?.Snapshots ?? []).Select(s => s.Name).Distinct().Where(n => !listed.Contains(n)))
                list.Add(labelQuoted ? list.Quoted(name) : name, CompletionEntryKind.Snapshot, $"snapshot in {repository!.Name}",
                    () => HoverTopics.Snapshot(name, StatementKind.ShowSnapshot, repository.Name, catalog), list.Quoted(name));
            return;
        }
        if (tokens.IsKind(before, TokenKind.Equals) && IsColumn(tokens, before - 1, "TIMESTAMP"))
        {
            if (NameMentions.FilteredSnapshots(tokens.Text, tokens.Tokens).FirstOrDefault().Name is { } snapshot)
                foreach (var timestamp in (repository?.Snapshots ?? []).Where(s => s.Name == snapshot).Select(s => s.Timestamp).OfType<string>().OrderDescending(StringComparer.Ordinal))
                    list.Add(labelQuoted ? list.Quoted(timestamp) : timestamp, CompletionEntryKind.Value, $"a backup of {snapshot}",
                        () => HoverTopics.Snapshot(snapshot, StatementKind.ShowSnapshot, repository!.Name, catalog), list.Quoted(timestamp));
            return;
        }
        if (list.Cursor.InString)
            return;
        var where = tokens.IndexOfWord("WHERE");
        string? next = before == where ? "SNAPSHOT"
            : before == where + 3 && tokens.IsKind(before, TokenKind.String) && tokens.IsKind(before - 1, TokenKind.Equals) ? "AND"
            : tokens.IsWord(before, "AND") && before == where + 4 ? (IsColumn(tokens, where + 1, "SNAPSHOT") ? "TIMESTAMP" : "SNAPSHOT")
            : null;
        if (next is null)
            return;
        var text = CompletionKeywords.WritesLowerCase(list.Cursor, [next]) ? next.ToLowerInvariant() : next;
        list.Add(text, CompletionEntryKind.Keyword, "keyword", () => HoverTopics.Keyword(next, StatementKind.ShowSnapshot), text);
    }

    private static bool IsColumn(StatementTokens tokens, int index, string column) =>
        tokens.IsName(index) && SnapshotFilter.IsColumn(tokens.Text, tokens.Tokens[index], column);
}
