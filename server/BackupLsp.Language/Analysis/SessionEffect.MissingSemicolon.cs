using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>A followed statement that ends where its grammar does before another statement on a line of its own: a missing `;`.</summary>
internal readonly partial record struct SessionEffect
{
    /// <summary>The first words of the statements <see cref="StatementAfterCompleteForm"/> reads.</summary>
    private static readonly HashSet<string> CompleteFormFirstWords = new(StringComparer.OrdinalIgnoreCase) { "SET", "DROP", "CREATE", "ALTER", "RECOVER", "TRUNCATE" };

    /// <summary>
    /// Where a statement starts on a line of its own after a followed session statement whose words before that line
    /// are all of it (<c>DROP CATALOG c</c>, then <c>SET CATALOG c</c>): StarRocks reads the two as one and fails it, where
    /// the `;` was missing. Null where the words before that line are not one of those forms whole, as in <c>DROP DATABASE d</c>
    /// then <c>FORCE</c> (no statement), or <c>CREATE DATABASE d</c> then <c>PROPERTIES (...)</c>. A USE is the session rule's
    /// to tell (<see cref="UseRunsOn"/>).
    /// </summary>
    public static int? StatementAfterCompleteForm(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        if (!words.IsToken(0, TokenKind.Word) || !CompleteFormFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(statement[words.Written(0).Span.Start..words.Written(0).Span.End]))
            return null;
        // The form is read first, from its few words, so that other statements (a CREATE TABLE) are left at once; then the
        // statement on a line of its own must stand right after it, none before it.
        if (CompleteFormEnd(ref words) is not { } end || !StatementOnNextLine(statement, ref words, end))
            return null;
        for (var at = 1; at < end; at++)
            if (StatementOnNextLine(statement, ref words, at))
                return null;
        return words.Written(end).Span.Start;
    }

    /// <summary>
    /// The index after a followed statement's form whose grammar (StarRocks.g4) takes no more after it but words that start
    /// no statement (a CREATE DATABASE's <c>CHARSET</c>, <c>COLLATE</c> or <c>PROPERTIES</c>, a TRUNCATE's <c>PARTITION</c>):
    /// setCatalogStatement, dropExternalCatalogStatement, dropDbStatement and dropTableStatement (with FORCE),
    /// dropViewStatement, dropMaterializedViewStatement, createDbStatement, alterDatabaseRenameStatement, an
    /// alterTableStatement of one tableRenameClause or swapTableClause (more clauses need a `,`), an
    /// alterMaterializedViewStatement's tableRenameClause, recoverDbStmt, recoverTableStatement, recoverPartitionStatement
    /// and truncateTableStatement. Null for any other statement.
    /// </summary>
    private static int? CompleteFormEnd(ref Words words)
    {
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

    /// <summary>The index after the dotted name at <paramref name="at"/>; null where no name stands there.</summary>
    private static int? AfterName(ref Words words, int at) => words.NameAt(at) is null ? null : words.NameEnd(at) + 1;
}
