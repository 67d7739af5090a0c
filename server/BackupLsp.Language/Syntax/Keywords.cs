using System.Collections.Frozen;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Syntax;

/// <summary>StarRocks' reserved words and the keywords of the backup/restore family.</summary>
public static class Keywords
{
    // The newest StarRocks grammar's reserved set: the keyword tokens of StarRocksLex.g4 that StarRocks.g4's nonReserved
    // rule leaves out (an identifier is LETTER_IDENTIFIER, nonReserved, DIGIT_IDENTIFIER or a backtick name). Everything
    // else may be a bare name there; ReservedInSome says where an older release differs.
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

    /// <summary>The releases that reserve a word: from <see cref="Since"/> up to, not including, <see cref="Until"/> (null:
    /// still reserved in the newest grammar).</summary>
    private readonly record struct ReservedIn(StarRocksVersion Since, StarRocksVersion? Until)
    {
        public bool Covers(StarRocksVersion version) => version >= Since && !(version >= Until);
    }

    // Words that some releases reserve and others take as plain names. A word without a token in a release's lexer is
    // LETTER_IDENTIFIER there, and one its nonReserved rule lists is an identifier too. Where the release a change landed
    // in is not known, the bound is drawn so that a name StarRocks may accept is not reported.
    // - DECIMAL256 became a token with PR #65795 (November 2025, on main, which became 4.1, and in a 4.0 patch: the 4.0
    //   releases before it take it as a name). SINGLE, INCLUDE_TABLES, EXCLUDE_TABLES and LAST_QUERY_ID are no tokens of
    //   4.0's lexer, nor of a later fe-grammar lexer that already has DECIMAL256 and ASOF; whether they came before 4.1's
    //   branch is not known: from 4.2 on they count as reserved.
    // - BOTH is reserved from 2.5 (the docs of 2.5 list it; the 2.0-era lexer has no token for it) through 4.0's grammar;
    //   PR #73680 (May 2026, for 4.2) put it in nonReserved.
    // - SYSTEM is a token of every new-parser lexer; a 2.5-era grammar already leaves it out of nonReserved, but whether
    //   2.5 itself did is not known, so it counts from 3.0 on (issue #23087: `use system` fails, May 2023), through 4.0's
    //   grammar. MATCHED became a token on main
    //   after the middle of 2025, in 4.0's lexer, outside nonReserved there. The newest grammar lists both in nonReserved;
    //   the release that did so is not known: from 4.1 on they count as names.
    // - ASOF came with ASOF JOIN, which StarRocks' JOIN reference says is supported from 4.0; the 3.5-era lexer (still in
    //   fe-core) has no token for it. CURRENT_WAREHOUSE is a token of neither that lexer nor the later fe-grammar one that
    //   already has ASOF and DECIMAL256; its release is not known: from 4.2 on it counts as reserved.
    // - Dated snapshots of the grammar on main (forks of StarRocks' repository) and the pull requests that added the
    //   tokens: FILES came with the FILES() table function (PR #27366, back-ported to 3.1), PREPARE with prepared
    //   statements (PR #27840, 3.2), GIN with inverted indexes (PR #34824, November 2023, after 3.2's branch, not
    //   back-ported: 3.3). OPTIMIZE, MICROSECOND, MILLISECOND and TEXT are in a late-2023 snapshot and not in a 3.0-era
    //   one: from 3.3 on, as 3.2 may lack them. INVOKER came with security invoker views (in 3.4.1, so a 3.4.0 takes it as
    //   a name: from 3.5), CURRENT_GROUP with PR #56763 (March 2025, 3.5). EXCEPT is reserved in every release up to
    //   3.5; PR #57411 (for SELECT * EXCLUDE/EXCEPT, 4.0) put it in nonReserved.
    // - StarRocks' keyword pages of 2.5, 3.0 and 3.1: COMPACTION is reserved from 3.1, CURRENT_ROLE, DEFERRED and IMMEDIATE
    //   from 3.0; ANTI, AUTHENTICATION and CANCEL were reserved in 2.5 and 3.0 (not in 3.1's list), AUTO_INCREMENT in 3.0,
    //   EXPORT and DISTRIBUTED in 2.5.
    // - HOST (MODIFY FRONTEND HOST) and MINUS (a set operation) are tokens outside nonReserved in a pre-3.0 grammar on main
    //   and still in the one of PR #17841 (February 2023), which put RANK into nonReserved as PR #17417 had LOCATION, both
    //   back-ported to branch-2.5: later 2.5 patches take those two as names. PR #18805 (March 2023, on main) took MINUS,
    //   with EXPORT, DISTRIBUTED, ANTI and CANCEL, out of the reserved words; neither it nor its back-port (PR #22402, April
    //   2023) marks the 2.5 line. 2.5's keyword page lists HOST. Later grammars list both in nonReserved; whether 3.0
    //   did is not known: from 3.0 on they count as names. QUALIFY and TRACE (TRACE OPTIMIZER) came to main in November
    //   2022, about when 2.5 branched: whether 2.5 has them is not known, so they count as names there.
    private static readonly FrozenDictionary<string, ReservedIn> ReservedInSome = new Dictionary<string, ReservedIn>
    {
        ["COMPACTION"] = new(new(3, 1), null),
        ["CURRENT_ROLE"] = new(new(3, 0), null),
        ["DEFERRED"] = new(new(3, 0), null),
        ["IMMEDIATE"] = new(new(3, 0), null),
        ["ANTI"] = new(new(2, 5), new(3, 1)),
        ["AUTHENTICATION"] = new(new(2, 5), new(3, 1)),
        ["CANCEL"] = new(new(2, 5), new(3, 1)),
        ["AUTO_INCREMENT"] = new(new(3, 0), new(3, 1)),
        ["EXPORT"] = new(new(2, 5), new(3, 0)),
        ["DISTRIBUTED"] = new(new(2, 5), new(3, 0)),
        ["HOST"] = new(new(2, 5), new(3, 0)),
        ["MINUS"] = new(new(2, 5), new(3, 0)),
        ["FILES"] = new(new(3, 1), null),
        ["PREPARE"] = new(new(3, 2), null),
        ["GIN"] = new(new(3, 3), null),
        ["OPTIMIZE"] = new(new(3, 3), null),
        ["MICROSECOND"] = new(new(3, 3), null),
        ["MILLISECOND"] = new(new(3, 3), null),
        ["TEXT"] = new(new(3, 3), null),
        ["INVOKER"] = new(new(3, 5), null),
        ["CURRENT_GROUP"] = new(new(3, 5), null),
        ["EXCEPT"] = new(new(2, 5), new(4, 0)),
        ["DECIMAL256"] = new(new(4, 1), null),
        ["SINGLE"] = new(new(4, 2), null),
        ["INCLUDE_TABLES"] = new(new(4, 2), null),
        ["EXCLUDE_TABLES"] = new(new(4, 2), null),
        ["LAST_QUERY_ID"] = new(new(4, 2), null),
        ["BOTH"] = new(new(2, 5), new(4, 2)),
        ["SYSTEM"] = new(new(3, 0), new(4, 1)),
        ["MATCHED"] = new(new(4, 0), new(4, 1)),
        ["ASOF"] = new(new(4, 0), null),
        ["CURRENT_WAREHOUSE"] = new(new(4, 2), null),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ReservedIn>.AlternateLookup<ReadOnlySpan<char>> ReservedInSomeLookup =
        ReservedInSome.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every keyword the backup/restore statements use: highlighted and documented as keywords, and how errors name them.</summary>
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
        version is { } configured && ReservedInSomeLookup.TryGetValue(word, out var releases) ? releases.Covers(configured) : IsReserved(word);

    /// <summary>Whether some releases reserve <paramref name="word"/> and others take it as a name.</summary>
    public static bool IsReservedInSome(ReadOnlySpan<char> word) => ReservedInSomeLookup.ContainsKey(word);

    /// <summary>Whether every release reserves <paramref name="word"/>: a name in none, whatever the configured version.</summary>
    public static bool IsAlwaysReserved(ReadOnlySpan<char> word) => IsReserved(word) && !IsReservedInSome(word);

    public static bool IsFamilyKeyword(ReadOnlySpan<char> word) => FamilyLookup.Contains(word);

    /// <summary>
    /// <paramref name="text"/> (keywords, or a value read in any case) in the case <paramref name="written"/> is in: lower
    /// where it has letters in lower case only, upper where in upper case only, as it is otherwise.
    /// </summary>
    public static string InCaseOf(ReadOnlySpan<char> written, string text)
    {
        var (lower, upper) = LettersIn(written);
        return lower == upper ? text : lower ? text.ToLowerInvariant() : text.ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="written"/> has letters in lower case only, as <see cref="InCaseOf"/> reads it.</summary>
    public static bool IsInLowerCase(ReadOnlySpan<char> written) => LettersIn(written) is (true, false);

    private static (bool Lower, bool Upper) LettersIn(ReadOnlySpan<char> written)
    {
        var (lower, upper) = (false, false);
        foreach (var c in written)
            (lower, upper) = (lower || char.IsLower(c), upper || char.IsUpper(c));
        return (lower, upper);
    }
}
