using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// The result columns of the family's SHOWs where StarRocks 4.1's clauses take a column: where a condition of SHOW
/// BACKUP, SHOW RESTORE or SHOW REPOSITORIES starts (after WHERE, AND, OR, NOT or an opening parenthesis) and where a
/// sort key of any of them starts (after ORDER BY or a comma), the operators after a condition's column, AND and OR
/// after a comparison, ASC and DESC after a sort key; and a job's states where a value compared with its <c>State</c> goes (<c>State = </c>, <c>State IN (</c>), as strings. SHOW SNAPSHOT's condition is its own filter
/// (<see cref="CompletionSnapshotFilter"/>).
/// </summary>
internal static class CompletionShowColumns
{
    /// <summary>
    /// What must come at the cursor: nothing in particular, a column, a value, or an operator or the rest of one (after a
    /// column, <c>col NOT</c>, <c>IS [NOT]</c>, or BETWEEN's first bound): only the keywords <see cref="NextKeywords"/> gives.
    /// </summary>
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
    /// <param name="analysis">The script, whose jobs before <paramref name="offset"/> a SHOW BACKUP or SHOW RESTORE may list.</param>
    public static bool Add(CompletionList list, ParserPosition position, StarRocksCatalog? catalog, DocumentAnalysis analysis, int offset)
    {
        if (!ShowResultFacts.Columns.ContainsKey(position.Kind))
            return false;
        var tokens = list.Cursor.Tokens;
        var before = tokens.Split - 1;
        var clause = StatementClues.ShowClauseAt(tokens);
        var inCondition = clause == "WHERE" && position.Kind != StatementKind.ShowSnapshot;
        // A state goes in a string: inside one, or quoted on insertion where the value starts.
        if (inCondition && ShowResultFacts.JobStates.TryGetValue(position.Kind, out var states) && StatementClues.ComparesState(tokens, orMatched: true))
        {
            foreach (var state in states)
                list.Add(state.Name, CompletionEntryKind.Value, $"a state of {StatementHeads.WordsOf(position.Kind)} jobs",
                    () => HoverTopics.JobState(position.Kind, state), list.Quoted(state.Name));
            return true;
        }
        if (inCondition && !(list.Version < Releases.ShowClausesSince) && AddNamesCompared(list, position.Kind, catalog, analysis, offset))
            return true;
        if (!list.Cursor.InString && !list.Cursor.InBackticks)
        {
            // After a condition's column, the comparisons first: StarRocks 4.1 reads the condition as a query's WHERE.
            if (inCondition && IsConditionColumn(tokens, before))
                CompletionKeywords.AddOperators(list, LanguageFacts.Comparisons);
            CompletionKeywords.AddWords(list, position.Kind, NextKeywords(tokens, before, clause, inCondition));
        }
        var operand = inCondition ? ConditionOperand(tokens, before)
            : clause == "ORDER" && (tokens.IsWord(before, "BY") || tokens.IsKind(before, TokenKind.Comma)) ? Operand.Column
            : Operand.None;
        if (operand == Operand.Column && !list.Cursor.InString)
            foreach (var column in ShowResultFacts.ColumnsOf(position.Kind, StatementClues.NamesOneBackup(tokens)))
                list.AddName(column.Name, CompletionEntryKind.Column, $"column of {StatementHeads.WordsOf(position.Kind)}",
                    () => HoverTopics.Column(position.Kind, column));
        return operand != Operand.None;
    }

    /// <summary>
    /// The names a column holds where a value compared with it goes, as strings: repositories for <c>RepoName</c> (the
    /// catalog's, or those the script creates), databases for <c>DbName</c> (the one FROM names first, then the session's, as after FROM), and snapshots for SHOW BACKUP's
    /// <c>SnapshotName</c> and SHOW RESTORE's <c>Label</c> (see <see cref="JobSnapshots"/>).
    /// </summary>
    private static bool AddNamesCompared(CompletionList list, StatementKind kind, StarRocksCatalog? catalog, DocumentAnalysis analysis, int offset)
    {
        switch (StatementClues.ComparedName(list.Cursor.Tokens, kind, orMatched: true))
        {
            case CompletionEntryKind.Repository:
                foreach (var repository in CompletionNames.KnownRepositories(catalog ?? StarRocksCatalog.Empty))
                    list.Add(repository.Name, CompletionEntryKind.Repository, "repository",
                        () => HoverTopics.Repository(repository.Name, catalog), list.Quoted(repository.Name));
                return true;
            case CompletionEntryKind.Database:
                // The database FROM names first: the SHOW lists its jobs alone. Then, as after FROM, the database of the job
                // the SHOW likely asks about, then the others in their order.
                var known = catalog ?? StarRocksCatalog.Empty;
                var made = ScriptNames.Before(analysis, offset);
                if (StatementClues.ShownDatabase(list.Cursor.Tokens) is { } shown)
                    list.Add(shown, CompletionEntryKind.Database, "database after FROM, whose jobs the SHOW lists",
                        () => HoverTopics.Database(shown, catalog), list.Quoted(shown));
                if (CompletionNames.LastJobDatabase(kind, known, made) is var (jobDatabase, jobDetail))
                    list.Add(jobDatabase, CompletionEntryKind.Database, jobDetail, () => HoverTopics.Database(jobDatabase, catalog), list.Quoted(jobDatabase));
                foreach (var (name, detail, documentation) in CompletionDatabases.InOrder(known, made))
                    list.Add(name, CompletionEntryKind.Database, detail, documentation, list.Quoted(name));
                return true;
            case CompletionEntryKind.Snapshot:
                JobSnapshots(list, kind, catalog, analysis, offset);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The snapshots a SHOW BACKUP's or SHOW RESTORE's filter may name, the likeliest first: that of the job the SHOW lists
    /// (the last of its database, or of each; see <see cref="ShownJobs"/>), then those of the script's other jobs of the
    /// kind shown, the latest first, then the catalog's, the latest backed up first.
    /// </summary>
    private static void JobSnapshots(CompletionList list, StatementKind kind, StarRocksCatalog? catalog, DocumentAnalysis analysis, int offset)
    {
        var tokens = list.Cursor.Tokens;
        var shown = kind == StatementKind.ShowBackup ? JobKind.Backup : JobKind.Restore;
        var jobs = ShownJobs.Of(analysis, CancellationToken.None);
        var database = ShownJobs.Identity(StatementClues.ShownDatabase(tokens), catalog);
        var verb = ScriptRules.Verb(shown);
        void Job(ShownJobs.StartedJob job, bool listed)
        {
            var line = analysis.Lines.GetPosition(job.Offset).Line + 1;
            list.Add(job.Snapshot, CompletionEntryKind.Snapshot, $"snapshot of the {verb} on line {line}{(listed ? ", the job this SHOW lists" : "")}",
                () => JobSnapshot(job, line, listed), list.Quoted(job.Snapshot));
        }
        HoverText JobSnapshot(ShownJobs.StartedJob job, int line, bool listed)
        {
            var text = shown == JobKind.Backup
                ? HoverTopics.Snapshot(job.Snapshot, kind, job.Repository, catalog, new MadeName(job.Repository, job.Snapshot, line))
                : HoverTopics.Snapshot(job.Snapshot, kind, job.Repository, catalog).Paragraph($"Restored by the RESTORE on line {line} of this script.");
            return listed ? text.Paragraph($"StarRocks keeps the last BACKUP or RESTORE of each database: this SHOW lists that {verb}.") : text;
        }
        foreach (var job in jobs.Listed(shown, database, offset))
            Job(job, listed: true);
        foreach (var job in jobs.Started(shown, database, offset))
            Job(job, listed: false);
        var snapshots = (catalog?.Repositories is { } all ? NameOrder.Values(all) : [])
            .SelectMany(r => (r.Snapshots ?? []).Select(s => (Repository: r.Name, Snapshot: s)))
            .OrderByDescending(s => s.Snapshot.Timestamp, StringComparer.Ordinal).DistinctBy(s => s.Snapshot.Name);
        foreach (var (repository, snapshot) in snapshots)
            list.Add(snapshot.Name, CompletionEntryKind.Snapshot, $"snapshot in {MessageNames.Repository(repository)}",
                () => HoverTopics.Snapshot(snapshot.Name, kind, repository, catalog), list.Quoted(snapshot.Name));
    }

    /// <summary>
    /// A column starts a condition (after WHERE, AND, OR, NOT, a parenthesis), an operator follows it (or the rest of one:
    /// after NOT, IS, IS NOT and BETWEEN's first bound); a value follows an operator, [NOT] IN, a list's comma, a pattern's
    /// LIKE, RLIKE or REGEXP, and BETWEEN and its AND.
    /// </summary>
    private static Operand ConditionOperand(StatementTokens tokens, int before) =>
        IsValueNot(tokens, before) || tokens.IsWord(before, "IS") || (tokens.IsWord(before, "NOT") && tokens.IsWord(before - 1, "IS"))
            || IsBetweenBound(tokens, before)
            ? Operand.Operator
        : IsBetweenAnd(tokens, before) ? Operand.Value
        : StartsCondition(tokens, before) ? Operand.Column
        : IsConditionColumn(tokens, before) ? Operand.Operator
        : tokens.IsKind(before, TokenKind.Equals) || tokens.IsKind(before, TokenKind.Operator) || tokens.IsWord(before, "IN")
                || tokens.IsKind(before, TokenKind.Comma) || tokens.IsKind(before, TokenKind.LParen) || tokens.IsWord(before, "BETWEEN")
                || tokens.IsWord(before, "LIKE") || tokens.IsWord(before, "RLIKE") || tokens.IsWord(before, "REGEXP")
                ? Operand.Value
                : Operand.None;

    /// <summary>The NOT of <c>col NOT IN</c>, <c>NOT LIKE</c>, <c>NOT BETWEEN</c>...: one after a value, not one that starts a condition (<c>AND NOT</c>).</summary>
    private static bool IsValueNot(StatementTokens tokens, int index) =>
        tokens.IsWord(index, "NOT")
        && (tokens.IsKind(index - 1, TokenKind.String) || tokens.IsKind(index - 1, TokenKind.Number) || tokens.IsKind(index - 1, TokenKind.RParen)
            || (tokens.IsName(index - 1) && !StartsCondition(tokens, index - 1) && !tokens.IsWord(index - 1, "IS")));

    /// <summary>BETWEEN's first bound, <c>BETWEEN x</c>, which its AND must follow.</summary>
    private static bool IsBetweenBound(StatementTokens tokens, int index) =>
        tokens.IsWord(index - 1, "BETWEEN") && (tokens.IsName(index) || tokens.IsKind(index, TokenKind.String) || tokens.IsKind(index, TokenKind.Number));

    /// <summary>The AND of <c>BETWEEN x AND</c>, before the second bound, not one between conditions.</summary>
    private static bool IsBetweenAnd(StatementTokens tokens, int index) => tokens.IsWord(index, "AND") && IsBetweenBound(tokens, index - 1);

    /// <summary>The column a condition starts with (<c>WHERE State</c>, <c>AND NOT DbName</c>), which an operator follows.</summary>
    private static bool IsConditionColumn(StatementTokens tokens, int index) => tokens.IsName(index) && StartsCondition(tokens, index - 1);

    private static bool StartsCondition(StatementTokens tokens, int before) =>
        tokens.IsWord(before, "WHERE") || tokens.IsWord(before, "AND") || tokens.IsWord(before, "OR") || tokens.IsWord(before, "NOT")
        || (tokens.IsKind(before, TokenKind.LParen) && !tokens.IsWord(before - 1, "IN"));

    /// <summary>
    /// After a whole comparison (IS [NOT] NULL too) the condition may go on; after a sort key comes its direction; what
    /// may follow <c>col NOT</c>, <c>IS</c>, <c>IS NOT</c> and BETWEEN's first bound. Offered before the clause keywords the
    /// parser expects (ORDER, LIMIT), which go only after a whole comparison.
    /// </summary>
    private static string[] NextKeywords(StatementTokens tokens, int before, string? clause, bool inCondition) =>
        clause == "ORDER" && tokens.IsName(before) && (tokens.IsWord(before - 1, "BY") || tokens.IsKind(before - 1, TokenKind.Comma)) ? ["ASC", "DESC"]
        : !inCondition ? []
        : IsConditionColumn(tokens, before) ? ["IN", "LIKE", "NOT", "BETWEEN", "IS", "REGEXP", "RLIKE"]
        : IsValueNot(tokens, before) ? ["IN", "LIKE", "BETWEEN", "REGEXP", "RLIKE"]
        : tokens.IsWord(before, "IS") ? ["NOT", "NULL"]
        : tokens.IsWord(before, "NOT") && tokens.IsWord(before - 1, "IS") ? ["NULL"]
        : IsBetweenBound(tokens, before) ? ["AND"]
        : tokens.IsKind(before, TokenKind.String) || tokens.IsKind(before, TokenKind.Number) || tokens.IsKind(before, TokenKind.RParen)
            || (tokens.IsWord(before, "NULL") && (tokens.IsWord(before - 1, "IS") || (tokens.IsWord(before - 1, "NOT") && tokens.IsWord(before - 2, "IS"))))
            ? ["AND", "OR"]
            : [];
}
