using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Features;

public sealed class ReferencesTests
{
    // Names written in the ways that read the same (`t`, `t`, `t``` reads t) and ways that do not (T, t2).
    private static readonly string[] Repositories = ["r", "`r`", "`r```", "R", "r2"];
    private static readonly string[] Tables = ["t", "`t`", "`t```", "T", "db.t", "`t``2`", "t PARTITION (p1, `P1`)", "t PARTITION (p2)", "T PARTITION (p1)", "u PARTITION (U)"];
    private static readonly string[] Snapshots = ["s", "db.s", "`s`", "other.s", "s2"];

    private static readonly Gen<string> Statement = Gen.OneOf(
        Gen.Select(Gen.OneOf(Snapshots), Gen.OneOf(Repositories), Gen.OneOf(Tables),
            (snapshot, repository, table) => $"BACKUP SNAPSHOT {snapshot} TO {repository} ON ({table});"),
        Gen.Select(Gen.OneOf(Snapshots), Gen.OneOf(Repositories), Gen.OneOf(Tables),
            (snapshot, repository, table) => $"RESTORE SNAPSHOT {snapshot} FROM {repository} ON ({table} AS t2) PROPERTIES (\"backup_timestamp\" = \"x\");"),
        Gen.OneOf(Repositories).Select(repository => $"CREATE REPOSITORY {repository} WITH BROKER ON LOCATION \"hdfs://x\";"),
        Gen.Select(Gen.OneOf(Repositories), Gen.OneOf("s", "s2", "s\\'", "t"),
            (repository, snapshot) => $"SHOW SNAPSHOT ON {repository} WHERE SNAPSHOT IN ('{snapshot}', 's');"),
        Gen.Select(Gen.OneOf("s", "`s`", "s2"), Gen.OneOf(Repositories), (snapshot, repository) => $"DROP SNAPSHOT {snapshot} ON {repository};"),
        Gen.OneOf("DROP REPOSITORY r;", "SHOW BACKUP FROM db;", "SHOW RESTORE WHERE DbName IN ('db', 'r') OR 'db' = DbName;", "SELECT r, s, t FROM db.t;", "BACKUP SNAPSHOT s TO r ON (t;", "DROP SNAPSHOT s ON r",
            "CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1), PARTITION `p2` VALUES IN (2));",
            "ALTER TABLE t ADD PARTITION P2 VALUES IN (3);", "ALTER TABLE db.t DROP PARTITION IF EXISTS p1;",
            "ALTER TABLE t DROP PARTITIONS (`P2`, p1) FORCE;", "ALTER TABLE t DROP TEMPORARY PARTITIONS (p1);",
            "DROP TABLE IF EXISTS db.t;", "DROP VIEW `t`;", "DROP DATABASE db;", "DROP TABLE r;", "RECOVER PARTITION p1 FROM t;",
            "ALTER TABLE db.t RENAME PARTITION p1 `p2`;", "CREATE TABLE db.u (k INT);", "CREATE TABLE u LIKE db.u;", "ALTER TABLE db.t RENAME u;", "ALTER TABLE u RENAME `t`;",
            "ALTER TABLE db.u SWAP WITH t;"),
        // Temporary partitions, made regular under their own names or the replaced ones', among mentions of partitions.
        Gen.OneOf("ALTER TABLE t ADD TEMPORARY PARTITION `P1` VALUES IN (4);", "ALTER TABLE db.t REPLACE PARTITION (p2) WITH TEMPORARY PARTITION (p1);",
            "ALTER TABLE t REPLACE PARTITION p2 WITH TEMPORARY PARTITIONS (P1) PROPERTIES (\"use_temp_partition_name\" = \"true\");",
            "BACKUP SNAPSHOT s TO r ON (t TEMPORARY PARTITION (p1, p2));", "BACKUP SNAPSHOT s TO r ON (t PARTITION (p1));"),
        // Functions, in any case, beside tables of their names.
        Gen.OneOf("BACKUP SNAPSHOT db.s TO r ON (FUNCTION t, FUNCTION db.F);", "RESTORE SNAPSHOT db.s FROM r ON (FUNCTION `T`, f) PROPERTIES (\"backup_timestamp\" = \"x\");"),
        // Catalogs, named as repositories and databases are, and default_catalog in any case.
        Gen.OneOf("CREATE EXTERNAL CATALOG r PROPERTIES (\"type\" = \"hive\");", "SET CATALOG `r`;", "USE 'CATALOG r';", "USE r.db;", "DROP CATALOG R;",
            "CREATE TABLE r.db.t LIKE `r`.db.u;", "BACKUP EXTERNAL CATALOG (r, db) SNAPSHOT s TO r;",
            "RESTORE SNAPSHOT s FROM r EXTERNAL CATALOG (db AS r) PROPERTIES (\"backup_timestamp\" = \"x\");", "SET CATALOG default_catalog;", "USE DEFAULT_CATALOG.db;"));

    internal static readonly Gen<string> Script = Statement.Array[1, 6].Select(statements => string.Join("\n", statements));

    [Fact]
    public void Every_mention_finds_the_same_mentions_and_is_among_them() =>
        Script.Sample(text =>
        {
            var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (References.Find(analysis, offset) is not { } found)
                    continue;
                Assert.Contains(found.References, r => r.Span == found.NameSpan);
                foreach (var reference in found.References)
                {
                    var again = References.Find(analysis, reference.Span.Start);
                    Assert.NotNull(again);
                    // One word may name two: where a REPLACE makes a temporary partition regular under its own name, the
                    // temporary partition it ends is found there, and the partition it makes has its declaration there.
                    // A table is found under each name a rename or swap gives it.
                    if (again.Object != found.Object && !(again.Object.Kind == NamedObjectKind.Table && found.Object.Kind == NamedObjectKind.Table))
                    {
                        Assert.True(reference.Declares);
                        Assert.Equal(found.Object with { Kind = NamedObjectKind.TemporaryPartition }, again.Object);
                        Assert.Contains(again.References, r => r.Span == reference.Span && r.Ends);
                        continue;
                    }
                    Assert.Equal<Reference>(found.References, again.References);
                }
            }
        }, iter: 300);

    [Fact]
    public void Mentions_move_with_their_statements_after_an_edit()
    {
        const string script = "BACKUP SNAPSHOT db.s TO r;\nSHOW SNAPSHOT ON r;\n";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(script, AnalysisContext.Default);
        Assert.Equal(2, References.Find(before, script.IndexOf(" r;", StringComparison.Ordinal) + 1)!.References.Length);
        var edited = "-- nightly\n" + script;

        var after = analyzer.Analyze(DocumentText.From(edited), AnalysisContext.Default, before);
        var found = References.Find(after, edited.IndexOf(" r;", StringComparison.Ordinal) + 1)!;

        Assert.Equal(["r", "r"], found.References.Select(r => edited.Substring(r.Span.Start, r.Span.Length)));
        Assert.Equal(edited.LastIndexOf(" r;", StringComparison.Ordinal) + 1, found.References[1].Span.Start);
    }

    [Fact]
    public void A_dropped_snapshot_is_a_mention_that_ends_it_in_its_repository()
    {
        const string script = "BACKUP SNAPSHOT db.s TO r;\nDROP SNAPSHOT s ON r;\nDROP SNAPSHOT s ON r2;\n";
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("DROP SNAPSHOT s", StringComparison.Ordinal) + "DROP SNAPSHOT ".Length)!;

        Assert.Equal([(script.IndexOf("db.s", StringComparison.Ordinal) + 3, true, false), (script.IndexOf("DROP SNAPSHOT s", StringComparison.Ordinal) + 14, false, true)],
            found.References.Select(r => (r.Span.Start, r.Declares, r.Ends)));
    }

    [Fact]
    public void The_statements_after_a_missing_semicolon_are_mentions_of_their_own()
    {
        const string script = "DROP SNAPSHOT s ON r\nRESTORE SNAPSHOT db.s FROM r ON (t)\nSHOW SNAPSHOT ON r;\n";
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("FROM r", StringComparison.Ordinal) + 5)!;

        Assert.Equal([script.IndexOf(" r\n", StringComparison.Ordinal) + 1, script.IndexOf("FROM r", StringComparison.Ordinal) + 5, script.LastIndexOf('r')],
            found.References.Select(r => r.Span.Start));
        Assert.Equal(NamedObjectKind.Table, References.NameAt(analysis, script.IndexOf("(t)", StringComparison.Ordinal) + 1)!.Value.Object.Kind);
    }

    [Fact]
    public void A_show_backup_or_restore_filter_on_db_name_mentions_the_database_it_names_as_written()
    {
        const string script = """
            CREATE DATABASE newdb;
            SHOW BACKUP WHERE DbName = "newdb";
            SHOW RESTORE FROM newdb WHERE 'newdb' = DbName AND SnapshotName = 'newdb';
            SHOW BACKUP WHERE DbName = 'NewDb' OR State = 'newdb';
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var fromFilter = References.Find(analysis, script.IndexOf("\"newdb\"", StringComparison.Ordinal) + 2)!;

        Assert.Equal(new NamedObject(NamedObjectKind.Database, "newdb", null), fromFilter.Object);
        // Not SnapshotName's, State's nor 'NewDb': database names are compared as written.
        Assert.Equal([(0, "newdb", true), (1, "newdb", false), (2, "newdb", false), (2, "newdb", false)],
            fromFilter.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line, script.Substring(r.Span.Start, r.Span.Length), r.Declares)));
        Assert.Equal<Reference>(fromFilter.References, References.Find(analysis, script.IndexOf("DATABASE newdb", StringComparison.Ordinal) + 10)!.References);
    }

    [Fact]
    public void A_function_is_found_in_its_database_in_any_case_apart_from_a_table_of_its_name()
    {
        const string script = """
            BACKUP SNAPSHOT db.s1 TO r ON (FUNCTION my_udf, my_udf);
            BACKUP SNAPSHOT db.s2 TO r ON (FUNCTION db2.MY_UDF, FUNCTION `My_Udf`);
            BACKUP SNAPSHOT db2.s3 TO r ON (FUNCTION my_udf);
            RESTORE SNAPSHOT db.s1 FROM r ON (FUNCTION my_udf) PROPERTIES ("backup_timestamp" = "x");
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("my_udf", StringComparison.Ordinal) + 1)!;

        Assert.Equal(new NamedObject(NamedObjectKind.Function, "my_udf", "db"), found.Object);
        // The job's database is the function's, whatever database its name gives (which is a mention of that database).
        Assert.Equal([(0, "my_udf"), (1, "MY_UDF"), (1, "`My_Udf`"), (3, "my_udf")],
            found.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line, script.Substring(r.Span.Start, r.Span.Length))));
        Assert.DoesNotContain(found.References, r => r.Declares || r.Ends);
        Assert.Equal(NamedObjectKind.Database, References.NameAt(analysis, script.IndexOf("db2.MY", StringComparison.Ordinal) + 1)!.Value.Object.Kind);
        Assert.Equal(NamedObjectKind.Table, References.NameAt(analysis, script.IndexOf(", my_udf)", StringComparison.Ordinal) + 3)!.Value.Object.Kind);
    }

    [Fact]
    public void A_restores_function_alias_declares_the_function_in_the_database_it_restores_into()
    {
        const string script = """
            RESTORE SNAPSHOT db.s1 FROM r ON (FUNCTION my_udf AS udf2) PROPERTIES ("backup_timestamp" = "x");
            BACKUP SNAPSHOT db.s2 TO r ON (FUNCTION UDF2);
            BACKUP SNAPSHOT other.s3 TO r ON (FUNCTION udf2);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("udf2", StringComparison.Ordinal) + 1)!;

        Assert.Equal(new NamedObject(NamedObjectKind.Function, "udf2", "db"), found.Object);
        Assert.Equal([(0, "udf2", true), (1, "UDF2", false)],
            found.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line, script.Substring(r.Span.Start, r.Span.Length), r.Declares)));
        Assert.Equal(new NamedObject(NamedObjectKind.Function, "my_udf", "db"), References.NameAt(analysis, script.IndexOf("my_udf", StringComparison.Ordinal) + 1)!.Value.Object);
    }

    [Fact]
    public void A_partition_is_found_in_its_table_in_any_case_where_it_is_declared_named_and_dropped()
    {
        const string script = """
            CREATE TABLE db.t (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"), PARTITION p2 VALUES LESS THAN ("2024-02-01"));
            ALTER TABLE db.t ADD PARTITION p3 VALUES LESS THAN ("2024-03-01");
            BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION (P1, p3), u PARTITION (p1));
            BACKUP SNAPSHOT db.s2 TO r ON (t TEMPORARY PARTITION (p1));
            RESTORE SNAPSHOT db.s1 FROM r ON (t PARTITION (`p1`) AS t2) PROPERTIES ("backup_timestamp" = "x");
            ALTER TABLE db.t DROP PARTITION p1;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("(P1", StringComparison.Ordinal) + 1)!;

        Assert.Equal(new NamedObject(NamedObjectKind.Partition, "P1", "db", "t"), found.Object);
        Assert.Equal(new NamedObject(NamedObjectKind.Partition, "p1", "db", "t"), found.Object);
        // The other table's p1, a temporary partition p1 and the table t2 a RESTORE makes of t are other objects.
        Assert.Equal([("p1", 1, true, false), ("P1", 3, false, false), ("`p1`", 5, false, false), ("p1", 6, false, true)],
            found.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        Assert.Single(found.Declarations);
        var added = References.Find(analysis, script.IndexOf("p3 VALUES", StringComparison.Ordinal))!;
        Assert.Equal([true, false], added.References.Select(r => r.Declares));
    }

    [Fact]
    public void Each_partition_a_batch_drops_is_a_mention_that_ends_it_and_a_temporary_one_is_another_object()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1), PARTITION p2 VALUES IN (2));
            ALTER TABLE db.t DROP PARTITIONS IF EXISTS (p2, `P1`) FORCE;
            ALTER TABLE db.t DROP TEMPORARY PARTITIONS (p1);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var first = References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!;
        var second = References.Find(analysis, script.IndexOf("(p2", StringComparison.Ordinal) + 1)!;

        Assert.Equal([("p1", 1, true, false), ("`P1`", 2, false, true)],
            first.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        Assert.Equal([(1, true, false), (2, false, true)],
            second.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        var temporary = References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!;
        Assert.Equal(new NamedObject(NamedObjectKind.TemporaryPartition, "p1", "db", "t"), temporary.Object);
        Assert.Equal([(3, false, true)], temporary.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
    }

    [Fact]
    public void A_temporary_partition_is_made_by_its_add_named_in_a_backup_and_ended_by_the_replace_that_puts_it_in_a_partitions_place()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1), PARTITION p2 VALUES IN (2));
            ALTER TABLE db.t ADD TEMPORARY PARTITION tp1 VALUES IN (1);
            BACKUP SNAPSHOT db.s TO r ON (t TEMPORARY PARTITION (TP1), t PARTITION (tp1));
            ALTER TABLE db.t REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (`tp1`);
            BACKUP SNAPSHOT db.s2 TO r ON (t PARTITION (p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var temporary = References.Find(analysis, script.IndexOf("tp1", StringComparison.Ordinal))!;
        var replaced = References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!;

        Assert.Equal(new NamedObject(NamedObjectKind.TemporaryPartition, "tp1", "db", "t"), temporary.Object);
        Assert.Equal([("tp1", 2, true, false), ("TP1", 3, false, false), ("`tp1`", 4, false, true)], Described(analysis, script, temporary));
        // The partition the REPLACE fills goes on under its name: the temporary one takes it (the lists are as long).
        Assert.Equal([("p1", 1, true, false), ("p1", 4, false, false), ("p1", 5, false, false)], Described(analysis, script, replaced));
        // `t PARTITION (tp1)` names a partition of t, which has none of that name.
        Assert.Equal(NamedObjectKind.Partition, References.NameAt(analysis, script.IndexOf("(tp1)", StringComparison.Ordinal) + 1)!.Value.Object.Kind);
    }

    [Fact]
    public void A_replace_under_the_temporary_names_ends_the_partitions_it_replaces_and_makes_the_temporary_ones_regular_where_it_names_them()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1), PARTITION p2 VALUES IN (2));
            ALTER TABLE db.t ADD TEMPORARY PARTITION tp1 VALUES IN (1, 2);
            ALTER TABLE db.t REPLACE PARTITIONS (p1, p2) WITH TEMPORARY PARTITION tp1;
            BACKUP SNAPSHOT db.s TO r ON (t PARTITION (tp1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);
        var replace = script.IndexOf("PARTITION tp1;", StringComparison.Ordinal) + "PARTITION ".Length;

        var temporary = References.Find(analysis, replace)!;
        var regular = References.Find(analysis, script.LastIndexOf("tp1", StringComparison.Ordinal))!;
        var replaced = References.Find(analysis, script.IndexOf("p2", StringComparison.Ordinal))!;

        Assert.Equal(NamedObjectKind.TemporaryPartition, temporary.Object.Kind);
        Assert.Equal([("tp1", 2, true, false), ("tp1", 3, false, true)], Described(analysis, script, temporary));
        Assert.Equal(new NamedObject(NamedObjectKind.Partition, "tp1", "db", "t"), regular.Object);
        Assert.Equal([("tp1", 3, true, false), ("tp1", 4, false, false)], Described(analysis, script, regular));
        Assert.Equal([("p2", 1, true, false), ("p2", 3, false, true)], Described(analysis, script, replaced));
    }

    private static IEnumerable<(string, int, bool, bool)> Described(DocumentAnalysis analysis, string script, ReferenceResult found) =>
        found.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends));

    [Fact]
    public void A_recovered_partition_is_made_again_where_the_recover_names_it()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1), PARTITION p2 VALUES IN (2));
            ALTER TABLE db.t DROP PARTITION p1;
            RECOVER PARTITION `P1` FROM db.t;
            BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!;

        Assert.Equal([("p1", 1, true, false), ("p1", 2, false, true), ("`P1`", 3, true, false), ("p1", 4, false, false)],
            found.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
    }

    [Fact]
    public void A_renamed_partition_is_ended_under_its_old_name_and_made_under_its_new_one()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (1), PARTITION p2 VALUES LESS THAN (2));
            ALTER TABLE db.t RENAME PARTITION P1 p0;
            BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p0, p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var old = References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!;
        var renamed = References.Find(analysis, script.LastIndexOf("p0", StringComparison.Ordinal))!;

        Assert.Equal([("p1", 1, true, false), ("P1", 2, false, true), ("p1", 3, false, false)],
            old.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        Assert.Equal([("p0", 2, true, false), ("p0", 3, false, false)],
            renamed.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
    }

    private static int[] LinesOf(DocumentAnalysis analysis, ReferenceResult found) =>
        [.. found.References.Select(r => analysis.Lines.GetPosition(r.Span.Start).Line + 1)];

    [Fact]
    public void A_partition_follows_its_table_to_the_name_a_rename_gives_it()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            ALTER TABLE db.t RENAME t2;
            BACKUP SNAPSHOT db.s1 TO r ON (t2 PARTITION (P1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        Assert.Equal([1, 3], LinesOf(analysis, References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!));
        Assert.Equal([1, 3], LinesOf(analysis, References.Find(analysis, script.IndexOf("P1", StringComparison.Ordinal))!));
    }

    [Fact]
    public void A_partition_follows_its_table_to_the_name_a_swap_gives_it()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            CREATE TABLE db.t2 (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            BACKUP SNAPSHOT db.s1 TO r ON (t2 PARTITION (p1));
            ALTER TABLE db.t2 SWAP WITH t;
            BACKUP SNAPSHOT db.s2 TO r ON (t2 PARTITION (P1), t PARTITION (p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        Assert.Equal([1, 5], LinesOf(analysis, References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!));
        Assert.Equal([1, 5], LinesOf(analysis, References.Find(analysis, script.IndexOf("P1", StringComparison.Ordinal))!));
        Assert.Equal([2, 3, 5], LinesOf(analysis, References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!));
    }

    [Fact]
    public void The_other_table_of_a_swap_beside_another_clause_is_named_wherever_the_swap_stands()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            CREATE TABLE db.u (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            ALTER TABLE db.t RENAME v, SWAP WITH u;
            ALTER TABLE db.t ADD PARTITION p2 VALUES IN (2), SWAP WITH u;
            ALTER TABLE db.t SWAP WITH u, RENAME v;
            BACKUP SNAPSHOT db.s1 TO r ON (u PARTITION (p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        Assert.Equal([2, 3, 4, 5, 6], LinesOf(analysis, References.Find(analysis, script.IndexOf("ON (u", StringComparison.Ordinal) + 4)!));
        // StarRocks refuses each ALTER: the partition stays u's.
        Assert.Equal([2, 6], LinesOf(analysis, References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!));
    }

    [Fact]
    public void A_partition_stays_with_its_table_where_StarRocks_refuses_the_rename()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            ALTER TABLE db.t RENAME v, ADD PARTITION p2 VALUES IN (2);
            ALTER TABLE db.t ADD PARTITION p2 VALUES IN (2), RENAME v;
            ALTER TABLE db.t RENAME v junk;
            BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION (p1), v);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        Assert.Equal([1, 5], LinesOf(analysis, References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!));
        Assert.Equal([1, 2, 3, 4, 5], LinesOf(analysis, References.Find(analysis, script.LastIndexOf("(t", StringComparison.Ordinal) + 1)!));
    }

    [Fact]
    public void A_partition_stays_with_its_table_where_a_rename_onto_a_name_taken_is_refused()
    {
        // Without a catalog the script's CREATE takes the name; with one that lists the table, the catalog has it.
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            CREATE TABLE db.u (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            ALTER TABLE db.t RENAME u;
            BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION (p1));
            BACKUP SNAPSHOT db.s2 TO r ON (u PARTITION (p1));
            """;
        var listed = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""
            {"databases":{"db":{"tables":{"u":{"partitions":["p1"]}}}}}
            """).Catalog);
        foreach (var context in new[] { AnalysisContext.Default, listed })
        {
            var analysis = new DocumentAnalyzer().Analyze(script, context);

            Assert.Equal([1, 4], LinesOf(analysis, References.Find(analysis, script.IndexOf("p1", StringComparison.Ordinal))!));
            Assert.Equal([2, 5], LinesOf(analysis, References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!));
        }
    }

    /// <summary>
    /// A rename StarRocks refuses, onto a name taken, changes nothing: its old name is not ended there, nor its new one made
    /// (no definition, no write highlight); both stay mentions of what they name.
    /// </summary>
    [Fact]
    public void A_rename_onto_a_name_taken_neither_ends_the_old_name_nor_makes_the_new_one()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("1"), PARTITION p2 VALUES LESS THAN ("2"));
            CREATE TABLE db.u (k INT);
            ALTER TABLE db.t RENAME u;
            ALTER TABLE db.t RENAME PARTITION p1 p2;
            ALTER DATABASE db RENAME db2;
            ALTER MATERIALIZED VIEW db.mv1 RENAME mv2;
            BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p1, p2), u);
            """;
        var catalog = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""
            {"databases":{"db":{"tables":{},"materializedViews":["mv1","mv2"]},"db2":{"tables":{}}}}
            """).Catalog);
        var analysis = new DocumentAnalyzer().Analyze(script, catalog);
        // Each name's mentions as `name line` and what each does: + makes it, - ends it.
        string Mentions(string name, int line)
        {
            var start = 0;
            for (var i = 1; i < line; i++)
                start = script.IndexOf('\n', start) + 1;
            return string.Join(" ", Described(analysis, script, References.Find(analysis, script.IndexOf(name, start, StringComparison.Ordinal))!)
                .Select(r => $"{r.Item1} {r.Item2}{(r.Item3 ? "+" : "")}{(r.Item4 ? "-" : "")}"));
        }

        Assert.Equal([
                "t 1+ t 3 t 4 t 7", "u 2+ u 3 u 7", "p1 1+ p1 4 p1 7", "p2 1+ p2 4 p2 7", "db 1 db 2 db 3 db 4 db 5 db 6 db 7", "db2 5", "mv1 6", "mv2 6",
            ],
            [
                Mentions("t RENAME u", 3), Mentions("u;", 3), Mentions("p1 p2", 4), Mentions("p2;", 4), Mentions("db RENAME", 5), Mentions("db2", 5),
                Mentions("mv1", 6), Mentions("mv2", 6),
            ]);
    }

    /// <summary>
    /// A table is one under its old name and the name a rename gives it: the rename neither makes nor ends it, and a table
    /// made under the name the rename freed is another.
    /// </summary>
    [Fact]
    public void A_table_is_one_under_the_names_a_rename_gives_it()
    {
        const string script = """
            CREATE TABLE db.t (k INT);
            BACKUP SNAPSHOT db.s1 TO r ON (t);
            ALTER TABLE db.t RENAME `t2`;
            DROP TABLE db.t2;
            CREATE TABLE db.t (k INT);
            BACKUP SNAPSHOT db.s2 TO r ON (t);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var renamed = References.Find(analysis, script.IndexOf("(t)", StringComparison.Ordinal) + 1)!;

        Assert.Equal([("t", 1, true, false), ("t", 2, false, false), ("t", 3, false, false), ("`t2`", 3, false, false), ("t2", 4, false, true)],
            Described(analysis, script, renamed));
        Assert.Equal<Reference>(renamed.References, References.Find(analysis, script.IndexOf("t2`", StringComparison.Ordinal))!.References);
        Assert.Equal([5, 6], LinesOf(analysis, References.Find(analysis, script.LastIndexOf("(t)", StringComparison.Ordinal) + 1)!));
    }

    /// <summary>
    /// The new name a rename StarRocks runs gives a table or materialized view changes the object, so highlights show it as a
    /// write, where the old name reads it; neither declares it, and a rename StarRocks refuses changes nothing.
    /// </summary>
    [Fact]
    public void The_new_name_a_rename_gives_is_a_write_and_the_old_one_a_read()
    {
        const string script = """
            CREATE TABLE db.t (k INT);
            CREATE TABLE db.u (k INT);
            ALTER TABLE db.t RENAME t2;
            ALTER TABLE db.t2 RENAME u;
            CREATE MATERIALIZED VIEW db.mv REFRESH ASYNC AS SELECT k FROM db.t2;
            ALTER MATERIALIZED VIEW db.mv RENAME mv2;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var table = References.Find(analysis, script.IndexOf("t2;", StringComparison.Ordinal))!;
        var view = References.Find(analysis, script.IndexOf("mv2", StringComparison.Ordinal))!;

        Assert.Equal([("t", 1, true), ("t", 3, false), ("t2", 3, true), ("t2", 4, false)],
            table.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Writes)));
        Assert.Equal([false, false, true, false], table.References.Select(r => r.Renames));
        Assert.Equal([("mv", true), ("mv", false), ("mv2", true)],
            view.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), r.Writes)));
        Assert.Single(view.Declarations);
        // The rename onto u is refused: u is the table the CREATE made, which the ALTER reads.
        var taken = References.Find(analysis, script.IndexOf("RENAME u", StringComparison.Ordinal) + 7)!;
        Assert.Equal([true, false], taken.References.Select(r => r.Writes));
    }

    /// <summary>
    /// A database is one under its old name and the name a rename StarRocks runs gives it, as a table is: the new name is a
    /// write, the old one a read, and go to definition leads to its CREATE; a rename StarRocks refuses changes nothing.
    /// </summary>
    [Fact]
    public void The_new_name_a_database_rename_gives_is_a_write_and_the_old_one_a_read()
    {
        const string script = """
            CREATE DATABASE a;
            ALTER DATABASE a RENAME b;
            BACKUP SNAPSHOT b.s1 TO r;
            CREATE DATABASE c;
            ALTER DATABASE b RENAME c;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, new AnalysisContext(AnalysisOptions.Default, null));

        var renamed = References.Find(analysis, script.IndexOf("b.s1", StringComparison.Ordinal))!;

        Assert.Equal([("a", 1, true), ("a", 2, false), ("b", 2, true), ("b", 3, false), ("b", 5, false)],
            renamed.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Writes)));
        Assert.Equal([false, false, true, false, false], renamed.References.Select(r => r.Renames));
        Assert.Equal([script.IndexOf("a;", StringComparison.Ordinal)], renamed.Declarations.Select(d => d.Span.Start));
        Assert.Equal<Reference>(renamed.References, References.Find(analysis, script.IndexOf("a RENAME", StringComparison.Ordinal))!.References);
        // The rename onto c, which the script made, is refused: c is the database the CREATE made, which the ALTER reads.
        var taken = References.Find(analysis, script.IndexOf("RENAME c", StringComparison.Ordinal) + 7)!;
        Assert.Equal([true, false], taken.References.Select(r => r.Writes));
    }

    /// <summary>
    /// A materialized view is one under its old name and the name a rename gives it, as a table is: go to definition leads to
    /// its CREATE, and one made under the name the rename took is another, onto which a rename is refused.
    /// </summary>
    [Fact]
    public void A_materialized_view_is_one_under_the_names_a_rename_gives_it()
    {
        const string script = """
            CREATE MATERIALIZED VIEW db.mv REFRESH ASYNC AS SELECT k FROM db.t;
            ALTER MATERIALIZED VIEW db.mv RENAME mv2;
            CREATE MATERIALIZED VIEW db.mv3 REFRESH ASYNC AS SELECT k FROM db.t;
            ALTER MATERIALIZED VIEW db.mv2 RENAME mv3;
            BACKUP SNAPSHOT db.s TO r ON (MATERIALIZED VIEW mv2);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var renamed = References.Find(analysis, script.LastIndexOf("mv2", StringComparison.Ordinal))!;

        Assert.Equal([("mv", 1, true, false), ("mv", 2, false, false), ("mv2", 2, false, false), ("mv2", 4, false, false), ("mv2", 5, false, false)],
            Described(analysis, script, renamed));
        Assert.Equal([script.IndexOf("mv REFRESH", StringComparison.Ordinal)], renamed.Declarations.Select(d => d.Span.Start));
        Assert.Equal([3, 4], LinesOf(analysis, References.Find(analysis, script.IndexOf("mv3", StringComparison.Ordinal))!));
    }

    /// <summary>
    /// A view or materialized view the script creates takes its name among the tables' (StarRocks keeps them in one
    /// namespace), so a table's rename onto it is refused: the table stays under its name, and the view's name is no write.
    /// </summary>
    [Fact]
    public void A_rename_onto_a_view_or_materialized_view_the_script_made_leaves_the_table_under_its_name()
    {
        const string script = """
            CREATE TABLE db.t (k INT);
            CREATE VIEW db.v AS SELECT 1;
            CREATE MATERIALIZED VIEW db.mv REFRESH ASYNC AS SELECT k FROM db.t;
            ALTER TABLE db.t RENAME v;
            ALTER TABLE db.t RENAME mv;
            BACKUP SNAPSHOT db.s TO r ON (t);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        // Each name's mentions as `name line` and whether each writes it.
        IEnumerable<(string, int, bool)> Mentions(string named) =>
            References.Find(analysis, script.IndexOf(named, StringComparison.Ordinal) + named.Length - 1)!.References
                .Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Writes));

        Assert.Equal([("t", 1, true), ("t", 4, false), ("t", 5, false), ("t", 6, false)], Mentions("(t"));
        Assert.Equal([("v", 2, true), ("v", 4, false)], Mentions("RENAME v"));
        Assert.Equal([("mv", 3, true), ("mv", 5, false)], Mentions("RENAME mv"));
    }

    [Fact]
    public void Each_table_of_a_swap_is_found_under_the_name_it_takes()
    {
        const string script = """
            CREATE TABLE db.a (k INT);
            CREATE TABLE db.b (k INT);
            ALTER TABLE db.a SWAP WITH b;
            BACKUP SNAPSHOT db.s TO r ON (a, b);
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        Assert.Equal([("a", 1, true, false), ("a", 3, false, false), ("b", 4, false, false)],
            Described(analysis, script, References.Find(analysis, script.IndexOf("a (", StringComparison.Ordinal))!));
        Assert.Equal([("b", 2, true, false), ("b", 3, false, false), ("a", 4, false, false)],
            Described(analysis, script, References.Find(analysis, script.IndexOf("(a", StringComparison.Ordinal) + 1)!));
    }

    [Fact]
    public void A_partition_of_a_table_made_under_a_name_a_rename_freed_is_another()
    {
        const string script = """
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            ALTER TABLE db.t RENAME t_old;
            CREATE TABLE db.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (1));
            BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION (p1), t_old PARTITION (p1));
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var renamed = References.Find(analysis, script.LastIndexOf("p1", StringComparison.Ordinal))!;

        Assert.Equal([1, 4], LinesOf(analysis, renamed));
        Assert.Equal([3, 4], LinesOf(analysis, References.Find(analysis, script.IndexOf("(t PARTITION (p1", StringComparison.Ordinal) + 15)!));
    }

    [Fact]
    public void The_one_partition_of_a_table_made_without_partition_by_or_copied_from_one_is_a_mention_of_the_table()
    {
        const string script = """
            CREATE TABLE db.t (k INT);
            CREATE TABLE db.c LIKE db.t;
            BACKUP SNAPSHOT db.s1 TO r ON (t PARTITION (T), c PARTITION (c));
            ALTER TABLE db.t DROP PARTITION t;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.IndexOf("(T)", StringComparison.Ordinal) + 1)!;

        Assert.Equal(new NamedObject(NamedObjectKind.Table, "t", "db"), found.Object);
        // It reads the table, neither making nor ending it, as the LIKE that copies the table does.
        Assert.Equal([("t", 1, true, false), ("t", 2, false, false), ("t", 3, false, false), ("T", 3, false, false), ("t", 4, false, false), ("t", 4, false, false)],
            found.References.Select(r => (script.Substring(r.Span.Start, r.Span.Length), analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        Assert.Equal<Reference>(found.References, References.Find(analysis, script.IndexOf("db.t", StringComparison.Ordinal) + 3)!.References);
        Assert.Equal([2, 3, 3], LinesOf(analysis, References.Find(analysis, script.IndexOf("(c)", StringComparison.Ordinal) + 1)!));
    }

    [Fact]
    public void The_table_a_create_table_like_copies_is_a_mention_of_it_in_the_database_and_catalog_it_is_named_in()
    {
        const string script = """
            USE db;
            CREATE TABLE d LIKE base;
            CREATE TABLE db2.e LIKE `db`.base;
            CREATE TABLE f LIKE db2.base;
            CREATE TABLE g LIKE hive.db.base;
            BACKUP SNAPSHOT s1 TO r ON (base);
            """;
        var catalog = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""
            {"databases":{"db":{"tables":{"base":{"partitions":["p1"]}}},"db2":{"tables":{}}}}
            """).Catalog);
        var analysis = new DocumentAnalyzer().Analyze(script, catalog);

        var found = References.Find(analysis, script.LastIndexOf("base", StringComparison.Ordinal))!;

        Assert.Equal(new NamedObject(NamedObjectKind.Table, "base", "db"), found.Object);
        Assert.Equal([2, 3, 6], LinesOf(analysis, found));
        Assert.All(found.References, r => Assert.False(r.Writes));
        Assert.Equal([1, 3], LinesOf(analysis, References.Find(analysis, script.IndexOf("USE db", StringComparison.Ordinal) + 4)!));
        Assert.Null(References.Find(analysis, script.IndexOf("hive.db", StringComparison.Ordinal) + 5));
    }

    [Fact]
    public void The_only_partition_of_a_catalog_table_that_bears_its_name_is_not_taken_for_the_table()
    {
        const string script = "BACKUP SNAPSHOT db.s1 TO r ON (solo PARTITION (solo));";
        var catalog = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""
            {"databases":{"db":{"tables":{"solo":{"partitions":["solo"]}}}}}
            """).Catalog);
        var analysis = new DocumentAnalyzer().Analyze(script, catalog);

        Assert.Single(References.Find(analysis, script.IndexOf("(solo", StringComparison.Ordinal) + 1)!.References);
        Assert.Equal(NamedObjectKind.Partition, References.Find(analysis, script.LastIndexOf("solo", StringComparison.Ordinal))!.Object.Kind);
    }

    [Fact]
    public void A_create_database_starrocks_refuses_as_the_database_exists_is_no_definition_of_it()
    {
        const string script = """
            CREATE DATABASE archive;
            CREATE DATABASE archive;
            CREATE DATABASE example_db;
            BACKUP SNAPSHOT archive.s1 TO example_repo;
            BACKUP SNAPSHOT example_db.s1 TO example_repo;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, FeatureTestInput.WithCatalog);

        var made = References.Find(analysis, script.LastIndexOf("archive", StringComparison.Ordinal))!;
        var listed = References.Find(analysis, script.LastIndexOf("example_db", StringComparison.Ordinal))!;

        Assert.Equal([script.IndexOf("archive", StringComparison.Ordinal)], made.Declarations.Select(d => d.Span.Start));
        Assert.Equal(3, made.References.Length);
        // The catalog's database is the one the CREATE names: its definition is the catalog file's alone, and a rename is refused.
        Assert.Empty(listed.Declarations);
        Assert.Equal(2, listed.References.Length);
        Assert.EndsWith("renaming it in the script would not rename it in the cluster.",
            Rename.Prepare(analysis, script.LastIndexOf("example_db", StringComparison.Ordinal))?.Refusal);
    }

    [Fact]
    public void A_restores_database_alias_declares_the_database_it_restores_into()
    {
        const string script = """
            RESTORE SNAPSHOT snap FROM repo DATABASE db1 AS db9 PROPERTIES ("backup_timestamp" = "x");
            USE db9;
            """;
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.LastIndexOf("db9", StringComparison.Ordinal))!;

        Assert.Equal([(1, true), (2, false)], found.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares)));
        Assert.Equal([script.IndexOf("db9", StringComparison.Ordinal)], found.Declarations.Select(d => d.Span.Start));
    }

    [Fact]
    public void A_snapshot_prefix_of_a_restore_that_names_its_database_twice_is_listed_before_its_database_clause()
    {
        const string script = """RESTORE SNAPSHOT db1.s FROM repo DATABASE db1 AS db9 PROPERTIES ("backup_timestamp" = "x");""";
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var found = References.Find(analysis, script.LastIndexOf("db1", StringComparison.Ordinal))!;

        Assert.Equal([17, 42], found.References.Select(r => r.Span.Start));
    }

    [Fact]
    public void A_dropped_table_or_database_is_a_mention_that_ends_it()
    {
        const string script = "CREATE TABLE db.t (k INT);\nBACKUP SNAPSHOT db.s TO r ON (t);\nDROP TABLE db.t;\nDROP DATABASE db;\n";
        var analysis = new DocumentAnalyzer().Analyze(script, AnalysisContext.Default);

        var table = References.Find(analysis, script.IndexOf("(t)", StringComparison.Ordinal) + 1)!;
        var database = References.Find(analysis, script.IndexOf("db", StringComparison.Ordinal))!;

        Assert.Equal([(1, true, false), (2, false, false), (3, false, true)],
            table.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
        Assert.Equal([(1, false, false), (2, false, false), (3, false, false), (4, false, true)],
            database.References.Select(r => (analysis.Lines.GetPosition(r.Span.Start).Line + 1, r.Declares, r.Ends)));
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        var analysis = new DocumentAnalyzer().Analyze("SHOW SNAPSHOT ON r;", AnalysisContext.Default);

        Assert.Throws<OperationCanceledException>(() => References.Find(analysis, 17, new CancellationToken(canceled: true)));
    }
}
