using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>A followed statement that ends where its grammar does before another statement on a line of its own: a missing `;`.</summary>
internal readonly partial record struct SessionEffect
{
    /// <summary>The first words of the statements <see cref="StatementAfterCompleteForm"/> reads.</summary>
    private static readonly HashSet<string> CompleteFormFirstWords = new(StringComparer.OrdinalIgnoreCase) { "USE", "SET", "DROP", "CREATE", "ALTER", "RECOVER", "TRUNCATE" };

    /// <summary>
    /// Where a statement starts on a line of its own after a followed session statement whose words before that line
    /// are all of it (<c>DROP CATALOG c</c>, then <c>SET CATALOG c</c>): StarRocks reads the two as one and fails it, where
    /// the `;` was missing. Null where the words before that line are not one of those forms whole, as in <c>DROP DATABASE d</c>
    /// then <c>FORCE</c> (no statement), or <c>CREATE DATABASE d</c> then <c>PROPERTIES (...)</c>.
    /// </summary>
    public static int? StatementAfterCompleteForm(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        if (!words.IsToken(0, TokenKind.Word) || !CompleteFormFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(statement[words.Written(0).Span.Start..words.Written(0).Span.End]))
            return null;
        // The form is read first, from its few words, so that other statements (a CREATE TABLE) are left at once; then the
        // statement on a line of its own must stand right after it, none before it.
        if (CompleteFormEnd(statement, ref words) is not { } end || !StatementOnNextLine(statement, ref words, end))
            return null;
        for (var at = 1; at < end; at++)
            if (StatementOnNextLine(statement, ref words, at))
                return null;
        return words.Written(end).Span.Start;
    }

    /// <summary>
    /// The index after a followed statement's form whose grammar (StarRocks.g4) takes no more after it but words that start
    /// no statement (a CREATE DATABASE's <c>CHARSET</c>, <c>COLLATE</c> or <c>PROPERTIES</c>, a TRUNCATE's <c>PARTITION</c>):
    /// useDatabaseStatement and useCatalogStatement (USE string; and USE CATALOG identifierOrString, the switch of releases
    /// before 3.0, which later ones fail, cut in any, but where the word after CATALOG starts a statement on the next line:
    /// then CATALOG is the database), setCatalogStatement, dropExternalCatalogStatement, dropDbStatement and dropTableStatement (with FORCE),
    /// dropViewStatement, dropMaterializedViewStatement, createDbStatement, alterDatabaseRenameStatement, an
    /// alterTableStatement of one tableRenameClause or swapTableClause (more clauses need a `,`), an
    /// alterMaterializedViewStatement's tableRenameClause, recoverDbStmt, recoverTableStatement, recoverPartitionStatement
    /// and truncateTableStatement. Null for any other statement.
    /// </summary>
    private static int? CompleteFormEnd(ReadOnlySpan<char> statement, ref Words words)
    {
        if (words.Is(0, "USE"))
            return words.StringAt(1) is not null ? 2
                : words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is not null && !StatementOnNextLine(statement, ref words, 2) ? 3
                : AfterName(ref words, 1);
        if (words.Is(0, "SET"))
            return words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is not null ? 3 : null;
        if (words.Is(0, "DROP") && words.Is(1, "CATALOG"))
        {
            var name = words.Is(2, "IF") && words.Is(3, "EXISTS") ? 4 : 2;
            return (words.NameAt(name) ?? words.StringAt(name)) is not null ? name + 1 : null;
        }
        if (words.Is(0, "DROP"))
        {
            var (at, forced) = words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") || words.Is(1, "TABLE") ? (2, true)
                : words.Is(1, "VIEW") ? (2, false)
                : words.Is(1, "MATERIALIZED") && words.Is(2, "VIEW") ? (3, false)
                : (0, false);
            if (at == 0)
                return null;
            var end = AfterName(ref words, words.Is(at, "IF") && words.Is(at + 1, "EXISTS") ? at + 2 : at);
            return end is { } after && forced && words.Is(after, "FORCE") ? after + 1 : end;
        }
        if (words.Is(0, "CREATE") && (words.Is(1, "DATABASE") || words.Is(1, "SCHEMA")))
            return AfterName(ref words, words.Is(2, "IF") && words.Is(3, "NOT") && words.Is(4, "EXISTS") ? 5 : 2);
        if (words.Is(0, "ALTER"))
        {
            var at = words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") || words.Is(1, "TABLE") ? 2
                : words.Is(1, "MATERIALIZED") && words.Is(2, "VIEW") ? 3 : 0;
            if (at == 0 || AfterName(ref words, at) is not { } clause)
                return null;
            if (words.Is(clause, "RENAME") && words.NameAt(clause + 1) is not null)
                return clause + 2;
            return words.Is(1, "TABLE") && words.Is(clause, "SWAP") && words.Is(clause + 1, "WITH") && words.NameAt(clause + 2) is not null ? clause + 3 : null;
        }
        if (words.Is(0, "RECOVER"))
            return words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") || words.Is(1, "TABLE") ? AfterName(ref words, 2)
                : words.Is(1, "PARTITION") && words.NameAt(2) is not null && words.Is(3, "FROM") ? AfterName(ref words, 4) : null;
        if (words.Is(0, "TRUNCATE") && words.Is(1, "TABLE"))
            return AfterName(ref words, 2);
        return null;
    }

    /// <summary>
    /// What a followed statement whose end its first words do not tell may go on with on a line of its own (see
    /// <see cref="TailOf"/>): clauses, none of which a word StarRocks always reserves starts, but a charset's SET (charsetDesc:
    /// CHAR SET or CHARACTER SET), and a query, which SELECT, WITH or VALUES (after a set operator or as the query itself),
    /// EXPLAIN or DESC (queryStatement: explainDesc? queryRelation) starts: an INSERT's anywhere after its table
    /// (<see cref="QueryOrClauses"/>), a CREATE's only after its AS (<see cref="ClausesThenQueryAfterAs"/>: a CTAS, a view's
    /// or a materialized view's query); or, for an ALTER TABLE, an alter clause, which ADD, DROP, SET, CREATE or TRUNCATE may
    /// start too, and no query.
    /// </summary>
    public enum FollowedTail { QueryOrClauses, ClausesThenQueryAfterAs, AlterClauses }

    /// <summary>
    /// The tail of a followed statement that runs on past its first words to clauses or a query: StarRocks.g4's
    /// createTableStatement, createTableAsSelectStatement and createTableLikeStatement, createViewStatement,
    /// createMaterializedViewStatement, createExternalCatalogStatement, createDbStatement (whose properties end it),
    /// insertStatement, and an alterTableStatement whose first clause is a partition clause (addPartitionClause,
    /// dropPartitionClause, partitionRenameClause, replacePartitionClause). Null for any other statement. A statement on
    /// a line of its own after it that cannot go on with it is a missing `;` (StatementParser's tail cut).
    /// </summary>
    public static FollowedTail? TailOf(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        if (words.Is(0, "INSERT"))
            return words.Is(1, "INTO") || words.Is(1, "OVERWRITE") ? FollowedTail.QueryOrClauses : null;
        if (words.Is(0, "CREATE"))
        {
            var at = words.Is(1, "OR") && words.Is(2, "REPLACE") ? 3 : 1;
            return words.Is(at, "TABLE") || words.Is(at, "VIEW") || words.Is(at, "DATABASE") || words.Is(at, "SCHEMA")
                || (words.Is(at, "MATERIALIZED") && words.Is(at + 1, "VIEW")) || (words.Is(at, "EXTERNAL") && words.Is(at + 1, "CATALOG"))
                ? FollowedTail.ClausesThenQueryAfterAs : null;
        }
        if (!words.Is(0, "ALTER") || !words.Is(1, "TABLE") || AfterName(ref words, 2) is not { } clause)
            return null;
        var partition = words.Is(clause + 1, "TEMPORARY") ? clause + 2 : clause + 1;
        return ((words.Is(clause, "ADD") || words.Is(clause, "DROP") || words.Is(clause, "REPLACE")) && (words.Is(partition, "PARTITION") || words.Is(partition, "PARTITIONS")))
            || (words.Is(clause, "DROP") && words.Is(clause + 1, "ALL") && words.Is(clause + 2, "TEMPORARY"))
            || (words.Is(clause, "RENAME") && words.Is(clause + 1, "PARTITION"))
            ? FollowedTail.AlterClauses : null;
    }

    /// <summary>The second words of the followed statements <see cref="StatementName"/> names, by their first word.</summary>
    private static readonly Dictionary<string, string[]> NamedStatements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SET"] = ["CATALOG"],
        ["DROP"] = ["CATALOG", "DATABASE", "SCHEMA", "TABLE", "VIEW", "MATERIALIZED"],
        ["CREATE"] = ["DATABASE", "SCHEMA", "TABLE", "VIEW", "MATERIALIZED", "EXTERNAL"],
        ["ALTER"] = ["DATABASE", "SCHEMA", "TABLE", "MATERIALIZED"],
        ["RECOVER"] = ["DATABASE", "SCHEMA", "TABLE", "PARTITION"],
        ["TRUNCATE"] = ["TABLE"],
    };

    /// <summary>
    /// The followed statement a missing-`;` message names as the one it ends (<c>CREATE TABLE</c>, <c>DROP CATALOG</c>,
    /// <c>INSERT</c>, <c>USE</c>), from its first words; null for any other.
    /// </summary>
    public static string? StatementName(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[5]);
        if (words.Is(0, "USE"))
            return "USE";
        if (words.Is(0, "INSERT"))
            return words.Is(1, "INTO") || words.Is(1, "OVERWRITE") ? "INSERT" : null;
        if (!words.IsToken(0, TokenKind.Word) || !NamedStatements.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(WordAt(statement, ref words, 0), out var objects))
            return null;
        var at = words.Is(0, "CREATE") && words.Is(1, "OR") && words.Is(2, "REPLACE") ? 3 : 1;
        string? kind = null;
        foreach (var word in objects)
            if (words.Is(at, word))
                kind = word;
        if (kind is null)
            return null;
        var rest = kind is "MATERIALIZED" ? "VIEW" : kind is "EXTERNAL" ? "CATALOG" : null;
        if (rest is not null && !words.Is(at + 1, rest))
            return null;
        return $"{WordAt(statement, ref words, 0).ToString().ToUpperInvariant()} {kind}{(rest is null ? "" : " " + rest)}";
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> statement, ref Words words, int index) =>
        statement.Slice(words.Written(index).Span.Start, words.Written(index).Span.Length);

    /// <summary>The index after the dotted name at <paramref name="at"/>; null where no name stands there.</summary>
    private static int? AfterName(ref Words words, int at) => words.NameAt(at) is null ? null : words.NameEnd(at) + 1;
}
