using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// The result columns of the family's SHOWs where StarRocks 4.1's clauses take a column: where a condition of SHOW
/// BACKUP, SHOW RESTORE or SHOW REPOSITORIES starts (after WHERE, AND, OR, NOT or an opening parenthesis) and where a
/// sort key of any of them starts (after ORDER BY or a comma), AND and OR after a comparison, ASC and DESC after a sort
/// key; and a job's states where a value compared with its
/// <c>State</c> goes (<c>State = </c>, <c>State IN (</c>), as strings. SHOW SNAPSHOT's condition is its own filter
/// (<see cref="CompletionSnapshotFilter"/>).
/// </summary>
internal static class CompletionShowColumns
{
    /// <summary>What must come at the cursor: nothing in particular, a column, a value, or the operator after a column.</summary>
    private enum Operand
    {
        None,
        Column,
        Value,
        Operator,
    }

    /// <returns>
    /// Whether the condition is half written at the cursor (after WHERE, AND, OR, NOT, an operator, an opening parenthesis,
    /// ORDER BY, a comma, or the column a comparison starts with): then no clause keyword may come, though the parser, which
    /// reads a condition as tokens, expects ORDER and LIMIT.
    /// </returns>
    public static bool Add(CompletionList list, ParserPosition position, StarRocksCatalog? catalog)
    {
        if (!ShowResultFacts.Columns.ContainsKey(position.Kind))
            return false;
        var tokens = list.Cursor.Tokens;
        var before = tokens.Split - 1;
        var clause = StatementClues.ShowClauseAt(tokens);
        var inCondition = clause == "WHERE" && position.Kind != StatementKind.ShowSnapshot;
        // A state goes in a string: inside one, or quoted on insertion where the value starts.
        if (inCondition && ShowResultFacts.JobStates.TryGetValue(position.Kind, out var states) && StatementClues.ComparesState(tokens))
        {
            foreach (var state in states)
                list.Add(state.Name, CompletionEntryKind.Value, $"a state of {StatementHeads.WordsOf(position.Kind)} jobs",
                    () => HoverTopics.JobState(position.Kind, state), list.Quoted(state.Name));
            return true;
        }
        if (inCondition && catalog is not null && !(list.Version < Releases.ShowClausesSince) && AddNamesCompared(list, position.Kind, catalog))
            return true;
        CompletionKeywords.AddWords(list, position.Kind, NextKeywords(tokens, before, clause, inCondition));
        var operand = inCondition ? ConditionOperand(tokens, before)
            : clause == "ORDER" && (tokens.IsWord(before, "BY") || tokens.IsKind(before, TokenKind.Comma)) ? Operand.Column
            : Operand.None;
        if (operand == Operand.Column && !list.Cursor.InString)
            foreach (var column in ShowResultFacts.ColumnsOf(position.Kind, tokens))
                list.AddName(column.Name, CompletionEntryKind.Column, $"column of {StatementHeads.WordsOf(position.Kind)}",
                    () => HoverTopics.Column(position.Kind, column));
        return operand != Operand.None;
    }

    /// <summary>
    /// The catalog's names where a value compared with a column that holds them goes, as strings: repositories for
    /// <c>RepoName</c>, databases for <c>DbName</c>, snapshots (the latest backed up first) for SHOW BACKUP's
    /// <c>SnapshotName</c> and SHOW RESTORE's <c>Label</c>.
    /// </summary>
    private static bool AddNamesCompared(CompletionList list, StatementKind kind, StarRocksCatalog catalog)
    {
        switch (StatementClues.ComparedName(list.Cursor.Tokens, kind))
        {
            case CompletionEntryKind.Repository:
                foreach (var repository in catalog.Repositories is { } repositories ? NameOrder.Values(repositories) : [])
                    list.Add(repository.Name, CompletionEntryKind.Repository, "repository", () => HoverTopics.Repository(repository.Name, catalog),
                        list.Quoted(repository.Name));
                return true;
            case CompletionEntryKind.Database:
                foreach (var database in catalog.Databases is { } databases ? NameOrder.Values(databases) : [])
                    list.Add(database.Name, CompletionEntryKind.Database, "database", () => HoverTopics.Database(database.Name, catalog), list.Quoted(database.Name));
                return true;
            case CompletionEntryKind.Snapshot:
                var snapshots = (catalog.Repositories is { } all ? NameOrder.Values(all) : [])
                    .SelectMany(r => (r.Snapshots ?? []).Select(s => (Repository: r.Name, Snapshot: s)))
                    .OrderByDescending(s => s.Snapshot.Timestamp, StringComparer.Ordinal).DistinctBy(s => s.Snapshot.Name);
                foreach (var (repository, snapshot) in snapshots)
                    list.Add(snapshot.Name, CompletionEntryKind.Snapshot, $"snapshot in {repository}",
                        () => HoverTopics.Snapshot(snapshot.Name, kind, repository, catalog), list.Quoted(snapshot.Name));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A column starts a condition (after WHERE, AND, OR, NOT, a parenthesis), an operator follows it; a value follows an
    /// operator, IN or a list's comma.
    /// </summary>
    private static Operand ConditionOperand(StatementTokens tokens, int before) =>
        StartsCondition(tokens, before) ? Operand.Column
        : tokens.IsName(before) && StartsCondition(tokens, before - 1) ? Operand.Operator
        : tokens.IsKind(before, TokenKind.Equals) || tokens.IsKind(before, TokenKind.Operator) || tokens.IsWord(before, "IN")
                || tokens.IsKind(before, TokenKind.Comma) || tokens.IsKind(before, TokenKind.LParen)
                ? Operand.Value
                : Operand.None;

    private static bool StartsCondition(StatementTokens tokens, int before) =>
        tokens.IsWord(before, "WHERE") || tokens.IsWord(before, "AND") || tokens.IsWord(before, "OR") || tokens.IsWord(before, "NOT")
        || (tokens.IsKind(before, TokenKind.LParen) && !tokens.IsWord(before - 1, "IN"));

    /// <summary>
    /// After a whole comparison the condition may go on; after a sort key comes its direction. Offered before the clause
    /// keywords the parser expects (ORDER, LIMIT).
    /// </summary>
    private static string[] NextKeywords(StatementTokens tokens, int before, string? clause, bool inCondition) =>
        clause == "ORDER" && tokens.IsName(before) && (tokens.IsWord(before - 1, "BY") || tokens.IsKind(before - 1, TokenKind.Comma)) ? ["ASC", "DESC"]
        : inCondition && (tokens.IsKind(before, TokenKind.String) || tokens.IsKind(before, TokenKind.Number) || tokens.IsKind(before, TokenKind.RParen))
            ? ["AND", "OR"]
            : [];
}
