using System.Collections.Frozen;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Syntax;

/// <summary>StarRocks' reserved words and the keywords of the backup/restore family.</summary>
public static class Keywords
{
    // StarRocks' reserved set: the keyword tokens of StarRocksLex.g4 that StarRocks.g4's nonReserved rule leaves out (an
    // identifier is LETTER_IDENTIFIER, nonReserved, DIGIT_IDENTIFIER or a backtick name), less BOTH and VARIANT, which the
    // newest grammar takes as names (older releases reserved them: a name StarRocks may accept is not flagged). Everything
    // else may be a bare name.
    private static readonly FrozenSet<string> Reserved = new[]
    {
        "ADD", "ALL", "ALTER", "ANALYZE", "AND", "ARRAY", "AS", "ASC", "ASOF", "BETWEEN", "BIGINT", "BITMAP",
        "BITSHIFTLEFT", "BITSHIFTRIGHT", "BITSHIFTRIGHTLOGICAL", "BY", "CASE", "CHAR", "CHARACTER", "CHECK", "COLLATE",
        "COLUMN", "COMPACTION", "CONVERT", "CREATE", "CROSS", "CUBE", "CURRENT_DATE", "CURRENT_GROUP", "CURRENT_ROLE",
        "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURRENT_WAREHOUSE", "DATABASE", "DATABASES", "DECIMAL",
        "DECIMALV2", "DECIMAL32", "DECIMAL64", "DECIMAL128", "DECIMAL256", "DEFAULT", "DEFERRED", "DELETE",
        "DENSE_RANK", "DESC", "DESCRIBE", "DISTINCT", "DIV", "DOUBLE", "DROP", "DUAL", "ELSE", "EXCLUDE_TABLES",
        "EXISTS", "EXPLAIN", "FALSE", "FILES", "FIRST_VALUE", "FLOAT", "FOR", "FORCE", "FROM", "FULL", "FUNCTION",
        "GIN", "GRANT", "GROUP", "GROUPING", "GROUPING_ID", "GROUPS", "HAVING", "HLL", "IF", "IGNORE", "IMMEDIATE",
        "IN", "INCLUDE_TABLES", "INDEX", "INFILE", "INNER", "INSERT", "INT", "INTEGER", "INTERSECT", "INTO", "INVOKER",
        "IS", "JOIN", "JSON", "KEY", "KEYS", "KILL", "LAG", "LARGEINT", "LAST_QUERY_ID", "LAST_VALUE", "LATERAL",
        "LEAD", "LEFT", "LIKE", "LIMIT", "LOAD", "LOCALTIME", "LOCALTIMESTAMP", "MAXVALUE", "MICROSECOND",
        "MILLISECOND", "MOD", "NOT", "NTILE", "NULL", "ON", "OPTIMIZE", "OR", "ORDER", "OUTER", "OUTFILE", "OVER",
        "PARTITION", "PERCENTILE", "PREPARE", "PRIMARY", "PROCEDURE", "RANGE", "READ", "REGEXP", "RELEASE", "RENAME",
        "REPLACE", "REVOKE", "RIGHT", "RLIKE", "ROWS", "ROW_NUMBER", "SCHEMA", "SCHEMAS", "SELECT", "SET", "SET_VAR",
        "SHOW", "SINGLE", "SMALLINT", "TABLE", "TERMINATED", "TEXT", "THEN", "TINYINT", "TO", "TRUE", "UNION", "UNIQUE",
        "UNSIGNED", "UPDATE", "USE", "USING", "VALUES", "VARCHAR", "WHEN", "WHERE", "WITH",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReservedLookup =
        Reserved.GetAlternateLookup<ReadOnlySpan<char>>();

    // Reserved words that older releases' lexers have no token for, so that there they are plain names, with the release
    // they count as reserved from. DECIMAL256 became a token with PR #65795 (November 2025, on main, which became 4.1, and
    // in a 4.0 patch: the 4.0 releases before it take it as a name). The others are no tokens of 4.0's lexer either; which
    // release after 4.0 made them tokens is not known, so from 4.1 on they count as reserved, as the newest grammar has it.
    private static readonly FrozenDictionary<string, StarRocksVersion> ReservedSince = new Dictionary<string, StarRocksVersion>
    {
        ["DECIMAL256"] = new(4, 1),
        ["SINGLE"] = new(4, 1),
        ["INCLUDE_TABLES"] = new(4, 1),
        ["EXCLUDE_TABLES"] = new(4, 1),
        ["LAST_QUERY_ID"] = new(4, 1),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, StarRocksVersion>.AlternateLookup<ReadOnlySpan<char>> ReservedSinceLookup =
        ReservedSince.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every keyword the backup/restore statements use, for did-you-mean and highlighting.</summary>
    public static readonly FrozenSet<string> Family = new[]
    {
        "BACKUP", "RESTORE", "SNAPSHOT", "TO", "FROM", "ON", "PARTITION", "PARTITIONS", "TEMPORARY", "PROPERTIES",
        "ALL", "EXTERNAL", "CATALOG", "CATALOGS", "DATABASE", "TABLE", "TABLES", "MATERIALIZED", "VIEW", "VIEWS",
        "FUNCTION", "FUNCTIONS", "AS", "CREATE", "READ", "ONLY", "REPOSITORY", "REPOSITORIES", "WITH", "BROKER",
        "LOCATION", "DROP", "SHOW", "WHERE", "IN", "CANCEL", "FOR", "AND", "TIMESTAMP", "FORCE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyLookup =
        Family.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the newest StarRocks grammar reserves <paramref name="word"/>.</summary>
    public static bool IsReserved(ReadOnlySpan<char> word) => ReservedLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is reserved in the configured release (null: the latest).</summary>
    public static bool IsReserved(ReadOnlySpan<char> word, StarRocksVersion? version) =>
        IsReserved(word) && !(version is { } configured && ReservedSinceLookup.TryGetValue(word, out var since) && configured < since);

    public static bool IsFamilyKeyword(ReadOnlySpan<char> word) => FamilyLookup.Contains(word);
}
