using CsCheck;

namespace BackupLsp.Language.Tests.Robustness;

/// <summary>Generators of SQL-ish text: the pieces the tokenizer and parser have to cope with, in any order.</summary>
internal static class SqlFragments
{
    private static readonly string[] Keywords =
    [
        "BACKUP", "RESTORE", "SNAPSHOT", "TO", "FROM", "ON", "PARTITION", "PARTITIONS", "TEMPORARY", "PROPERTIES", "ALL",
        "EXTERNAL", "CATALOG", "CATALOGS", "DATABASE", "TABLE", "TABLES", "MATERIALIZED", "VIEW", "VIEWS", "FUNCTION",
        "FUNCTIONS", "AS", "CREATE", "READ", "ONLY", "REPOSITORY", "REPOSITORIES", "WITH", "BROKER", "LOCATION", "DROP",
        "SHOW", "WHERE", "IN", "CANCEL", "FOR", "AND", "TIMESTAMP", "SELECT", "INSERT", "SET", "USE", "order", "BAKUP",
        "BY", "RANGE", "LIST", "VALUES", "LESS", "THAN", "ENGINE", "LIKE", "ALTER", "SWAP",
    ];

    private static readonly string[] Other =
    [
        "db", "snap", "repo", "t1", "p1", "1db", "2024_snap", "20240101", "销售", "😀", "\"type\"", "\"timeout\"", "'full'",
        "\"incremental\"", "\"600\"", "\"backup_timestamp\"", "'it''s'", "\"a\\\"b\"", "`order`", "`a``b`", "``", "(", ")",
        ",", ".", ";", "=", "--x\n", "/* c */", "/*+ hint */", "#", "'", "\"", "`", "/*", "*/", "\u3000", "\u00a0", " ", "\t", "\r",
        "\n", "\r\n", "\\", "\\G", "@", "[", "]", "\uD83D", "\uDE00", "\0", "-", "*", "$$", "$", "a$$b", "$$ def f(x): return x; $$",
        "“", "”", "‘", "’", "＂", "“full”", "‘2024-01-01’", "；", "db；", "，", "（", "）", "＝", "t1，t2", "BACKUP；",
        "\u2000", "\u200a", "\ufeff", "\u00a0\u3000", "x\u3000$$y", "\u00a0$$", "𠀀", "😀$$", "$$😀", "'😀'", "`𠀀`", "--😀\n", "/*😀*/",
        "-- backup-lsp-ignore SRB700\n", "/* Backup-Lsp-Ignore SRB300, incremental-backup */", "--backup-lsp-ignore\n", "-- backup-lsp-ignore SRB7000 SRB011",
    ];

    public static readonly Gen<string> Fragment = Gen.Frequency(
        (3, Gen.OneOf(Keywords)),
        (4, Gen.OneOf(Other)),
        (1, Gen.Char.Select(c => c.ToString())));

    public static readonly Gen<string> Soup = Fragment.Array[0, 40].Select(parts => string.Join(" ", parts.Take(parts.Length / 2)) + string.Concat(parts.Skip(parts.Length / 2)));

    /// <summary>Statements that analyse without errors, to be broken by random edits.</summary>
    public static readonly string[] ValidStatements =
    [
        "BACKUP SNAPSHOT example_db.snapshot_label1 TO example_repo PROPERTIES (\"type\" = \"full\");",
        "BACKUP SNAPSHOT example_db.snapshot_label3\nTO example_repo\nON(\nexample_tbl PARTITION (p1, p2),\nexample_tbl2\n);",
        "BACKUP DATABASE sales SNAPSHOT s1 TO repo ON (ALL TABLES, MATERIALIZED VIEW mv1, FUNCTION f1) PROPERTIES (\"timeout\" = \"3600\");",
        "BACKUP EXTERNAL CATALOGS (hive, iceberg) SNAPSHOT s2 TO repo;",
        "RESTORE SNAPSHOT db.s1 FROM repo ON (t1 PARTITION (p1) AS t2) PROPERTIES (\"backup_timestamp\" = \"2018-05-04-16-45-08\");",
        "CREATE READ ONLY REPOSITORY r WITH BROKER b ON LOCATION \"s3a://bucket/p\" PROPERTIES (\"aws.s3.region\" = \"us-west-2\");",
        "SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 'a' AND TIMESTAMP = 'b'; SHOW RESTORE FROM db; CANCEL BACKUP FROM db; DROP REPOSITORY r;",
        "CREATE TABLE t1 (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES [(\"1\"), (\"2\")), PARTITION p2 VALUES LESS THAN MAXVALUE)\n"
            + "PROPERTIES (\"replication_num\" = \"1\"); BACKUP SNAPSHOT db.s TO repo ON (t1 PARTITION (p2));",
        "CREATE TABLE t2 LIKE t1; ALTER TABLE t2 DROP PARTITIONS (p1); BACKUP SNAPSHOT db.s2 TO repo ON (t2 PARTITION (p2));",
        "CREATE TABLE t3 LIKE t1; ALTER TABLE t1 SWAP WITH t3; BACKUP SNAPSHOT db.s3 TO repo ON (t3 PARTITION (p1, p2));",
    ];

    /// <summary>A valid statement with one character or fragment inserted, deleted or replaced.</summary>
    public static readonly Gen<string> EditedStatement =
        from statement in Gen.OneOf(ValidStatements)
        from position in Gen.Int[0, statement.Length]
        from length in Gen.Int[0, Math.Min(3, statement.Length - position)]
        from replacement in Gen.Frequency((2, Gen.Const("")), (3, Fragment))
        select string.Concat(statement.AsSpan(0, position), replacement, statement.AsSpan(position + length));
}
