using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// SHOW SNAPSHOT's WHERE, which takes only <c>SNAPSHOT = 'x' [AND TIMESTAMP = 'y']</c> (either order) or
/// <c>SNAPSHOT IN ('a', ...)</c>: the next column, <c>=</c> (and IN) after one, AND, ORDER BY and LIMIT after a whole
/// condition, and inside its strings the repository's snapshot names and the named snapshot's timestamps, the latest first.
/// </summary>
internal static class CompletionSnapshotFilter
{
    /// <summary>Whether the cursor stands in the condition of a SHOW SNAPSHOT's WHERE (not in an ORDER BY or LIMIT after it).</summary>
    public static bool Applies(CompletionCursor cursor, ParserPosition position)
    {
        var tokens = cursor.Tokens;
        if (position.Kind != StatementKind.ShowSnapshot || tokens.IndexOfWord("WHERE") is not (>= 0 and var where) || where >= tokens.Split)
            return false;
        for (var i = where + 1; i < tokens.Split; i++)
            if (tokens.IsWord(i, "ORDER") || tokens.IsWord(i, "LIMIT"))
                return false;
        return true;
    }

    /// <param name="made">What the statements before the cursor make: the snapshots BACKUPs take are offered first.</param>
    public static void Add(CompletionList list, ParserPosition position, AnalysisContext session, Lazy<ScriptNames> made)
    {
        var catalog = session.Catalog;
        var tokens = list.Cursor.Tokens;
        var repositoryName = StatementClues.Repository(tokens, StatementKind.ShowSnapshot);
        var repository = CompletionNames.StatementRepositories(catalog, repositoryName).FirstOrDefault();
        var before = tokens.Split - 1;
        // A value goes in a string: inside one, or quoted on insertion where the value starts.
        if (StatementClues.IsSnapshotFilterValue(tokens))
        {
            // Not those the IN list has already.
            var listed = Enumerable.Range(0, tokens.Tokens.Length).Where(i => tokens.IsKind(i, TokenKind.String) && i != tokens.Split)
                .Select(tokens.NameAt).ToHashSet(StringComparer.Ordinal);
            foreach (var taken in made.Value.Snapshots.Reverse().Where(s => s.Scope == repositoryName && !listed.Contains(s.Name) && repository?.HoldsSnapshot(s.Name) != true))
                list.Add(taken.Name, CompletionEntryKind.Snapshot, $"snapshot in {MessageNames.Repository(taken.Scope!)}, backed up on line {taken.Line}",
                    () => HoverTopics.Snapshot(taken.Name, StatementKind.ShowSnapshot, taken.Scope, catalog, taken), list.Quoted(taken.Name));
            // The latest backed up first, as everywhere snapshots are listed.
            var latestFirst = (repository?.Snapshots ?? []).OrderByDescending(s => s.Timestamp, StringComparer.Ordinal);
            foreach (var name in latestFirst.Select(s => s.Name).Distinct().Where(n => !listed.Contains(n)))
                list.Add(name, CompletionEntryKind.Snapshot, $"snapshot in {MessageNames.Repository(repository!.Name)}",
                    () => HoverTopics.Snapshot(name, StatementKind.ShowSnapshot, repository.Name, catalog), list.Quoted(name));
            return;
        }
        if (tokens.IsKind(before, TokenKind.Equals) && IsColumn(tokens, before - 1, "TIMESTAMP"))
        {
            // The named snapshot's backups; before the condition names one (TIMESTAMP first), every backup in the repository.
            var snapshot = NameMentions.FilteredNames(tokens.Text, tokens.Tokens).FirstOrDefault().Name;
            foreach (var backup in (repository?.Snapshots ?? []).Where(s => s.Timestamp is not null && (snapshot is null || s.Name == snapshot))
                         .OrderByDescending(s => s.Timestamp, StringComparer.Ordinal))
                list.Add(backup.Timestamp!, CompletionEntryKind.Value, $"a backup of {MessageNames.Snapshot(backup.Name)}",
                    () => HoverTopics.Snapshot(backup.Name, StatementKind.ShowSnapshot, repository!.Name, catalog), list.Quoted(backup.Timestamp!));
            return;
        }
        if (list.Cursor.InString)
            return;
        var where = tokens.IndexOfWord("WHERE");
        // `=` after a comparison's column, the first or the one after AND: the analyzer reads no other operator.
        if ((before == where + 1 || (before == where + 5 && tokens.IsWord(where + 4, "AND")))
            && (IsColumn(tokens, before, "SNAPSHOT") || IsColumn(tokens, before, "TIMESTAMP")))
            CompletionKeywords.AddOperators(list, [LanguageFacts.SnapshotFilterEquals]);
        // SNAPSHOT first: a TIMESTAMP needs one beside it. IN after SNAPSHOT, where the release reads it (3.0).
        string[] next = before == where ? ["SNAPSHOT", "TIMESTAMP"]
            : before == where + 1 && IsColumn(tokens, before, "SNAPSHOT") && !(session.Options.Version < Releases.SnapshotInSince) ? ["IN"]
            : before == where + 3 && tokens.IsKind(before, TokenKind.String) && tokens.IsKind(before - 1, TokenKind.Equals) ? ["AND"]
            : tokens.IsWord(before, "AND") && before == where + 4 ? [IsColumn(tokens, where + 1, "SNAPSHOT") ? "TIMESTAMP" : "SNAPSHOT"]
            : [];
        if (next.Length > 0)
            CompletionKeywords.AddWords(list, StatementKind.ShowSnapshot, next);
        // After a whole condition the clauses that follow a WHERE (ORDER BY, LIMIT), where the configured version takes them.
        if (IsWholeCondition(tokens, where))
            CompletionKeywords.Add(list, position, session);
    }

    /// <summary>
    /// Whether the WHERE's tokens up to the split make a condition StarRocks takes: <c>SNAPSHOT = 'x'</c>, that and a
    /// TIMESTAMP (either order), or <c>SNAPSHOT IN ('a', ...)</c>.
    /// </summary>
    private static bool IsWholeCondition(StatementTokens tokens, int where)
    {
        var last = tokens.Split - 1;
        bool IsComparison(int column, string name) =>
            IsColumn(tokens, column, name) && tokens.IsKind(column + 1, TokenKind.Equals) && tokens.IsKind(column + 2, TokenKind.String);
        if (last == where + 3)
            return IsComparison(where + 1, "SNAPSHOT");
        if (last == where + 7 && tokens.IsWord(where + 4, "AND"))
            return (IsComparison(where + 1, "SNAPSHOT") && IsComparison(where + 5, "TIMESTAMP"))
                || (IsComparison(where + 1, "TIMESTAMP") && IsComparison(where + 5, "SNAPSHOT"));
        if (!tokens.IsKind(last, TokenKind.RParen) || !IsColumn(tokens, where + 1, "SNAPSHOT") || !tokens.IsWord(where + 2, "IN")
            || !tokens.IsKind(where + 3, TokenKind.LParen))
            return false;
        for (var item = where + 4; item < last; item += 2)
            if (!tokens.IsKind(item, TokenKind.String) || (item + 1 < last && !tokens.IsKind(item + 1, TokenKind.Comma)))
                return false;
        return last > where + 4 && (last - where) % 2 == 1;
    }

    private static bool IsColumn(StatementTokens tokens, int index, string column) =>
        tokens.IsName(index) && SnapshotFilter.IsColumn(tokens.Text, tokens.Tokens[index], column);
}
