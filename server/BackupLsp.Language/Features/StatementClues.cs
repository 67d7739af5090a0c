using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// Facts read from a statement's tokens, which need not parse: while a person types, the tree rarely exists.
/// </summary>
internal static class StatementClues
{
    /// <summary>
    /// The clause of a SHOW the split stands in: the last WHERE, ORDER (with its BY) or LIMIT before it, which come in this
    /// order, upper-cased; null before them. The parser reads a condition and sort keys as tokens, so its expectations
    /// cannot tell where in them the split is.
    /// </summary>
    public static string? ShowClauseAt(StatementTokens tokens)
    {
        for (var i = tokens.Split - 1; i >= 0; i--)
            if (tokens.IsWord(i, "WHERE") || tokens.IsWord(i, "LIMIT") || (tokens.IsWord(i, "ORDER") && tokens.IsWord(i + 1, "BY") && i + 1 < tokens.Split))
                return tokens.TextOf(tokens.Tokens[i]).ToUpperInvariant();
        return null;
    }

    /// <summary>Whether the statement is a SHOW SNAPSHOT whose WHERE names one backup (see <see cref="Rules.SnapshotFilter.NamesOneBackup"/>).</summary>
    public static bool NamesOneBackup(StatementTokens tokens)
    {
        if (tokens.IndexOfWord("WHERE") is var where && where < 0)
            return false;
        var end = where + 1;
        while (end < tokens.Tokens.Length && !tokens.IsWord(end, "LIMIT") && !(tokens.IsWord(end, "ORDER") && tokens.IsWord(end + 1, "BY")))
            end++;
        return Rules.SnapshotFilter.NamesOneBackup(tokens.Text, tokens.Tokens[(where + 1)..end]);
    }

    /// <summary>
    /// Whether a value at the split is compared with a job's State: <c>State = |</c>, an item of <c>State IN ('a', |</c>, or
    /// <c>'|' = State</c>.
    /// </summary>
    /// <param name="orMatched">Also where the value is matched with the column otherwise (see <see cref="ComparesColumn"/>).</param>
    public static bool ComparesState(StatementTokens tokens, bool orMatched = false) => ComparesColumn(tokens, "State", orMatched);

    /// <summary>
    /// The kind of name a value at the split is compared as in a SHOW's condition: a repository with SHOW REPOSITORIES'
    /// <c>RepoName</c>, a database with SHOW BACKUP's or RESTORE's <c>DbName</c>, a snapshot with their <c>SnapshotName</c>.
    /// </summary>
    /// <param name="orMatched">Also where the value is matched with the column otherwise (see <see cref="ComparesColumn"/>).</param>
    public static CompletionEntryKind? ComparedName(StatementTokens tokens, StatementKind kind, bool orMatched = false) =>
        kind == StatementKind.ShowRepositories && ComparesColumn(tokens, "RepoName", orMatched) ? CompletionEntryKind.Repository
        : kind is StatementKind.ShowBackup or StatementKind.ShowRestore && ComparesColumn(tokens, "DbName", orMatched) ? CompletionEntryKind.Database
        // A BACKUP job's snapshot is its SnapshotName; a RESTORE job's, its Label.
        : (kind == StatementKind.ShowBackup && ComparesColumn(tokens, "SnapshotName", orMatched))
            || (kind == StatementKind.ShowRestore && ComparesColumn(tokens, "Label", orMatched))
            ? CompletionEntryKind.Snapshot
        : null;

    /// <summary>
    /// Whether a value at the split is compared with <paramref name="column"/>, as <see cref="ComparesState"/> tells State;
    /// <paramref name="orMatched"/>, also where it is matched with the column otherwise: by <c>!=</c>, <c>&lt;&gt;</c> or
    /// <c>&lt;=&gt;</c>, in a NOT IN list, or as a pattern (<c>[NOT] LIKE</c>, <c>RLIKE</c>, <c>REGEXP</c>): completion offers
    /// the values the column holds there too, but hover describes a value as one only where it is one (a pattern is not).
    /// </summary>
    public static bool ComparesColumn(StatementTokens tokens, string column, bool orMatched = false)
    {
        bool IsColumn(int index) => tokens.IsName(index) && JavaCase.EqualsIgnoreCase(tokens.NameAt(index), column);
        return IsValueOf(tokens, IsColumn) || (orMatched && MatchedColumn(tokens) is var matched && IsColumn(matched));
    }

    /// <summary>
    /// The index of what a value at the split is matched with otherwise than by <c>=</c> or IN (see <see cref="ComparesColumn"/>); -1 if none.
    /// </summary>
    private static int MatchedColumn(StatementTokens tokens)
    {
        var before = tokens.Split - 1;
        while (tokens.IsKind(before, TokenKind.Comma) && tokens.IsKind(before - 1, TokenKind.String))
            before -= 2;
        if (tokens.IsKind(before, TokenKind.LParen) && tokens.IsWord(before - 1, "IN"))
            return tokens.IsWord(before - 2, "NOT") ? before - 3 : -1;
        if (before < tokens.Split - 1)
            return -1;
        if (tokens.IsWord(before, "LIKE") || tokens.IsWord(before, "RLIKE") || tokens.IsWord(before, "REGEXP"))
            return tokens.IsWord(before - 1, "NOT") ? before - 2 : before - 1;
        // The operator's characters, each a token of its own.
        var operatorStart = before;
        while (operatorStart > before - 3 && (tokens.IsKind(operatorStart, TokenKind.Equals) || tokens.IsKind(operatorStart, TokenKind.Operator)))
            operatorStart--;
        var written = string.Concat(Enumerable.Range(operatorStart + 1, before - operatorStart).Select(i => tokens.TextOf(tokens.Tokens[i])));
        return written is "!=" or "<>" or "<=>" ? operatorStart : -1;
    }

    /// <summary>
    /// Whether the split stands where a value compared with a column goes: <c>column = |</c>, an item of
    /// <c>column IN ('a', |</c>, or before <c>= column</c> (StarRocks evaluates a SHOW's filter either way round),
    /// <paramref name="isColumn"/> telling the column by its token's index.
    /// </summary>
    private static bool IsValueOf(StatementTokens tokens, Func<int, bool> isColumn)
    {
        var before = tokens.Split - 1;
        // Before `= column`, where a condition starts: the split is the string hovered, or the token after the one completion replaces.
        var after = tokens.IsKind(tokens.Split, TokenKind.String) ? tokens.Split + 1 : tokens.Split;
        if (tokens.IsKind(after, TokenKind.Equals) && isColumn(after + 1)
            && (tokens.IsWord(before, "WHERE") || tokens.IsWord(before, "AND") || tokens.IsWord(before, "OR") || tokens.IsWord(before, "NOT")
                || tokens.IsKind(before, TokenKind.LParen)))
            return true;
        if (tokens.IsKind(before, TokenKind.Equals))
            return isColumn(before - 1);
        while (tokens.IsKind(before, TokenKind.Comma) && tokens.IsKind(before - 1, TokenKind.String))
            before -= 2;
        return tokens.IsKind(before, TokenKind.LParen) && tokens.IsWord(before - 1, "IN") && isColumn(before - 2);
    }

    /// <summary>The database whose jobs a SHOW BACKUP or SHOW RESTORE lists, <c>{FROM | IN} db</c>; null without one (every database's).</summary>
    public static string? ShownDatabase(StatementTokens tokens) =>
        (tokens.IsWord(2, "FROM") || tokens.IsWord(2, "IN")) && tokens.IsName(3) ? tokens.NameAt(3) : null;

    /// <summary>
    /// The database the statement works on: <c>DATABASE db</c>, the <c>db.</c> of <c>db.snap</c>, else the session's, as
    /// a backup or restore statement reads it whatever the session's catalog (<see cref="StarRocksCatalog.BackupDatabase"/>).
    /// </summary>
    public static string? Database(StatementTokens tokens, StarRocksCatalog? catalog)
    {
        if (NameAfter(tokens, "DATABASE") is >= 0 and var database)
            return tokens.NameAt(database);
        if (SnapshotDatabase(tokens) is >= 0 and var prefix)
            return tokens.NameAt(prefix);
        return catalog?.BackupDatabase;
    }

    /// <summary>The index of the <c>db</c> of <c>SNAPSHOT db.snap</c>, or -1.</summary>
    public static int SnapshotDatabase(StatementTokens tokens) =>
        tokens.IndexOfWord("SNAPSHOT") is >= 0 and var snapshot && tokens.IsName(snapshot + 1) && tokens.IsKind(snapshot + 2, TokenKind.Dot)
            ? snapshot + 1
            : -1;

    /// <summary>Whether the statement names its database, in <c>db.snap</c> or a <c>DATABASE</c> clause (before the cursor or after it).</summary>
    public static bool NamesDatabase(StatementTokens tokens) => SnapshotDatabase(tokens) >= 0 || HasDatabaseClause(tokens);

    /// <summary>Whether the statement is a form for external catalogs: <c>EXTERNAL CATALOG (...)</c> or <c>ALL EXTERNAL CATALOGS</c>.</summary>
    public static bool IsExternalCatalogForm(StatementTokens tokens)
    {
        for (var i = 0; i < tokens.Tokens.Length; i++)
            if (tokens.IsWord(i, "EXTERNAL") && (tokens.IsWord(i + 1, "CATALOG") || tokens.IsWord(i + 1, "CATALOGS")))
                return true;
        return false;
    }

    /// <summary>The index of the <c>(</c> of <c>EXTERNAL CATALOG(S) (...)</c> when the split stands in that list; -1 elsewhere.</summary>
    public static int ExternalCatalogList(StatementTokens tokens)
    {
        for (var i = 0; i + 2 < tokens.Split; i++)
            if (tokens.IsWord(i, "EXTERNAL") && (tokens.IsWord(i + 1, "CATALOG") || tokens.IsWord(i + 1, "CATALOGS")) && tokens.IsKind(i + 2, TokenKind.LParen))
            {
                for (var closed = i + 3; closed < tokens.Split; closed++)
                    if (tokens.IsKind(closed, TokenKind.RParen))
                        return -1;
                return i + 2;
            }
        return -1;
    }

    /// <summary>The catalogs the items of the list opened at <paramref name="open"/> name (not their new names), but the one being typed.</summary>
    public static IEnumerable<string> ListedCatalogs(StatementTokens tokens, int open)
    {
        var itemStart = true;
        for (var i = open + 1; i < tokens.Tokens.Length && !tokens.IsKind(i, TokenKind.RParen); i++)
        {
            if (itemStart && tokens.IsName(i) && i != tokens.Split)
                yield return tokens.NameAt(i);
            itemStart = tokens.IsKind(i, TokenKind.Comma);
        }
    }

    /// <summary>Whether the split is outside every parenthesis: where the statement's clauses go, not inside ON (...) or PROPERTIES (...).</summary>
    public static bool AtClauseLevel(StatementTokens tokens)
    {
        var depth = 0;
        foreach (var token in tokens.Before)
            depth += token.Kind switch { TokenKind.LParen => 1, TokenKind.RParen => depth > 0 ? -1 : 0, _ => 0 };
        return depth == 0;
    }

    /// <summary>The repository of BACKUP (<c>TO</c>), RESTORE (<c>FROM</c>) or SHOW SNAPSHOT (<c>ON</c>), wherever the cursor is.</summary>
    public static string? Repository(StatementTokens tokens, StatementKind kind) =>
        NameAfter(tokens, RepositoryKeyword(kind)) is >= 0 and var repository ? tokens.NameAt(repository) : null;

    /// <summary>The keyword before the repository: <c>TO</c> in BACKUP, <c>ON</c> in SHOW SNAPSHOT, <c>FROM</c> in RESTORE.</summary>
    public static string RepositoryKeyword(StatementKind kind) =>
        kind switch { StatementKind.Backup => "TO", StatementKind.ShowSnapshot or StatementKind.DropSnapshot => "ON", _ => "FROM" };

    /// <summary>The index of the name right after the first word <paramref name="keyword"/>, or -1.</summary>
    public static int NameAfter(StatementTokens tokens, string keyword) =>
        tokens.IndexOfWord(keyword) is >= 0 and var at && tokens.IsName(at + 1) ? at + 1 : -1;

    /// <summary>The snapshot's own name: the last part of <c>[db.]snap</c>.</summary>
    public static string? SnapshotName(StatementTokens tokens)
    {
        var keyword = tokens.IndexOfWord("SNAPSHOT");
        var index = keyword + 1;
        if (keyword < 0 || !tokens.IsName(index))
            return null;
        return tokens.IsKind(index + 1, TokenKind.Dot) && tokens.IsName(index + 2) ? tokens.NameAt(index + 2) : tokens.NameAt(index);
    }

    /// <summary>Whether a <c>DATABASE</c> clause names the statement's database (before the cursor or after it).</summary>
    public static bool HasDatabaseClause(StatementTokens tokens) => tokens.IndexOfWord("DATABASE") >= 0;

    /// <summary>The database of <c>DATABASE db AS</c> right before the cursor, whose new name comes next; null elsewhere.</summary>
    public static string? DatabaseAliased(StatementTokens tokens) =>
        tokens.IsWord(tokens.Split - 1, "AS") && tokens.IsName(tokens.Split - 2) && tokens.IsWord(tokens.Split - 3, "DATABASE")
            ? tokens.NameAt(tokens.Split - 2) : null;

    /// <summary>Whether the string at the split is a snapshot SHOW SNAPSHOT's WHERE asks for: <c>SNAPSHOT = 'x'</c> or <c>SNAPSHOT IN ('x', ...)</c>.</summary>
    public static bool IsSnapshotFilterValue(StatementTokens tokens) =>
        IsValueOf(tokens, index => tokens.IsName(index) && Rules.SnapshotFilter.IsColumn(tokens.Text, tokens.Tokens[index], "SNAPSHOT"));

    /// <summary>Whether the string at the split is the timestamp SHOW SNAPSHOT's WHERE asks for: <c>TIMESTAMP = 'y'</c>.</summary>
    public static bool IsTimestampFilterValue(StatementTokens tokens) =>
        tokens.IsKind(tokens.Split - 1, TokenKind.Equals) && tokens.IsName(tokens.Split - 2)
        && Rules.SnapshotFilter.IsColumn(tokens.Text, tokens.Tokens[tokens.Split - 2], "TIMESTAMP");

    /// <summary>The name an alias at the split (<c>... AS |x</c>) renames: the one before its PARTITION list, if any.</summary>
    public static string? AliasedName(StatementTokens tokens)
    {
        var before = tokens.Split - 2;
        if (!tokens.IsWord(before + 1, "AS"))
            return null;
        if (tokens.IsKind(before, TokenKind.RParen))
        {
            while (before >= 0 && !tokens.IsKind(before, TokenKind.LParen))
                before--;
            before--;
        }
        else if (IsPartitionKeyword(tokens, before - 1))
            before--;
        if (IsPartitionKeyword(tokens, before))
            before -= tokens.IsWord(before - 1, "TEMPORARY") ? 2 : 1;
        return tokens.IsName(before) ? tokens.NameAt(before) : null;
    }

    private static bool IsPartitionKeyword(StatementTokens tokens, int index) => tokens.IsWord(index, "PARTITION") || tokens.IsWord(index, "PARTITIONS");

    /// <summary>The database named before the dot that precedes the split (<c>db.|</c>), if any.</summary>
    public static string? QualifierBeforeSplit(StatementTokens tokens) =>
        tokens.IsKind(tokens.Split - 1, TokenKind.Dot) && tokens.IsName(tokens.Split - 2) ? tokens.NameAt(tokens.Split - 2) : null;

    /// <summary>The PARTITION keyword whose list holds the split, and the table it belongs to.</summary>
    public static (int Keyword, string? Table) PartitionClause(StatementTokens tokens)
    {
        for (var i = tokens.Split - 1; i >= 0; i--)
        {
            if (tokens.IsKind(i, TokenKind.RParen))
                break;
            if (!IsPartitionKeyword(tokens, i))
                continue;
            return (i, TableOfPartitions(tokens, i));
        }
        return (-1, null);
    }

    /// <summary>
    /// The PARTITION keyword of an unparenthesized list that the split may go on with (<c>t1 PARTITION p1, 'p2', |</c>), and
    /// the table it belongs to: current StarRocks reads plain names and strings after such a list as more of its partitions.
    /// </summary>
    public static (int Keyword, string? Table) UnparenthesizedPartitionList(StatementTokens tokens)
    {
        for (var comma = tokens.Split - 1; tokens.IsKind(comma, TokenKind.Comma) && IsNameOrString(tokens, comma - 1); comma -= 2)
        {
            var keyword = comma - 2;
            if (IsPartitionKeyword(tokens, keyword))
                return (keyword, TableOfPartitions(tokens, keyword));
        }
        return (-1, null);
    }

    /// <summary>
    /// Whether the unparenthesized list of the PARTITION keyword at <paramref name="keyword"/> goes on over a string
    /// (<c>t1 PARTITION p1, p2, 'p3'</c>): only current StarRocks reads that, and it reads every name of the run as a
    /// partition, as the tree does.
    /// </summary>
    public static bool PartitionListHoldsString(StatementTokens tokens, int keyword)
    {
        for (var i = keyword + 1; IsNameOrString(tokens, i) && !tokens.IsKind(i + 1, TokenKind.Dot); i += 2)
        {
            if (i > keyword + 1 && tokens.IsKind(i, TokenKind.String))
                return true;
            if (!tokens.IsKind(i + 1, TokenKind.Comma))
                break;
        }
        return false;
    }

    private static bool IsNameOrString(StatementTokens tokens, int index) => tokens.IsName(index) || tokens.IsKind(index, TokenKind.String);

    /// <summary>The table whose partitions the PARTITION keyword at <paramref name="keyword"/> lists, if one is named before it.</summary>
    private static string? TableOfPartitions(StatementTokens tokens, int keyword)
    {
        var table = IsTemporary(tokens, keyword) ? keyword - 2 : keyword - 1;
        return tokens.IsName(table) && !tokens.IsWord(table, "ON") ? tokens.NameAt(table) : null;
    }

    /// <summary>
    /// Whether the PARTITION keyword at <paramref name="keyword"/> names temporary partitions: TEMPORARY after a table's
    /// name; starting an item, TEMPORARY is the table's name (<c>ON (temporary PARTITION (p))</c>).
    /// </summary>
    public static bool IsTemporary(StatementTokens tokens, int keyword) =>
        tokens.IsWord(keyword - 1, "TEMPORARY") && tokens.IsName(keyword - 2);

    /// <summary>The partitions listed after a PARTITION keyword (up to its closing parenthesis).</summary>
    public static IEnumerable<string> ListedPartitions(StatementTokens tokens, int keyword) =>
        ListedPartitionTokens(tokens, keyword).Select(tokens.NameAt);

    /// <summary>The tokens of the partitions listed after a PARTITION keyword (up to its closing parenthesis).</summary>
    public static IEnumerable<int> ListedPartitionTokens(StatementTokens tokens, int keyword)
    {
        if (!tokens.IsKind(keyword + 1, TokenKind.LParen))
        {
            // Unparenthesized: names and strings with commas between them, for as long as current StarRocks reads them as partitions.
            for (var i = keyword + 1; IsNameOrString(tokens, i) && !tokens.IsKind(i + 1, TokenKind.Dot); i += 2)
            {
                yield return i;
                if (!tokens.IsKind(i + 1, TokenKind.Comma))
                    yield break;
            }
            yield break;
        }
        for (var i = keyword + 2; i < tokens.Tokens.Length && !tokens.IsKind(i, TokenKind.RParen); i++)
            if (tokens.IsName(i) || tokens.IsKind(i, TokenKind.String))
                yield return i;
    }

    /// <summary>The tables listed in <c>ON (...)</c>: the last name part of each item that names a table.</summary>
    public static IEnumerable<string> ListedTables(StatementTokens tokens) =>
        ListedTableNames(tokens).Select(name => tokens.NameAt(name.Last));

    /// <summary>Each item of <c>ON (...)</c> that names a table, as the tokens of its first and last name parts.</summary>
    public static IEnumerable<(int First, int Last)> ListedTableNames(StatementTokens tokens)
    {
        foreach (var start in ItemStarts(tokens))
            if (TableItemName(tokens, start) is { } table)
                yield return table;
    }

    /// <summary>
    /// The tables, views and materialized views listed in <c>ON (...)</c>, whatever keyword names each (they share one
    /// set of names, which a bare name is looked up in): none of them is offered again, whichever way it would be named.
    /// </summary>
    public static HashSet<string> ListedRelations(StatementTokens tokens)
    {
        var listed = ListedTables(tokens).ToHashSet(StringComparer.Ordinal);
        listed.UnionWith(ListedObjects(tokens, CompletionEntryKind.View));
        listed.UnionWith(ListedObjects(tokens, CompletionEntryKind.MaterializedView));
        return listed;
    }

    /// <summary>
    /// The views, materialized views or functions (by <paramref name="kind"/>) that items of <c>ON (...)</c> other than the
    /// one being typed name: the last part of each name.
    /// </summary>
    public static IEnumerable<string> ListedObjects(StatementTokens tokens, CompletionEntryKind kind)
    {
        foreach (var start in ItemStarts(tokens))
        {
            var name = start + (tokens.IsWord(start, "MATERIALIZED") ? 2 : 1);
            if (tokens.IsName(name) && ObjectKindBeforeSplit(tokens with { Split = name }) == kind && (kind != CompletionEntryKind.View || IsViewKeyword(tokens, name - 1)))
            {
                while (tokens.IsKind(name + 1, TokenKind.Dot) && tokens.IsName(name + 2))
                    name += 2;
                if (name != tokens.Split)
                    yield return tokens.NameAt(name);
            }
        }
    }

    private static bool IsViewKeyword(StatementTokens tokens, int index) => tokens.IsWord(index, "VIEW") || tokens.IsWord(index, "VIEWS");

    /// <summary>The first token of each item of <c>ON (...)</c>.</summary>
    private static IEnumerable<int> ItemStarts(StatementTokens tokens)
    {
        var on = tokens.IndexOfWord("ON");
        if (on < 0 || !tokens.IsKind(on + 1, TokenKind.LParen))
            yield break;
        var depth = 0;
        var itemStart = true;
        for (var i = on + 1; i < tokens.Tokens.Length; i++)
        {
            var kind = tokens.Tokens[i].Kind;
            if (kind == TokenKind.LParen)
                depth++;
            else if (kind == TokenKind.RParen && --depth == 0)
                yield break;
            else if (depth == 1 && kind == TokenKind.Comma)
                itemStart = true;
            // An item starts with a name or a keyword (the reserved FUNCTION among them).
            else if (depth == 1 && itemStart && (kind == TokenKind.Word || tokens.IsName(i)))
            {
                itemStart = false;
                yield return i;
            }
        }
    }

    private static readonly HashSet<string> NonTableItemWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "VIEW", "VIEWS", "MATERIALIZED", "FUNCTION", "FUNCTIONS", "PARTITION", "PARTITIONS", "TEMPORARY",
    };

    private static (int First, int Last)? TableItemName(StatementTokens tokens, int start)
    {
        var first = tokens.IsWord(start, "TABLE") || tokens.IsWord(start, "TABLES") ? start + 1 : start;
        // A keyword that starts another kind of item counts only when a name follows it: `ON (view)` is a table.
        if (first == start && tokens.Tokens[first].Kind == TokenKind.Word && NonTableItemWords.Contains(tokens.TextOf(tokens.Tokens[first])) && tokens.IsName(first + 1))
            return null;
        var last = first;
        while (tokens.IsKind(last + 1, TokenKind.Dot) && tokens.IsName(last + 2))
            last += 2;
        return tokens.IsName(last) ? (first, last) : null;
    }

    /// <summary>The snapshot a DROP SNAPSHOT names (the name right after SNAPSHOT), if written yet.</summary>
    public static string? DroppedSnapshot(StatementTokens tokens) =>
        NameAfter(tokens, "SNAPSHOT") is >= 0 and var at ? tokens.NameAt(at) : null;

    /// <summary>The location a CREATE REPOSITORY names (<c>ON LOCATION "s3a://..."</c>), if written yet.</summary>
    public static string? Location(StatementTokens tokens) =>
        tokens.IndexOfWord("LOCATION") is >= 0 and var at && tokens.IsKind(at + 1, TokenKind.String) ? tokens.NameAt(at + 1) : null;

    /// <summary>The keys already written in <c>PROPERTIES (...)</c>, as StarRocks reads them (see PropertyKeys.KeyAsRead).</summary>
    public static IEnumerable<string> PresentPropertyKeys(StatementTokens tokens, StarRocksVersion? version)
    {
        var properties = tokens.IndexOfWord("PROPERTIES");
        if (properties < 0)
            yield break;
        for (var i = properties + 1; i < tokens.Tokens.Length; i++)
            if (tokens.IsKind(i, TokenKind.String) && tokens.IsKind(i + 1, TokenKind.Equals))
                yield return PropertyKeys.KeyAsRead(tokens.NameAt(i), version);
    }

    /// <summary>The key of <c>"key" = |</c> when the split stands right after the equals sign, as StarRocks reads it.</summary>
    public static string? PropertyKeyBeforeValue(StatementTokens tokens, StarRocksVersion? version) =>
        tokens.IsKind(tokens.Split - 1, TokenKind.Equals) && (tokens.IsKind(tokens.Split - 2, TokenKind.String) || tokens.IsName(tokens.Split - 2))
            ? PropertyKeys.KeyAsRead(tokens.NameAt(tokens.Split - 2), version)
            : null;

    /// <summary>Which kind of object the keyword before the split introduces in <c>ON (...)</c>.</summary>
    public static CompletionEntryKind ObjectKindBeforeSplit(StatementTokens tokens)
    {
        var last = tokens.Split - 1;
        if (tokens.IsWord(last, "FUNCTION") || tokens.IsWord(last, "FUNCTIONS"))
            return CompletionEntryKind.Function;
        return tokens.IsWord(last - 1, "MATERIALIZED") ? CompletionEntryKind.MaterializedView : CompletionEntryKind.View;
    }
}
