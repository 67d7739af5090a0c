using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Features;

public sealed class RenameTests
{
    private static string Renamed(string marked, string newName, AnalysisContext? context = null)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked, context);
        var plan = Rename.Plan(analysis, offset, newName);
        Assert.NotNull(plan);
        Assert.Null(plan.Refusal);
        return Apply(analysis.Text.ToString(), plan.Edits);
    }

    private static string Apply(string text, IEnumerable<TextEdit> edits) =>
        edits.OrderByDescending(e => e.Span.Start).Aggregate(text, (current, edit) =>
            current.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText));

    [Fact]
    public void Every_mention_is_renamed_in_the_form_it_was_written()
    {
        const string marked = """
            CREATE REPOSITORY `nightly` WITH BROKER ON LOCATION "hdfs://x";
            BACKUP SNAPSHOT example_db.s1 TO night|ly;
            SELECT nightly FROM t;
            SHOW SNAPSHOT ON nightly;
            """;

        Assert.Equal("""
            CREATE REPOSITORY `archive` WITH BROKER ON LOCATION "hdfs://x";
            BACKUP SNAPSHOT example_db.s1 TO archive;
            SELECT nightly FROM t;
            SHOW SNAPSHOT ON archive;
            """, Renamed(marked, "archive"));
    }

    /// <summary>A script that creates a database and a table, uses them, and says the table's name in a comment.</summary>
    private static string CreatingScript(string database, string table) => $"""
        CREATE DATABASE IF NOT EXISTS {database};
        USE {database};
        CREATE TABLE {database}.`{table}` (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
        -- orders_2025 is filled by the nightly job
        BACKUP SNAPSHOT {database}.s1 TO example_repo ON ({table});
        """;

    [Theory]
    [InlineData("ON (orders_20", "orders_archive", "staging", "orders_archive")]
    [InlineData("SNAPSHOT stag", "archive", "archive", "orders_2025")]
    public void A_table_and_a_database_the_script_creates_are_renamed_where_they_are_created_and_used(
        string cursorAfter, string newName, string database, string table)
    {
        var text = CreatingScript("staging", "orders_2025");
        var marked = text.Insert(text.IndexOf(cursorAfter, StringComparison.Ordinal) + cursorAfter.Length, "|");

        Assert.Equal(CreatingScript(database, table), Renamed(marked, newName));
    }

    [Fact]
    public void A_database_is_renamed_where_it_prefixes_a_table_inside_on_too()
    {
        const string script = """
            CREATE DATABASE IF NOT EXISTS sales;
            CREATE TABLE IF NOT EXISTS sales.orders (id INT);
            USE sales;
            BACKUP SNAPSHOT sales.s2 TO example_repo ON (sales.orders);
            SHOW BACKUP FROM sales;
            """;

        Assert.Equal(script.Replace("sales", "archive"), Renamed(script.Replace("USE sales", "USE sa|les"), "archive"));
    }

    [Theory]
    // A bare mention becomes the new name written as the configured release needs it.
    [InlineData("both", "4.0", "`both`")]
    [InlineData("both", null, "both")]
    [InlineData("single", "4.0", "single")]
    [InlineData("single", null, "`single`")]
    public void A_bare_mention_is_backticked_where_the_configured_release_reserves_the_new_name(string newName, string? version, string written)
    {
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var renamed = Renamed("SHOW SNAPSHOT ON night|ly;", newName, new AnalysisContext(options, null));
        Assert.Equal($"SHOW SNAPSHOT ON {written};", renamed);
    }

    [Fact]
    public void A_table_and_a_database_are_renamed_in_the_drop_that_ends_them()
    {
        static string Script(string database, string table) =>
            CreatingScript(database, table) + $"\nDROP TABLE IF EXISTS {database}.{table} FORCE;\nDROP DATABASE {database};";
        var script = Script("staging", "orders_2025");

        Assert.Equal(Script("staging", "orders_archive"),
            Renamed(script.Insert(script.IndexOf("ON (orders_20", StringComparison.Ordinal) + "ON (orders_20".Length, "|"), "orders_archive"));
        Assert.Equal(Script("archive", "orders_2025"), Renamed(script.Replace("SNAPSHOT staging", "SNAPSHOT stag|ing"), "archive"));
    }

    [Theory]
    [InlineData("INSERT INTO orders_2025 SELECT * FROM example_db.orders;", 3)]
    [InlineData("SELECT * FROM `orders_2025`;", 3)]
    public void A_table_that_other_sql_names_is_not_renamed_half(string otherSql, int line)
    {
        var marked = $"CREATE TABLE orders_2025 (id INT);\nBACKUP SNAPSHOT s1 TO example_repo ON (orders_20|25);\n{otherSql}";
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        var plan = Rename.Plan(analysis, offset, "orders_archive");

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Equal($"'orders_2025' also appears in other SQL on line {line}, which is not read: a rename would leave it behind. Rename it by hand.",
            plan.Refusal);
    }

    [Theory]
    [InlineData("ALTER TABLE orders ADD PARTITION p9 VALUES LESS THAN (\"2025-01-01\");")]
    [InlineData("ALTER TABLE db.orders DROP PARTITION p1;")]
    [InlineData("ALTER TABLE orders SET (\"dynamic_partition.enable\" = \"false\");")]
    [InlineData("TRUNCATE TABLE orders;")]
    [InlineData("ALTER TABLE `orders` SWAP WITH orders_new;")]
    [InlineData("ALTER TABLE orders_new SWAP WITH orders;")]
    [InlineData("ALTER TABLE orders_new SWAP WITH orders, RENAME staging;")]
    [InlineData("ALTER TABLE orders_new RENAME staging, SWAP WITH orders;")]
    [InlineData("ALTER TABLE orders_new ADD PARTITION p9 VALUES LESS THAN (\"2025-01-01\"), SWAP WITH `orders`;")]
    [InlineData("ALTER TABLE orders_old RENAME orders;")]
    [InlineData("CREATE TABLE c LIKE orders;")]
    [InlineData("CREATE TABLE c LIKE db.`orders`;")]
    [InlineData("CREATE TABLE IF NOT EXISTS db.c LIKE default_catalog.db.orders PROPERTIES (\"replication_num\" = \"1\");")]
    public void A_table_an_alter_table_that_is_read_names_is_renamed_there(string alter)
    {
        var script = $"CREATE DATABASE db;\nUSE db;\nCREATE TABLE orders (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (\"2024-01-01\"));\n{alter}\n"
            + "BACKUP SNAPSHOT s1 TO example_repo ON (orders);";

        Assert.Equal(script.Replace("orders", "sales").Replace("sales_new", "orders_new").Replace("sales_old", "orders_old"),
            Renamed(script.Replace("ON (orders", "ON (ord|ers"), "sales"));
    }

    [Theory]
    [InlineData("CREATE TABLE c LIKE db2.orders;")]
    [InlineData("CREATE TABLE c LIKE hive.db.orders;")]
    [InlineData("CREATE TABLE db2.c LIKE db2.orders;")]
    public void A_copy_of_another_databases_or_catalogs_table_of_the_name_is_left_as_it_is(string copy)
    {
        var script = $"CREATE DATABASE db;\nUSE db;\nCREATE TABLE orders (id INT);\n{copy}\nBACKUP SNAPSHOT s1 TO example_repo ON (orders);";

        Assert.Equal(script.Replace("TABLE orders", "TABLE sales").Replace("(orders)", "(sales)"), Renamed(script.Replace("ON (orders", "ON (ord|ers"), "sales"));
    }

    [Fact]
    public void A_table_is_renamed_from_the_like_of_a_copy_and_a_catalog_table_is_refused_there()
    {
        const string script = "CREATE TABLE base2 (k INT);\nCREATE TABLE c LIKE db.base2;\nBACKUP SNAPSHOT s1 TO repo ON (base2);";

        Assert.Equal(script.Replace("base2", "b3"), Renamed("USE db;\n" + script.Replace("db.base2", "db.ba|se2"), "b3", BaseCatalog)["USE db;\n".Length..]);
        var (analysis, offset) = FeatureTestInput.Parse("USE db;\nCREATE TABLE c LIKE ba|se;", BaseCatalog);
        Assert.Equal("'base' is a table of the catalog: renaming it in the script would not rename it in the cluster.", Rename.Prepare(analysis, offset)?.Refusal);
    }

    [Fact]
    public void A_table_renamed_by_alter_table_is_renamed_under_either_name()
    {
        const string script = "CREATE TABLE orders (id INT);\nALTER TABLE orders RENAME orders_old;\nBACKUP SNAPSHOT s1 TO example_repo ON (orders_old);";

        Assert.Equal(script.Replace("orders_old", "archive"), Renamed(script.Replace("ON (orders_old", "ON (orders_o|ld"), "archive"));
        Assert.Equal(script.Replace("orders ", "sales ").Replace("orders (", "sales ("), Renamed(script.Replace("TABLE orders (", "TABLE ord|ers ("), "sales"));
    }

    private const string RenamedTableScript = """
        CREATE TABLE orders (id INT);
        ALTER TABLE orders RENAME orders_old;
        CREATE TABLE orders (id INT);
        BACKUP SNAPSHOT s1 TO example_repo ON (orders, orders_old);
        """;

    /// <summary>
    /// The table is one under both names, but a rename changes only the name under the cursor, as far as the rename that
    /// takes it away: the table made under the name the rename freed is another, as one in a new database of a renamed one's name is.
    /// </summary>
    [Theory]
    [InlineData("CREATE TABLE ord|ers (id INT);\nALTER", "CREATE TABLE sales (id INT);\nALTER TABLE sales RENAME orders_old;\nCREATE TABLE orders (id INT);\nBACKUP SNAPSHOT s1 TO example_repo ON (orders, orders_old);")]
    [InlineData("ON (ord|ers,", "CREATE TABLE orders (id INT);\nALTER TABLE orders RENAME orders_old;\nCREATE TABLE sales (id INT);\nBACKUP SNAPSHOT s1 TO example_repo ON (sales, orders_old);")]
    [InlineData("RENAME orders_o|ld", "CREATE TABLE orders (id INT);\nALTER TABLE orders RENAME sales;\nCREATE TABLE orders (id INT);\nBACKUP SNAPSHOT s1 TO example_repo ON (orders, sales);")]
    public void A_table_is_renamed_under_the_name_under_the_cursor_up_to_the_rename_that_frees_it(string cursor, string expected)
    {
        var marked = RenamedTableScript.Replace(cursor.Replace("|", ""), cursor);

        Assert.Equal(expected, Renamed(marked, "sales", new AnalysisContext(AnalysisOptions.Default, null)));
    }

    /// <summary>A materialized view is renamed as a table is: under the name under the cursor, as far as the rename that takes it away.</summary>
    [Fact]
    public void A_materialized_view_is_renamed_up_to_the_rename_that_frees_its_name()
    {
        const string marked = """
            CREATE MATERIALIZED VIEW m|v REFRESH ASYNC AS SELECT k FROM t;
            ALTER MATERIALIZED VIEW mv RENAME mv_old;
            CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT k FROM t;
            BACKUP SNAPSHOT s1 TO example_repo ON (MATERIALIZED VIEW mv, MATERIALIZED VIEW mv_old);
            """;

        Assert.Equal("""
            CREATE MATERIALIZED VIEW sales REFRESH ASYNC AS SELECT k FROM t;
            ALTER MATERIALIZED VIEW sales RENAME mv_old;
            CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT k FROM t;
            BACKUP SNAPSHOT s1 TO example_repo ON (MATERIALIZED VIEW mv, MATERIALIZED VIEW mv_old);
            """, Renamed(marked, "sales", new AnalysisContext(AnalysisOptions.Default, null)));
    }

    [Fact]
    public void The_name_a_rename_gives_a_catalog_table_is_the_scripts_and_its_old_name_the_clusters()
    {
        const string script = "ALTER TABLE example_tbl RENAME t9;\nBACKUP SNAPSHOT s1 TO example_repo ON (t9);";

        Assert.Equal(script.Replace("t9", "t10"), Renamed(script.Replace("(t9", "(t|9"), "t10"));
        var (analysis, offset) = FeatureTestInput.Parse(script.Replace("example_tbl", "example_|tbl"));
        Assert.Equal("'example_tbl' is a table of the catalog: renaming it in the script would not rename it in the cluster.", Rename.Prepare(analysis, offset)?.Refusal);
    }

    /// <summary>A swap hands each name to the other table: the name is renamed on both sides of it, as the tables keep their places under the new one.</summary>
    [Fact]
    public void A_name_a_swap_hands_to_the_other_table_is_renamed_on_both_sides_of_the_swap()
    {
        const string script = "CREATE TABLE a (k INT);\nCREATE TABLE b (k INT);\nALTER TABLE a SWAP WITH b;\nBACKUP SNAPSHOT s1 TO example_repo ON (a, b);";

        Assert.Equal(script.Replace("TABLE a ", "TABLE x ").Replace("(a,", "(x,"),
            Renamed(script.Replace("(a,", "(|a,"), "x", new AnalysisContext(AnalysisOptions.Default, null)));
    }

    [Fact]
    public void A_database_a_restore_makes_under_an_alias_is_renamed_there()
    {
        const string script = """
            RESTORE SNAPSHOT snap FROM example_repo DATABASE db1 AS db9 PROPERTIES ("backup_timestamp" = "x");
            USE db9;
            """;

        Assert.Equal(script.Replace("db9", "db10"), Renamed(script.Replace("USE db9", "USE db|9"), "db10", AnalysisContext.Default));
    }

    /// <summary>A catalog whose default database db has a table base with partitions p1 and p2.</summary>
    private static readonly AnalysisContext BaseCatalog = new(AnalysisOptions.Default, CatalogLoader.Parse("""
        {"defaultDatabase":"db","repositories":{"repo":{}},"databases":{"db":{"tables":{"base":{"partitions":["p1","p2"]}},"views":[],"materializedViews":[]}}}
        """).Catalog);

    [Fact]
    public void A_database_of_the_catalog_a_restore_restores_into_under_an_alias_is_not_renamed()
    {
        const string script = """
            RESTORE SNAPSHOT s FROM repo DATABASE src AS db PROPERTIES ("backup_timestamp"="2024-01-01-00-00-00");
            USE db;
            """;
        var (analysis, offset) = FeatureTestInput.Parse(script.Replace("USE db", "USE d|b"), BaseCatalog);

        Assert.Equal("'db' is a database of the catalog: renaming it in the script would not rename it in the cluster.",
            Rename.Plan(analysis, offset, "dx")!.Refusal);
        Assert.Empty(References.Find(analysis, offset)!.Declarations);
        // A database the catalog lacks is the alias's to make.
        var made = script.Replace(" db", " db9").Replace("USE db9", "USE d|b9");
        var (restored, at) = FeatureTestInput.Parse(made, BaseCatalog);
        Assert.Single(References.Find(restored, at)!.Declarations);
        Assert.Equal(made.Replace("d|b9", "db9").Replace("db9", "db10"), Renamed(made, "db10", BaseCatalog));
    }

    [Fact]
    public void A_snapshot_prefix_of_a_restore_that_names_its_database_twice_is_renamed_with_the_database()
    {
        const string script = """
            CREATE DATABASE db1;
            RESTORE SNAPSHOT db1.snap FROM example_repo DATABASE db1 PROPERTIES ("backup_timestamp" = "x");
            """;

        Assert.Equal(script.Replace("db1", "db2"), Renamed(script.Replace("DATABASE db1;", "DATABASE d|b1;"), "db2", AnalysisContext.Default));
    }

    [Fact]
    public void A_snapshot_and_a_repository_are_renamed_in_the_filters_of_show_backup_restore_and_repositories()
    {
        const string script = """
            CREATE REPOSITORY nightly WITH BROKER ON LOCATION "s3://x";
            BACKUP SNAPSHOT db.s1 TO nightly;
            SHOW BACKUP FROM db WHERE SnapshotName = 's1';
            RESTORE SNAPSHOT db.s1 FROM nightly PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            SHOW RESTORE FROM db WHERE `Label` IN ('s0', 's1') AND DbName = 's1';
            SHOW REPOSITORIES WHERE RepoName = 'nightly' AND Location = 'nightly';
            """;

        Assert.Equal(script.Replace("s1 TO", "s9 TO").Replace("= 's1'", "= 's9'").Replace("db.s1 FROM", "db.s9 FROM").Replace("'s1')", "'s9')")
                .Replace("DbName = 's9'", "DbName = 's1'"),
            Renamed(script.Replace("db.s1 TO", "db.s|1 TO"), "s9", AnalysisContext.Default));
        Assert.Equal(script.Replace("nightly", "archive").Replace("Location = 'archive'", "Location = 'nightly'"),
            Renamed(script.Replace("RepoName = 'nightly'", "RepoName = 'night|ly'"), "archive", AnalysisContext.Default));
    }

    [Fact]
    public void A_database_is_renamed_in_the_db_name_filters_of_show_backup_and_restore_inside_their_quotes()
    {
        const string script = """
            CREATE DATABASE newdb;
            CREATE TABLE newdb.t (a INT);
            BACKUP SNAPSHOT newdb.s TO example_repo ON (t);
            SHOW BACKUP WHERE DbName = "newdb";
            SHOW RESTORE FROM newdb WHERE 'newdb' = `dbname` OR DbName IN ('other', "newdb") OR SnapshotName = 'newdb';
            SHOW BACKUP WHERE DbName = 'NEWDB';
            """;
        var renamed = script.Replace("newdb", "archive_db").Replace("SnapshotName = 'archive_db'", "SnapshotName = 'newdb'");

        Assert.Equal(renamed, Renamed(script.Replace("newdb.s", "new|db.s"), "archive_db", AnalysisContext.Default));
        Assert.Equal(renamed, Renamed(script.Replace("DbName = \"newdb\"", "DbName = \"new|db\""), "archive_db", AnalysisContext.Default));
        Assert.Equal(renamed, Renamed(script.Replace("'newdb' = `dbname`", "'new|db' = `dbname`"), "archive_db", AnalysisContext.Default));
    }

    [Theory]
    [InlineData("SHOW BACKUP WHERE DbName LIKE 'new%';", "'newdb' is also found by the LIKE pattern on line 2")]
    [InlineData("SHOW RESTORE WHERE DbName RLIKE 'ewd';", "'newdb' is also found by the RLIKE pattern on line 2")]
    [InlineData("SHOW BACKUP WHERE DbName LIKE 'archive%';", "'archive_db' is found by the LIKE pattern on line 2")]
    [InlineData("SHOW BACKUP WHERE SnapshotName LIKE 'new%';", null)]
    public void A_database_a_show_filters_with_a_pattern_that_finds_its_old_or_new_name_is_not_renamed(string show, string? refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse($"CREATE DATABASE new|db;\n{show}", AnalysisContext.Default);

        var plan = Rename.Plan(analysis, offset, "archive_db")!;

        if (refusal is null)
            Assert.Null(plan.Refusal);
        else
            Assert.StartsWith(refusal, plan.Refusal);
    }

    [Fact]
    public void A_show_backup_filter_names_the_snapshot_of_the_repository_named_last_before_it()
    {
        const string script = """
            BACKUP SNAPSHOT db.s1 TO first;
            BACKUP SNAPSHOT db.s1 TO second;
            SHOW BACKUP FROM db WHERE SnapshotName = 's1';
            """;

        Assert.Equal(script.Replace("s1 TO second", "s9 TO second").Replace("'s1'", "'s9'"),
            Renamed(script.Replace("'s1'", "'s|1'"), "s9", AnalysisContext.Default));
        Assert.Equal(script.Replace("s1 TO first", "s9 TO first"), Renamed(script.Replace("s1 TO first", "s|1 TO first"), "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_show_backup_filter_names_the_snapshot_of_the_last_backup_before_it_not_of_another_statement()
    {
        const string script = """
            BACKUP SNAPSHOT db.snap TO r2 ON (t);
            SHOW SNAPSHOT ON r1 WHERE SNAPSHOT = 'snap';
            SHOW BACKUP FROM db WHERE SnapshotName = 'snap';
            RESTORE SNAPSHOT db2.snap FROM r1 PROPERTIES ("backup_timestamp" = "x");
            SHOW BACKUP FROM db WHERE SnapshotName = 'snap';
            """;
        var expected = script.Replace("db.snap TO", "db.s9 TO").Replace("SnapshotName = 'snap'", "SnapshotName = 's9'");

        Assert.Equal(expected, Renamed(script.Replace("db.snap TO", "db.sn|ap TO"), "s9", AnalysisContext.Default));
        Assert.Equal(expected, Renamed(script.Insert(script.IndexOf("SnapshotName = 'sn", StringComparison.Ordinal) + 18, "|"), "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_show_backup_filter_names_the_snapshot_of_the_last_job_in_the_database_it_shows()
    {
        const string script = """
            USE db1;
            BACKUP SNAPSHOT snap TO r1;
            BACKUP SNAPSHOT db2.snap TO r2;
            SHOW BACKUP FROM db1 WHERE SnapshotName = 'snap';
            SHOW BACKUP FROM db2 WHERE SnapshotName = 'snap';
            """;
        var first = script.Replace("snap TO r1", "s9 TO r1").Replace("db1 WHERE SnapshotName = 'snap'", "db1 WHERE SnapshotName = 's9'");
        var second = script.Replace("db2.snap", "db2.s9").Replace("db2 WHERE SnapshotName = 'snap'", "db2 WHERE SnapshotName = 's9'");

        Assert.Equal(first, Renamed(script.Replace("snap TO r1", "sn|ap TO r1"), "s9", AnalysisContext.Default));
        Assert.Equal(first, Renamed(script.Replace("db1 WHERE SnapshotName = 'snap'", "db1 WHERE SnapshotName = 'sn|ap'"), "s9", AnalysisContext.Default));
        Assert.Equal(second, Renamed(script.Replace("db2.snap", "db2.sn|ap"), "s9", AnalysisContext.Default));
        Assert.Equal(second, Renamed(script.Replace("db2 WHERE SnapshotName = 'snap'", "db2 WHERE SnapshotName = 'sn|ap'"), "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_show_without_from_names_the_snapshot_of_a_job_that_is_still_its_databases_last()
    {
        // db2's last job is `other`, and a RESTORE in db3 takes the place of its BACKUP: only db1's job lists `snap`.
        const string script = """
            BACKUP SNAPSHOT db1.snap TO r1;
            BACKUP SNAPSHOT db2.snap TO r2;
            BACKUP SNAPSHOT db2.other TO r2;
            BACKUP SNAPSHOT db3.snap TO r3;
            RESTORE SNAPSHOT db3.old FROM r3 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            SHOW BACKUP WHERE SnapshotName = 'snap';
            SHOW BACKUP FROM db3 WHERE SnapshotName = 'snap';
            """;
        var expected = script.Replace("db1.snap", "db1.s9").Replace("BACKUP WHERE SnapshotName = 'snap'", "BACKUP WHERE SnapshotName = 's9'");

        Assert.Equal(expected, Renamed(script.Replace("BACKUP WHERE SnapshotName = 'snap'", "BACKUP WHERE SnapshotName = 'sn|ap'"), "s9", AnalysisContext.Default));
        Assert.Equal(script.Replace("db2.snap", "db2.s9"), Renamed(script.Replace("db2.snap", "db2.sn|ap"), "s9", AnalysisContext.Default));
        Assert.Equal(script.Replace("db3.snap", "db3.s9"), Renamed(script.Replace("db3.snap", "db3.sn|ap"), "s9", AnalysisContext.Default));
    }

    [Theory]
    [InlineData("""RESTORE SNAPSHOT db1.s FROM r1 PROPERTIES ("backup_timestamp" = "yesterday");""")]
    [InlineData("""RESTORE SNAPSHOT db1.s FROM r1 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "timout" = "60");""")]
    [InlineData("""CREATE READ ONLY REPOSITORY ro WITH BROKER ON LOCATION "s3://y"; BACKUP SNAPSHOT db1.s2 TO ro;""")]
    public void A_job_starrocks_refuses_does_not_take_its_databases_place_in_a_show_filter(string refused)
    {
        var script = $"""
            BACKUP SNAPSHOT db1.s TO r1;
            {refused}
            SHOW BACKUP FROM db1 WHERE SnapshotName = 's';
            SHOW BACKUP WHERE SnapshotName = 's';
            """;
        // The refused RESTORE still names the snapshot the BACKUP takes into r1.
        var expected = script.Replace("db1.s ", "db1.s9 ").Replace("SnapshotName = 's'", "SnapshotName = 's9'");

        Assert.Equal(expected, Renamed(script.Replace("db1.s TO r1", "db1.|s TO r1"), "s9", AnalysisContext.Default));
        Assert.Equal(expected, Renamed(script.Replace("db1 WHERE SnapshotName = 's'", "db1 WHERE SnapshotName = '|s'"), "s9", AnalysisContext.Default));
    }

    [Theory]
    [InlineData("\"type\" = \"full\"", true)]
    [InlineData("\"typ\" = \"full\"", false)]
    public void A_show_filter_and_srb700_agree_on_whether_a_backup_starts_a_job(string property, bool starts)
    {
        // A BACKUP with an unknown property is refused: SRB700 does not count it, nor does it take db1's place in the SHOW.
        var script = $"""
            BACKUP SNAPSHOT db1.s TO r1;
            BACKUP SNAPSHOT db1.s2 TO r1 PROPERTIES ({property});
            SHOW BACKUP FROM db1 WHERE SnapshotName = 's';
            """;
        var marked = script.Replace("SnapshotName = 's'", "SnapshotName = '|s'");
        var (analysis, _) = FeatureTestInput.Parse(marked, AnalysisContext.Default);
        var filterRenamed = script.Replace("SnapshotName = 's'", "SnapshotName = 's9'");

        Assert.Equal(starts, analysis.Diagnostics.Any(d => d.Code == "SRB700"));
        Assert.Equal(starts ? filterRenamed : filterRenamed.Replace("db1.s ", "db1.s9 "), Renamed(marked, "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_job_refused_for_a_snapshot_the_repository_holds_does_not_take_its_databases_place_in_a_show_filter()
    {
        const string script = """
            BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl2);
            BACKUP SNAPSHOT example_db.snapshot_label1 TO example_repo ON (example_tbl2);
            SHOW BACKUP FROM example_db WHERE SnapshotName = 's';
            """;

        Assert.Equal(script.Replace("db.s TO", "db.s9 TO").Replace("'s'", "'s9'"), Renamed(script.Replace("'s'", "'|s'"), "s9"));
    }

    [Fact]
    public void A_show_filter_from_a_database_names_the_snapshot_of_a_job_whose_database_is_not_known()
    {
        // Without USE or a catalog, the session's database is the client connection's: db1, perhaps. A later job of db1
        // takes its place, whichever database it is in.
        const string script = """
            BACKUP SNAPSHOT s TO r1;
            SHOW BACKUP FROM db1 WHERE SnapshotName = 's';
            BACKUP SNAPSHOT db1.other TO r1;
            SHOW BACKUP FROM db1 WHERE SnapshotName = 's';
            """;
        var expected = script.Replace("SNAPSHOT s TO", "SNAPSHOT s9 TO").Replace("""
            SnapshotName = 's';
            BACKUP
            """, """
            SnapshotName = 's9';
            BACKUP
            """);

        Assert.Equal(expected, Renamed(script.Replace("SNAPSHOT s TO", "SNAPSHOT |s TO"), "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_show_restore_filter_names_the_snapshot_of_the_last_restore_into_the_database_it_shows()
    {
        const string script = """
            RESTORE SNAPSHOT snap FROM r1 DATABASE db1 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            RESTORE SNAPSHOT db2.snap FROM r2 PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            SHOW RESTORE FROM db1 WHERE Label = 'snap';
            """;

        Assert.Equal(script.Replace("snap FROM r1", "s9 FROM r1").Replace("'snap'", "'s9'"),
            Renamed(script.Replace("'snap'", "'sn|ap'"), "s9", AnalysisContext.Default));
    }

    [Fact]
    public void A_reversed_comparison_in_a_show_filter_names_the_snapshot_or_repository_as_the_forward_one_does()
    {
        const string script = """
            CREATE REPOSITORY nightly WITH BROKER ON LOCATION "s3://x";
            BACKUP SNAPSHOT db.s1 TO nightly;
            SHOW BACKUP FROM db WHERE 's1' = SnapshotName;
            RESTORE SNAPSHOT db.s1 FROM nightly PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            SHOW RESTORE FROM db WHERE 's1' = `Label` AND 's1' = DbName;
            SHOW REPOSITORIES WHERE 'nightly' = RepoName;
            SHOW SNAPSHOT ON nightly WHERE 's1' = SNAPSHOT;
            """;
        // SHOW SNAPSHOT's analyzer refuses a reversed comparison: that one names nothing.
        var renamed = script.Replace("db.s1", "db.s9").Replace("'s1' = S", "'s9' = S").Replace("'s1' = `", "'s9' = `").Replace("'s9' = SNAPSHOT", "'s1' = SNAPSHOT");

        Assert.Equal(renamed, Renamed(script.Replace("db.s1 TO", "db.s|1 TO"), "s9", AnalysisContext.Default));
        Assert.Equal(renamed, Renamed(script.Replace("'s1' = SnapshotName", "'s|1' = SnapshotName"), "s9", AnalysisContext.Default));
        Assert.Equal(renamed, Renamed(script.Replace("'s1' = `Label`", "'s|1' = `Label`"), "s9", AnalysisContext.Default));
        Assert.Equal(script.Replace("nightly", "archive"), Renamed(script.Replace("'nightly' = RepoName", "'night|ly' = RepoName"), "archive", AnalysisContext.Default));
    }

    [Fact]
    public void A_show_restore_filter_no_restore_places_is_not_renamed_where_the_catalog_has_a_snapshot_of_that_name()
    {
        var (analysis, offset) = FeatureTestInput.Parse("SHOW RESTORE FROM example_db WHERE Label = 'snapshot_la|bel1';");

        Assert.Equal("`snapshot_label1` is a snapshot of the catalog: renaming it in the script would not rename it in the cluster.",
            Rename.Plan(analysis, offset, "renamed")!.Refusal);
        Assert.Null(Rename.Plan(FeatureTestInput.Parse("SHOW RESTORE FROM example_db WHERE Label = 'other_la|bel';").Analysis, offset, "renamed")!.Refusal);
    }

    [Theory]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName LIKE 'sn_p%';", "`snap` is also found by the LIKE pattern on line 2")]
    [InlineData("SHOW RESTORE FROM db WHERE Label NOT LIKE '%ap';", "`snap` is also found by the LIKE pattern on line 2")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName LIKE 'snap_';", null)]
    [InlineData("SHOW BACKUP FROM db WHERE Label LIKE 'snap';", null)]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName RLIKE '^sn.p$';", "`snap` is also found by the RLIKE pattern on line 2")]
    [InlineData("SHOW RESTORE FROM db WHERE Label NOT regexp 'na';", "`snap` is also found by the REGEXP pattern on line 2")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName RLIKE '(?P<x>s)nap';", "`snap` may be found by the RLIKE pattern on line 2 (a regular expression not read here)")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName REGEXP '^s[0-9]$';", "`s9` is found by the REGEXP pattern on line 2")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName LIKE 's_';", "`s9` is found by the LIKE pattern on line 2")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName RLIKE '^snap.';", null)]
    [InlineData("SHOW BACKUP FROM db WHERE Label RLIKE 'snap';", null)]
    [InlineData("SHOW SNAPSHOT ON r2 WHERE SNAPSHOT RLIKE 'snap';", null)]
    public void A_snapshot_a_show_filters_with_a_like_pattern_or_a_regular_expression_that_finds_its_old_or_new_name_is_not_renamed(string show, string? refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse($"BACKUP SNAPSHOT db.sn|ap TO r2 ON (t);\n{show}", AnalysisContext.Default);

        var plan = Rename.Plan(analysis, offset, "s9")!;

        if (refusal is null)
            Assert.Null(plan.Refusal);
        else
            Assert.StartsWith(refusal, plan.Refusal);
    }

    [Fact]
    public void A_refusal_writes_a_no_break_space_in_the_name_it_quotes_escaped_as_messages_do()
    {
        var (analysis, offset) = FeatureTestInput.Parse(
            "BACKUP SNAPSHOT db.`sn|\u00a0ap` TO r2 ON (t);\nSHOW BACKUP FROM db WHERE SnapshotName LIKE 'sn%';", AnalysisContext.Default);

        var target = Rename.Prepare(analysis, offset)!;
        var plan = Rename.Plan(analysis, offset, "s9")!;

        Assert.StartsWith("`sn\\u00a0ap` is also found by the LIKE pattern on line 2", target.Refusal);
        Assert.StartsWith("`sn\\u00a0ap` is also found by the LIKE pattern on line 2", plan.Refusal);
    }

    [Fact]
    public void A_repository_a_show_repositories_filter_finds_with_a_regular_expression_is_not_renamed()
    {
        var (analysis, offset) = FeatureTestInput.Parse("""
            CREATE REPOSITORY night|ly WITH BROKER ON LOCATION "s3://x";
            SHOW REPOSITORIES WHERE RepoName RLIKE 'ght';
            """, AnalysisContext.Default);

        Assert.Equal("[nightly] is also found by the RLIKE pattern on line 2, which a rename cannot rewrite: the pattern may not find the new name. "
            + "Rename it by hand.", Rename.Prepare(analysis, offset)?.Refusal);
    }

    [Fact]
    public void A_name_in_a_statement_that_does_not_parse_stops_the_rename_until_the_syntax_is_fixed()
    {
        const string marked = """
            CREATE REPOSITORY night|ly WITH BROKER ON LOCATION "s3://x";
            BACKUP SNAPSHOT example_db.s1 TO nightly ON (example_tbl PARTITON (p1));
            BACKUP SNAPSHOT example_db.s2 TO nightly PROPERTIES ("type"=full);
            RESTORE SNAPSHOT example_db.s1 FROM nightly ON (example_tbl
            """;
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        var plan = Rename.Plan(analysis, offset, "archive");

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Equal("[nightly] also appears on line 2, in a statement that does not parse: a rename would leave it behind. "
            + "Fix the syntax error on line 2 first.", plan.Refusal);
        Assert.Equal(plan.Refusal, Rename.Prepare(analysis, offset)?.Refusal);
    }

    private const string CatalogScript = """
        RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl, VIEW v_orders) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
        SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1';
        SHOW BACKUP FROM example_db;
        """;

    [Theory]
    [InlineData("example_repo", "repository")]
    [InlineData("snapshot_label1", "snapshot")]
    [InlineData("example_db", "database")]
    [InlineData("example_tbl", "table")]
    [InlineData("v_orders", "view")]
    public void An_object_of_the_catalog_is_not_renamed_as_the_cluster_keeps_its_name(string name, string kind)
    {
        var marked = CatalogScript.Insert(CatalogScript.IndexOf(name, StringComparison.Ordinal) + 1, "|");
        var fromFile = new AnalysisContext(AnalysisOptions.Default, FeatureTestInput.Catalog with { FilePath = "/work/starrocks-catalog.json" });
        var (analysis, offset) = FeatureTestInput.Parse(marked, fromFile);

        var plan = Rename.Plan(analysis, offset, "renamed");
        var prepared = Rename.Prepare(analysis, offset);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Equal($"{(kind == "repository" ? $"[{name}]" : kind == "snapshot" ? $"`{name}`" : $"'{name}'")} is a {kind} of the catalog (starrocks-catalog.json): renaming it in the script would not rename it in the cluster.",
            plan.Refusal);
        Assert.Equal(plan.Refusal, prepared?.Refusal);
        Assert.Equal(CatalogScript.Replace(name, "renamed"), Renamed(marked, "renamed", AnalysisContext.Default));
        Assert.Null(Rename.Prepare(FeatureTestInput.Parse(marked, AnalysisContext.Default).Analysis, offset)?.Refusal);
    }

    [Fact]
    public void An_object_the_script_makes_before_naming_it_is_its_own_though_the_catalog_has_one_of_that_name()
    {
        const string script = """
            CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3a://bucket/other";
            BACKUP SNAPSHOT example_db.s1 TO example_repo;
            """;
        const string usedFirst = "SHOW SNAPSHOT ON example_repo;\nDROP REPOSITORY example_repo;\n" + script;
        var (analysis, offset) = FeatureTestInput.Parse(usedFirst.Replace("CREATE REPOSITORY example_", "CREATE REPOSITORY example_|"));

        Assert.Equal(script.Replace("example_repo", "repo2"), Renamed(script.Replace("TO example_", "TO example_|"), "repo2"));
        Assert.StartsWith("[example_repo] is a repository of the catalog", Rename.Plan(analysis, offset, "repo2")!.Refusal);
    }

    private const string Jobs = """
        BACKUP SNAPSHOT db1.s1 TO nightly ON (orders);
        BACKUP SNAPSHOT db1.s2 TO nightly ON (refunds);
        BACKUP SNAPSHOT db2.s3 TO weekly ON (archive);
        """;

    [Theory]
    [InlineData("db1.s|1", "s2", "`s2` already names a snapshot of repository [nightly], on line 2: after the rename the two could not be told apart.")]
    [InlineData("ord|ers", "refunds", "'refunds' already names a table of database 'db1', on line 2: after the rename the two could not be told apart.")]
    [InlineData("TO night|ly", "weekly", "[weekly] already names a repository, on line 3: after the rename the two could not be told apart.")]
    [InlineData("db|1.s1", "db2", "'db2' already names a database, on line 3: after the rename the two could not be told apart.")]
    [InlineData("db1.s|1", "snapshot_label2", null)]
    [InlineData("TO night|ly", "s3_repo", "[s3_repo] already names a repository in the catalog.")]
    public void A_name_already_taken_in_the_same_scope_is_refused(string cursorAt, string newName, string? refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse(Jobs.Replace(cursorAt.Replace("|", ""), cursorAt));

        Assert.Equal(refusal, Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Theory]
    [InlineData("db1.s|1", "s3")]
    [InlineData("ord|ers", "archive")]
    public void A_name_taken_in_another_scope_is_free(string cursorAt, string newName) =>
        Assert.NotEmpty(Renamed(Jobs.Replace(cursorAt.Replace("|", ""), cursorAt), newName));

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s|1 TO example_repo;", "snapshot_label2",
        "`snapshot_label2` already names a snapshot of repository [example_repo] in the catalog.")]
    [InlineData("BACKUP SNAPSHOT s1 TO example_repo ON (ord|ers);", "v_orders", "'v_orders' already names a view of database 'example_db' in the catalog.")]
    public void A_name_the_catalog_has_for_that_kind_and_scope_is_refused(string marked, string newName, string refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        Assert.Equal(refusal, Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Fact]
    public void A_bare_name_is_backticked_when_the_new_name_needs_it()
    {
        const string marked = "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (orde|rs);\nBACKUP SNAPSHOT example_db.s2 TO example_repo ON (`orders`);";

        Assert.Equal("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (`order`);\nBACKUP SNAPSHOT example_db.s2 TO example_repo ON (`order`);",
            Renamed(marked, "order", AnalysisContext.Default));
        Assert.Equal("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (`my table`);\nBACKUP SNAPSHOT example_db.s2 TO example_repo ON (`my table`);",
            Renamed(marked, "my table", AnalysisContext.Default));
    }

    [Fact]
    public void A_snapshot_named_in_a_where_string_is_renamed_inside_the_string()
    {
        const string marked = "BACKUP SNAPSHOT example_db.sn|ap1 TO example_repo;\nSHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snap0', \"snap1\");";

        Assert.Equal("BACKUP SNAPSHOT example_db.nightly_2025 TO example_repo;\nSHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snap0', \"nightly_2025\");",
            Renamed(marked, "nightly_2025"));
    }

    [Fact]
    public void A_snapshot_filtered_by_a_column_named_in_javas_case_is_renamed_too()
    {
        // StarRocks compares the column with Java's equalsIgnoreCase, which upper-cases the long s to S.
        const string marked = "BACKUP SNAPSHOT example_db.sn|ap1 TO example_repo;\nSHOW SNAPSHOT ON example_repo WHERE ſnapshot = 'snap1';";

        Assert.Equal("BACKUP SNAPSHOT example_db.nightly_2025 TO example_repo;\nSHOW SNAPSHOT ON example_repo WHERE ſnapshot = 'nightly_2025';",
            Renamed(marked, "nightly_2025"));
    }

    [Theory]
    [InlineData("t3")]
    [InlineData("t1")]
    public void An_alias_is_not_renamed_to_a_name_its_restore_lists_already(string newName)
    {
        var (analysis, offset) = FeatureTestInput.Parse(
            "RESTORE SNAPSHOT snap1 FROM r DATABASE db1 AS db2 ON (t1 AS t|9, t3) PROPERTIES (\"backup_timestamp\" = \"2024\");",
            new AnalysisContext(AnalysisOptions.Default, null));

        var plan = Rename.Plan(analysis, offset, newName);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.StartsWith($"'{newName}' is already named in the ON list of the RESTORE on line 1", plan.Refusal);
        Assert.Null(Rename.Plan(analysis, offset, "t4")!.Refusal);
    }

    [Fact]
    public void A_database_of_an_external_catalog_is_not_renamed_with_the_clusters_of_that_name()
    {
        const string script = """
            CREATE DATABASE sa|les;
            CREATE TABLE sales.t1 (k INT);
            USE hive.sales;
            USE default_catalog.sales;
            DROP TABLE hive.sales.t1;
            ALTER DATABASE hive.sales RENAME sales_old;
            SET CATALOG hive;
            USE sales;
            SET CATALOG default_catalog;
            BACKUP SNAPSHOT sales.s1 TO r;
            """;
        var none = new AnalysisContext(AnalysisOptions.Default, null);

        Assert.Equal("""
            CREATE DATABASE shop;
            CREATE TABLE shop.t1 (k INT);
            USE hive.sales;
            USE default_catalog.shop;
            DROP TABLE hive.sales.t1;
            ALTER DATABASE hive.sales RENAME sales_old;
            SET CATALOG hive;
            USE sales;
            SET CATALOG default_catalog;
            BACKUP SNAPSHOT shop.s1 TO r;
            """, Renamed(script, "shop", none));
        var (analysis, offset) = FeatureTestInput.Parse(script.Replace("sa|les", "sales").Replace("USE hive.sales", "USE hive.sa|les"), none);
        Assert.Null(References.Find(analysis, offset));
    }

    private const string RenamedDatabaseScript = """
        CREATE TABLE a.t (k INT);
        ALTER DATABASE a RENAME b;
        BACKUP SNAPSHOT b.s1 TO r ON (t);
        CREATE DATABASE a;
        CREATE TABLE a.t (k INT);
        BACKUP SNAPSHOT a.s2 TO r ON (t);
        """;

    [Theory]
    [InlineData("CREATE TABLE a.|t (k INT);\nALTER")]
    [InlineData("b.s1 TO r ON (|t)")]
    public void A_table_is_renamed_under_both_names_of_its_database_and_not_in_a_new_database_of_the_old_name(string cursor)
    {
        var marked = RenamedDatabaseScript.Replace(cursor.Replace("|", ""), cursor);

        Assert.Equal(RenamedDatabaseScript.Replace("a.t (k INT);\nALTER", "a.u (k INT);\nALTER").Replace("b.s1 TO r ON (t)", "b.s1 TO r ON (u)"),
            Renamed(marked, "u", new AnalysisContext(AnalysisOptions.Default, null)));
    }

    [Fact]
    public void A_catalog_table_named_under_the_new_name_of_its_database_is_refused()
    {
        var (analysis, offset) = FeatureTestInput.Parse("ALTER DATABASE sales_db RENAME shop;\nBACKUP SNAPSHOT shop.s1 TO r ON (ord|ers);");

        Assert.Equal("'orders' is a table of the catalog: renaming it in the script would not rename it in the cluster.", Rename.Prepare(analysis, offset)?.Refusal);
    }

    private const string UnpartitionedScript = """
        CREATE TABLE t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
        BACKUP SNAPSHOT s1 TO example_repo ON (t PARTITION (t));
        ALTER TABLE t RENAME t2;
        BACKUP SNAPSHOT s2 TO example_repo ON (t2 PARTITION (`T2`));
        """;

    [Theory]
    [InlineData("ON (|t PARTITION")]
    [InlineData("PARTITION (|t)")]
    public void The_one_partition_of_a_table_made_without_partition_by_is_renamed_with_the_table(string cursor)
    {
        var renamed = Renamed(UnpartitionedScript.Replace(cursor.Replace("|", ""), cursor), "orders", AnalysisContext.Default);

        Assert.Equal(UnpartitionedScript.Replace("TABLE t ", "TABLE orders ").Replace("(t PARTITION (t))", "(orders PARTITION (orders))"), renamed);
        Assert.DoesNotContain(new DocumentAnalyzer().Analyze(renamed, FeatureTestInput.WithCatalog).Diagnostics, d => d.Code == "SRB603");
        Assert.Equal(UnpartitionedScript.Replace("RENAME t2", "RENAME orders").Replace("(t2 PARTITION (`T2`))", "(orders PARTITION (`orders`))"),
            Renamed(UnpartitionedScript.Replace("`T2`", "`T|2`"), "orders", AnalysisContext.Default));
    }

    [Fact]
    public void A_partition_that_shares_its_tables_name_in_a_table_made_with_partition_by_is_its_own()
    {
        const string script = """
            CREATE TABLE t (k INT) PARTITION BY LIST (k) (PARTITION t VALUES IN (1));
            BACKUP SNAPSHOT s1 TO example_repo ON (t PARTITION (t));
            """;

        Assert.Equal(script.Replace("TABLE t ", "TABLE u ").Replace("(t PARTITION", "(u PARTITION"),
            Renamed(script.Replace("(t PARTITION", "(|t PARTITION"), "u", AnalysisContext.Default));
        Assert.Equal(script.Replace("PARTITION t ", "PARTITION p ").Replace("PARTITION (t)", "PARTITION (p)"),
            Renamed(script.Replace("PARTITION (t)", "PARTITION (|t)"), "p", AnalysisContext.Default));
    }

    [Theory]
    [InlineData("CREATE TABLE IF NOT EXISTS t (a INT);")]
    [InlineData("CREATE TABLE t (a INT);")]
    public void A_create_of_a_table_the_script_made_already_leaves_its_partitions_as_the_first_create_made_them(string again)
    {
        var partitioned = $"""
            CREATE TABLE t (a INT) PARTITION BY RANGE (a) (PARTITION t VALUES LESS THAN (1));
            {again}
            BACKUP SNAPSHOT s TO r ON (t PARTITION (t));
            """;
        var unpartitioned = $"""
            CREATE TABLE t (a INT);
            {again.Replace("(a INT)", "(a INT) PARTITION BY RANGE (a) (PARTITION t VALUES LESS THAN (1))")}
            BACKUP SNAPSHOT s TO r ON (t PARTITION (t));
            """;

        Assert.Equal(partitioned.Replace("TABLE t ", "TABLE u ").Replace("EXISTS t ", "EXISTS u ").Replace("(t PARTITION", "(u PARTITION"),
            Renamed(partitioned.Replace("(t PARTITION", "(|t PARTITION"), "u", AnalysisContext.Default));
        // The CREATE that changes nothing declares its partition where t's one partition bears its name: it follows too.
        Assert.Equal(unpartitioned.Replace("TABLE t ", "TABLE u ").Replace("EXISTS t ", "EXISTS u ").Replace("PARTITION t ", "PARTITION u ")
                .Replace("(t PARTITION (t))", "(u PARTITION (u))"),
            Renamed(unpartitioned.Replace("(t PARTITION", "(|t PARTITION"), "u", AnalysisContext.Default));
    }

    private const string PartitionedScript = """
        CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"), PARTITION p2 VALUES LESS THAN ("2024-02-01"));
        BACKUP SNAPSHOT s1 TO example_repo ON (daily PARTITION (P1, `p2`));
        RESTORE SNAPSHOT s1 FROM example_repo ON (daily PARTITION (`p1`) AS daily_copy) PROPERTIES ("backup_timestamp" = "x");
        """;

    [Fact]
    public void A_partition_is_renamed_in_its_table_where_it_is_declared_and_named_whatever_its_case()
    {
        var marked = PartitionedScript.Replace("(P1", "(P|1");

        Assert.Equal(PartitionedScript.Replace("p1 VALUES", "jan VALUES").Replace("(P1", "(jan").Replace("(`p1`)", "(`jan`)"), Renamed(marked, "jan"));
    }

    [Fact]
    public void A_partition_a_batch_drops_is_renamed_there_too()
    {
        var script = PartitionedScript + "\nALTER TABLE daily DROP PARTITIONS (p2, P1);";

        Assert.Equal(script.Replace("p1 VALUES", "jan VALUES").Replace("(P1", "(jan").Replace("(`p1`)", "(`jan`)").Replace("p2, P1)", "p2, jan)"),
            Renamed(script.Replace("(P1", "(P|1"), "jan"));
    }

    [Theory]
    [InlineData("P2", "'P2' already names a partition of table 'daily', on line 1: after the rename the two could not be told apart.")]
    [InlineData("p1", null)]
    public void A_partition_name_its_table_has_is_taken_in_any_case(string newName, string? refusal) =>
        Assert.Equal(refusal, Rename.Plan(FeatureTestInput.Parse(PartitionedScript.Replace("(P1", "(P|1")).Analysis,
            PartitionedScript.IndexOf("(P1", StringComparison.Ordinal) + 2, newName)!.Refusal);

    [Fact]
    public void A_partition_other_sql_names_or_the_catalog_lists_is_not_renamed()
    {
        var (loaded, offset) = FeatureTestInput.Parse(PartitionedScript.Replace("(P1", "(P|1") + "\nINSERT INTO daily PARTITION (p1) VALUES ('2023-12-31');");
        Assert.Equal("'P1' also appears in other SQL on line 4, which is not read: a rename would leave it behind. Rename it by hand.",
            Rename.Plan(loaded, offset, "jan")!.Refusal);

        var (listed, at) = FeatureTestInput.Parse("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (p|2));");
        Assert.Equal("'p2' is a partition of the catalog: renaming it in the script would not rename it in the cluster.", Rename.Plan(listed, at, "q2")!.Refusal);
    }

    [Theory]
    [InlineData("ALTER TABLE daily RENAME daily2;")]
    [InlineData("CREATE TABLE daily2 (k DATE);\nALTER TABLE daily SWAP WITH daily2;")]
    [InlineData("CREATE TABLE daily2 LIKE daily;")]
    public void A_partition_is_renamed_where_its_table_or_a_copy_of_it_is_named_under_another_name(string statement)
    {
        var script = PartitionedScript + $"\n{statement}\nBACKUP SNAPSHOT s2 TO example_repo ON (daily2 PARTITION (p1));";

        var renamed = Renamed(script.Replace("(P1", "(P|1"), "jan");

        Assert.Equal(script.Replace("p1 VALUES", "jan VALUES").Replace("(P1", "(jan").Replace("(`p1`)", "(`jan`)").Replace("(p1))", "(jan))"), renamed);
        Assert.DoesNotContain(new DocumentAnalyzer().Analyze(renamed, FeatureTestInput.WithCatalog).Diagnostics, d => d.Code == "SRB603");
    }

    [Theory]
    // The catalog's example_tbl has a p1 of its own, which StarRocks leaves as it is: the rename is refused.
    [InlineData("ALTER TABLE daily RENAME example_tbl;", "example_tbl")]
    // The session leaves both tables' partitions unknown after such a swap: neither takes the other's name.
    [InlineData("ALTER TABLE daily SWAP WITH daily2;", "daily2")]
    public void A_partition_stays_with_its_table_where_a_rename_or_swap_is_refused_or_names_a_table_the_database_lacks(string alter, string other)
    {
        var script = PartitionedScript + $"\n{alter}\nBACKUP SNAPSHOT s2 TO example_repo ON (daily PARTITION (p1), {other} PARTITION (p1));";

        var renamed = Renamed(script.Replace("(P1", "(P|1"), "jan");

        Assert.Equal(script.Replace("p1 VALUES", "jan VALUES").Replace("(P1", "(jan").Replace("(`p1`)", "(`jan`)").Replace("(daily PARTITION (p1)", "(daily PARTITION (jan)"),
            renamed);
    }

    [Theory]
    [InlineData("ALTER TABLE base RENAME b2;", "b2")]
    [InlineData("CREATE TABLE b2 (k INT);\nALTER TABLE base SWAP WITH b2;", "b2")]
    [InlineData("CREATE TABLE d LIKE base;", "d")]
    [InlineData("CREATE TABLE d LIKE base;\nCREATE TABLE e LIKE d;", "e")]
    public void A_partition_of_a_catalog_table_named_under_another_name_is_not_renamed(string statements, string table)
    {
        var marked = $"USE db;\n{statements}\nBACKUP SNAPSHOT s1 TO repo ON ({table} PARTITION (p|1));";
        var (analysis, offset) = FeatureTestInput.Parse(marked, BaseCatalog);

        Assert.Equal("'p1' is a partition of the catalog: renaming it in the script would not rename it in the cluster.",
            Rename.Plan(analysis, offset, "q1")!.Refusal);
        Assert.Equal(Rename.Plan(analysis, offset, "q1")!.Refusal, Rename.Prepare(analysis, offset)?.Refusal);
    }

    [Fact]
    public void A_partition_a_copy_took_from_the_scripts_table_is_renamed_with_that_tables()
    {
        const string script = """
            CREATE TABLE t (k INT) PARTITION BY RANGE(k) (PARTITION p1 VALUES LESS THAN ("10"));
            CREATE TABLE c LIKE t;
            CREATE TABLE c2 LIKE c;
            BACKUP SNAPSHOT s TO repo ON (c PARTITION (p1));
            BACKUP SNAPSHOT s2 TO repo ON (c2 PARTITION (p1), t PARTITION (p1));
            """;

        var renamed = Renamed(script.Replace("(c PARTITION (p1", "(c PARTITION (p|1"), "q1", BaseCatalog);

        Assert.Equal(script.Replace("p1", "q1"), renamed);
        Assert.Equal(renamed, Renamed(script.Replace("(c2 PARTITION (p1", "(c2 PARTITION (p|1"), "q1", BaseCatalog));
        Assert.DoesNotContain(new DocumentAnalyzer().Analyze(renamed, BaseCatalog).Diagnostics, d => d.Code == "SRB603");
    }

    [Fact]
    public void A_copy_of_a_table_made_before_its_partition_is_not_renamed_with_it()
    {
        const string script = """
            CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
            CREATE TABLE daily2 LIKE daily;
            ALTER TABLE daily2 ADD PARTITION p2 VALUES LESS THAN ("2024-02-01");
            ALTER TABLE daily ADD PARTITION p2 VALUES LESS THAN ("2024-02-01");
            BACKUP SNAPSHOT s1 TO example_repo ON (daily2 PARTITION (p1, p2));
            """;

        Assert.Equal(script.Replace("daily ADD PARTITION p2", "daily ADD PARTITION feb"), Renamed(script.Replace("daily ADD PARTITION p2", "daily ADD PARTITION p|2"), "feb"));
        Assert.Equal(script.Replace("p1", "jan"), Renamed(script.Replace("PARTITION p1", "PARTITION p|1"), "jan"));
    }

    private const string CopiedPartitionScript = """
        CREATE TABLE t (k INT) PARTITION BY RANGE(k) (PARTITION p1 VALUES LESS THAN ("10"), PARTITION p2 VALUES LESS THAN ("20"));
        CREATE TABLE c LIKE t;
        ALTER TABLE c ADD PARTITION p3 VALUES LESS THAN ("30");
        BACKUP SNAPSHOT s TO repo ON (c PARTITION (p1));
        """;

    [Theory]
    [InlineData("(c PARTITION (p|1", "p3", "'p3' already names a partition of table 'c', on line 3: after the rename the two could not be told apart.")]
    [InlineData("PARTITION p|1 VALUES", "p3", "'p3' already names a partition of table 'c', on line 3: after the rename the two could not be told apart.")]
    [InlineData("(c PARTITION (p|1", "p2", "'p2' already names a partition of table 't', on line 1: after the rename the two could not be told apart.")]
    [InlineData("(c PARTITION (p|1", "p4", null)]
    public void A_partition_cannot_take_a_name_a_copy_of_its_table_or_the_table_it_copies_has(string cursor, string newName, string? refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse(CopiedPartitionScript.Replace(cursor.Replace("|", ""), cursor), BaseCatalog);

        Assert.Equal(refusal, Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Theory]
    [InlineData("CREATE TABLE c LIKE t;\nALTER TABLE c RENAME c2;\nALTER TABLE c2 ADD PARTITION p3 VALUES LESS THAN (\"30\");", "c2")]
    [InlineData("ALTER TABLE t RENAME t2;\nCREATE TABLE c LIKE t2;\nALTER TABLE c ADD PARTITION p3 VALUES LESS THAN (\"30\");", "c")]
    [InlineData("CREATE TABLE u (k INT); CREATE TABLE c LIKE t;\nALTER TABLE c SWAP WITH u;\nALTER TABLE u ADD PARTITION p3 VALUES LESS THAN (\"30\");", "u")]
    [InlineData("CREATE TABLE c LIKE t;\nCREATE TABLE c2 LIKE c;\nALTER TABLE c2 ADD PARTITION p3 VALUES LESS THAN (\"30\");", "c2")]
    public void A_partition_cannot_take_a_name_a_copy_has_under_a_name_a_rename_or_a_swap_gives_it(string statements, string table)
    {
        var script = $"""
            CREATE TABLE t (k INT) PARTITION BY RANGE(k) (PARTITION p|1 VALUES LESS THAN ("10"));
            {statements}
            """;
        var (analysis, offset) = FeatureTestInput.Parse(script, BaseCatalog);

        Assert.Equal($"'p3' already names a partition of table '{table}', on line 4: after the rename the two could not be told apart.",
            Rename.Plan(analysis, offset, "p3")!.Refusal);
    }

    private const string TemporaryPartitionScript = """
        CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"), PARTITION p2 VALUES LESS THAN ("2024-02-01"));
        ALTER TABLE daily ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2024-01-01");
        ALTER TABLE daily REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (TP1);
        BACKUP SNAPSHOT s1 TO example_repo ON (daily PARTITION (p1));
        """;

    [Fact]
    public void A_temporary_partition_is_renamed_where_it_is_added_and_put_in_a_partitions_place()
    {
        Assert.Equal(TemporaryPartitionScript.Replace("tp1", "jan_reload").Replace("TP1", "jan_reload"),
            Renamed(TemporaryPartitionScript.Replace("tp1 VALUES", "t|p1 VALUES"), "jan_reload"));
        // The partition it fills keeps its name: renaming that one leaves the temporary partition as it is.
        Assert.Equal(TemporaryPartitionScript.Replace("PARTITION p1 VALUES", "PARTITION jan VALUES").Replace("(p1)", "(jan)"),
            Renamed(TemporaryPartitionScript.Replace("(p1));", "(p|1));"), "jan"));
    }

    [Fact]
    public void A_partition_a_backup_names_by_a_string_is_renamed_inside_its_quotes()
    {
        var script = TemporaryPartitionScript.Replace("(daily PARTITION (p1))", "(daily PARTITION ('p1'))");

        Assert.Equal(script.Replace("PARTITION p1 VALUES", "PARTITION jan VALUES").Replace("(p1)", "(jan)").Replace("'p1'", "'jan'"),
            Renamed(script.Replace("('p1'));", "('p|1'));"), "jan"));
    }

    /// <summary>A REPLACE takes strings for partitions' names: they are renamed between their quotes too.</summary>
    [Fact]
    public void Partitions_a_replace_names_by_strings_are_renamed_inside_their_quotes()
    {
        var script = TemporaryPartitionScript.Replace("(p1) WITH TEMPORARY PARTITION (TP1)", "('p1') WITH TEMPORARY PARTITION (\"TP1\")");

        Assert.Equal(script.Replace("tp1", "jan_reload").Replace("TP1", "jan_reload"), Renamed(script.Replace("tp1 VALUES", "t|p1 VALUES"), "jan_reload"));
        Assert.Equal(script.Replace("PARTITION p1 VALUES", "PARTITION jan VALUES").Replace("'p1'", "'jan'").Replace("(p1))", "(jan))"),
            Renamed(script.Replace("(p1));", "(p|1));"), "jan"));
    }

    [Fact]
    public void A_temporary_partition_made_regular_under_its_own_name_is_renamed_with_the_partition_it_becomes()
    {
        var script = TemporaryPartitionScript.Replace("(TP1);", "(TP1) PROPERTIES (\"use_temp_partition_name\" = \"true\");")
            .Replace("PARTITION (p1));", "PARTITION (tp1));");
        var expected = script.Replace("tp1", "jan_reload").Replace("TP1", "jan_reload");

        Assert.Equal(expected, Renamed(script.Replace("tp1 VALUES", "t|p1 VALUES"), "jan_reload"));
        Assert.Equal(expected, Renamed(script.Replace("(tp1));", "(tp|1));"), "jan_reload"));
    }

    [Theory]
    [InlineData("(p|1)", "tp1", "'tp1' already names a temporary partition of table 'daily', on line 2: after the rename the two could not be told apart.")]
    [InlineData("t|p1 VALUES", "P2", "'P2' already names a partition of table 'daily', on line 1: after the rename the two could not be told apart.")]
    public void A_partition_and_a_temporary_partition_of_one_table_cannot_share_a_name(string cursor, string newName, string refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse(TemporaryPartitionScript.Replace(cursor.Replace("|", ""), cursor));

        Assert.Equal(refusal, Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a`b", "backtick")]
    [InlineData("it's", "quote")]
    [InlineData("a\\b", "backslash")]
    [InlineData("a\nb", "control character")]
    public void Names_that_cannot_be_written_are_refused_with_a_reason(string newName, string reason)
    {
        var (analysis, offset) = FeatureTestInput.Parse("SHOW SNAPSHOT ON example_re|po;");

        var plan = Rename.Plan(analysis, offset, newName);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Contains(reason, plan.Refusal);
    }

    [Theory]
    [InlineData("SHOW SNAPSHOT ON example_re|po;", "a`b", "The new name [a`b] has")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_lab|el1';", "it's", "The new name `it's` has")]
    [InlineData("BACKUP SNAPSHOT s1 TO example_repo ON (ord|ers);", "it's", "The new name 'it's' has")]
    public void A_name_that_cannot_be_written_is_named_in_the_refusal_as_the_messages_name_its_kind(string marked, string newName, string start)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        Assert.StartsWith(start, Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Theory]
    [InlineData("9bad")]
    [InlineData("a b")]
    [InlineData("a.b")]
    [InlineData(" x")]
    [InlineData("`a b`")]
    public void A_repository_name_starrocks_rejects_is_refused(string newName)
    {
        var (analysis, offset) = FeatureTestInput.Parse("SHOW SNAPSHOT ON night|ly;");

        var plan = Rename.Plan(analysis, offset, newName);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.EndsWith("is not a valid repository name: start with a letter (or `_` and a letter or digit), then up to 63 letters, digits or `_`.",
            plan.Refusal);
    }

    [Theory]
    [InlineData("1sales", null)]
    [InlineData("数据", null)]
    [InlineData("my-db", "3.2")]
    public void A_database_name_starrocks_rejects_is_refused(string newName, string? version)
    {
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var (analysis, offset) = FeatureTestInput.Parse("CREATE DATABASE sales;\nBACKUP SNAPSHOT sa|les.s1 TO r;", new AnalysisContext(options, null));

        var plan = Rename.Plan(analysis, offset, newName);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Contains($"refuses '{newName}' as a database name", plan.Refusal);
    }

    /// <summary>A table the script creates with a partition, a temporary partition it adds, and a BACKUP of the partition.</summary>
    private const string AddedPartitionScript = """
        CREATE TABLE example_db.tt (a INT, dt DATE) PARTITION BY RANGE (dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
        ALTER TABLE example_db.tt ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2025-01-01");
        BACKUP SNAPSHOT example_db.s TO example_repo ON (tt PARTITION (p1));
        """;

    [Theory]
    [InlineData("ON (tt PARTITION (p", "p-1", "partition")]
    [InlineData("ON (tt PARTITION (p", "1p", "partition")]
    [InlineData("ON (tt PARTITION (p", "p 1", "partition")]
    [InlineData("ON (tt PARTITION (p", "p.1", "partition")]
    [InlineData("ON (tt PARTITION (p", "__p", "partition")]
    [InlineData("ON (tt PARTITION (p", "分区", "partition")]
    [InlineData("ON (tt PARTITION (p", "placeholder_x", "partition")]
    [InlineData("TEMPORARY PARTITION t", "tp-1", "temporary partition")]
    public void A_partition_name_starrocks_rejects_is_refused(string cursorAfter, string newName, string kind)
    {
        var marked = AddedPartitionScript.Insert(AddedPartitionScript.IndexOf(cursorAfter, StringComparison.Ordinal) + cursorAfter.Length, "|");
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        var plan = Rename.Plan(analysis, offset, newName);

        Assert.NotNull(plan);
        Assert.Empty(plan.Edits);
        Assert.Equal($"StarRocks refuses '{newName}' as a {kind} name: a letter, or `_` and a letter or digit, then up to 63 ASCII letters, digits or `_`, "
            + "and not starting with `placeholder_`.", plan.Refusal);
    }

    [Theory]
    [InlineData("_1")]
    [InlineData("Placeholder_x")]
    [InlineData("p_2024")]
    public void A_partition_name_starrocks_takes_is_renamed_to(string newName)
    {
        var marked = AddedPartitionScript.Replace("(tt PARTITION (p1))", "(tt PARTITION (p|1))", StringComparison.Ordinal);
        Assert.Equal(AddedPartitionScript.Replace("PARTITION p1 ", $"PARTITION {newName} ", StringComparison.Ordinal)
            .Replace("(tt PARTITION (p1))", $"(tt PARTITION ({newName}))", StringComparison.Ordinal), Renamed(marked, newName));
    }

    [Fact]
    public void A_partition_name_of_64_characters_is_taken_and_one_of_65_refused()
    {
        var marked = AddedPartitionScript.Replace("(tt PARTITION (p1))", "(tt PARTITION (p|1))", StringComparison.Ordinal);
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        Assert.Null(Rename.Plan(analysis, offset, "p" + new string('x', 63))!.Refusal);
        Assert.StartsWith("StarRocks refuses 'p", Rename.Plan(analysis, offset, "p" + new string('x', 64))!.Refusal);
    }

    [Fact]
    public void A_table_name_over_1024_characters_is_refused()
    {
        var (analysis, offset) = FeatureTestInput.Parse("CREATE TABLE example_db.tt (a INT);\nBACKUP SNAPSHOT example_db.s TO example_repo ON (t|t);");

        Assert.Null(Rename.Plan(analysis, offset, new string('t', 1024))!.Refusal);
        Assert.Equal("StarRocks refuses a table name over 1,024 characters; this one has 1,025.", Rename.Plan(analysis, offset, new string('t', 1025))!.Refusal);
    }

    [Fact]
    public void A_function_the_catalog_does_not_list_is_renamed_in_each_job_of_its_database()
    {
        const string script = """
            BACKUP SNAPSHOT example_db.s1 TO example_repo ON (FUNCTION new_udf, FUNCTION example_db.`NEW_UDF`);
            BACKUP SNAPSHOT sales_db.s2 TO example_repo ON (FUNCTION new_udf);
            """;

        Assert.Equal(script.Replace("FUNCTION new_udf, FUNCTION example_db.`NEW_UDF`", "FUNCTION udf2, FUNCTION example_db.`udf2`"),
            Renamed(script.Replace("new_udf,", "new_u|df,"), "udf2"));
    }

    [Theory]
    [InlineData("FUNCTION my_u|df", "'my_udf' is a function of the catalog: renaming it in the script would not rename it in the cluster.")]
    [InlineData("FUNCTION new_u|df);\nSELECT new_udf(1", "'new_udf' also appears in other SQL on line 2, which is not read: a rename would leave it behind. Rename it by hand.")]
    public void A_function_the_catalog_lists_or_other_sql_names_is_not_renamed(string item, string refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse($"BACKUP SNAPSHOT example_db.s1 TO example_repo ON ({item});");

        Assert.Equal(refusal, Rename.Prepare(analysis, offset)!.Refusal);
    }

    [Theory]
    [InlineData("1udf", "Function cannot start with a digit: 1udf")]
    [InlineData("my-udf", "Function names must be all alphanumeric or underscore. Invalid name: my-udf")]
    public void A_function_name_starrocks_rejects_is_refused(string newName, string reason)
    {
        var (analysis, offset) = FeatureTestInput.Parse("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (FUNCTION new_u|df);");

        Assert.Equal($"StarRocks refuses '{newName}' as a function name ({reason}).", Rename.Plan(analysis, offset, newName)!.Refusal);
    }

    [Fact]
    public void A_database_name_a_newer_release_takes_is_renamed_to()
    {
        var (analysis, offset) = FeatureTestInput.Parse("CREATE DATABASE sales;\nBACKUP SNAPSHOT sa|les.s1 TO r;", new AnalysisContext(AnalysisOptions.Default, null));
        Assert.Null(Rename.Plan(analysis, offset, "my-db")!.Refusal);
    }

    [Fact]
    public void A_snapshot_name_is_refused_only_where_the_configured_starrocks_rejects_it()
    {
        const string marked = "BACKUP SNAPSHOT example_db.sn|ap1 TO example_repo;";
        var old = new AnalysisContext(AnalysisOptions.Default with { Version = new StarRocksVersion(2, 5) }, null);
        var (analysis, offset) = FeatureTestInput.Parse(marked, old);

        Assert.Equal("StarRocks 2.5 accepts only letters, digits, `_` and `-` (at most 128) in a snapshot name, not `nightly.2025`.",
            Rename.Plan(analysis, offset, "nightly.2025")!.Refusal);
        Assert.Equal("BACKUP SNAPSHOT example_db.`nightly.2025` TO example_repo;", Renamed(marked, "nightly.2025"));
    }

    [Fact]
    public void A_new_name_typed_in_backticks_is_the_name_inside_them()
    {
        Assert.Equal("SHOW SNAPSHOT ON archive;", Renamed("SHOW SNAPSHOT ON night|ly;", "`archive`"));
        Assert.Equal("BACKUP SNAPSHOT s1 TO r ON (`order`);", Renamed("BACKUP SNAPSHOT s1 TO r ON (orders|);", "`order`", AnalysisContext.Default));
    }

    [Fact]
    public void Prepare_names_the_span_and_what_it_reads_and_nothing_off_a_name()
    {
        var (analysis, offset) = FeatureTestInput.Parse("DROP REPOSITORY `arc|hive`;");
        var (keyword, keywordOffset) = FeatureTestInput.Parse("DR|OP REPOSITORY `archive`;");

        var target = Rename.Prepare(analysis, offset);

        Assert.NotNull(target);
        Assert.Equal("archive", target.Name);
        Assert.Equal("`archive`", analysis.Text.ToString(target.Span));
        Assert.Null(Rename.Prepare(keyword, keywordOffset));
        Assert.Null(Rename.Plan(keyword, keywordOffset, "x"));
    }

    private const string ExternalCatalogScript = """
        CREATE EXTERNAL CATALOG hive PROPERTIES ("type" = "hive");
        SET CATALOG `hive`;
        USE 'CATALOG hive';
        USE hive.sales;
        CREATE TABLE hive.sales.t2 LIKE hive.sales.t1;
        SET CATALOG default_catalog;
        BACKUP EXTERNAL CATALOG (hive) SNAPSHOT s1 TO r;
        RESTORE SNAPSHOT s1 FROM r EXTERNAL CATALOG (hive AS hive_copy) PROPERTIES ("backup_timestamp" = "x");
        SET CATALOG hive_copy;
        DROP CATALOG hi|ve;
        """;

    [Fact]
    public void A_catalog_is_renamed_wherever_the_script_names_it_and_a_word_the_release_reserves_is_backticked_outside_strings()
    {
        Assert.Equal("""
            CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "hive");
            SET CATALOG `lake`;
            USE 'CATALOG lake';
            USE lake.sales;
            CREATE TABLE lake.sales.t2 LIKE lake.sales.t1;
            SET CATALOG default_catalog;
            BACKUP EXTERNAL CATALOG (lake) SNAPSHOT s1 TO r;
            RESTORE SNAPSHOT s1 FROM r EXTERNAL CATALOG (lake AS hive_copy) PROPERTIES ("backup_timestamp" = "x");
            SET CATALOG hive_copy;
            DROP CATALOG lake;
            """, Renamed(ExternalCatalogScript, "lake"));
        // Inside USE's string the name is read whole: a backtick there would be part of it.
        var reserved = Renamed(ExternalCatalogScript, "select");
        Assert.Contains("SET CATALOG `select`;\nUSE 'CATALOG select';\nUSE `select`.sales;", reserved);
        Assert.Contains("SET CATALOG hive_copy;", reserved);
    }

    [Fact]
    public void A_catalog_a_restore_makes_under_a_new_name_is_renamed_there_and_after_not_the_catalog_it_restores()
    {
        var marked = ExternalCatalogScript.Replace("hi|ve", "hive").Replace("SET CATALOG hive_copy", "SET CATALOG hive_co|py");

        Assert.Equal(ExternalCatalogScript.Replace("hi|ve", "hive").Replace("hive_copy", "lake"), Renamed(marked, "lake"));
    }

    [Fact]
    public void A_create_external_catalog_starrocks_refuses_is_renamed_with_the_catalog_it_names()
    {
        const string script = """
            CREATE EXTERNAL CATALOG hive PROPERTIES ("type" = "hive");
            CREATE EXTERNAL CATALOG hive;
            CREATE EXTERNAL CATALOG IF NOT EXISTS hive PROPERTIES ("hive.metastore.uris" = "thrift://m:9083");
            SET CATALOG hi|ve;
            """;

        Assert.Equal(script.Replace("hi|ve", "hive").Replace("hive;", "lake;").Replace("CATALOG hive ", "CATALOG lake ").Replace("EXISTS hive", "EXISTS lake"),
            Renamed(script, "lake"));
    }

    [Theory]
    [InlineData("SET CATALOG hi|ve;\nBACKUP EXTERNAL CATALOG (hive) SNAPSHOT s1 TO r;", 1)]
    [InlineData("USE hive.sales;\nCREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\");\nSET CATALOG hi|ve;", 1)]
    // A DROP without IF EXISTS fails where the cluster lacks the catalog; a CREATE StarRocks refuses makes none.
    [InlineData("DROP CATALOG hive;\nCREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"hive\");\nSET CATALOG hi|ve;", 1)]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"mysql\");\nSET CATALOG hi|ve;", 2)]
    public void A_catalog_the_script_names_before_it_makes_it_is_the_clusters_and_is_not_renamed(string marked, int line)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        var refusal = $"'hive' is a catalog of the cluster, which the script names on line {line} before it makes it: renaming it in the script would not rename it in the cluster.";
        Assert.Equal(refusal, Rename.Prepare(analysis, offset)?.Refusal);
        Assert.Equal(refusal, Rename.Plan(analysis, offset, "lake")?.Refusal);
    }

    [Theory]
    [InlineData("DROP CATALOG IF EXISTS hive;\nCREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"iceberg\");\nSET CATALOG hi|ve;")]
    [InlineData("CREATE EXTERNAL CATALOG hive;\nCREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"iceberg\");\nSET CATALOG hi|ve;")]
    [InlineData("CREATE EXTERNAL CATALOG hive PROPERTIES (\"type\" = \"mysql\");")]
    public void A_catalog_the_script_makes_before_it_needs_it_is_renamed(string marked) =>
        Assert.Equal(marked.Replace("hi|ve", "hive").Replace("hive", "lake"), Renamed(marked.Contains('|') ? marked : marked.Replace("CATALOG hive", "CATALOG hi|ve"), "lake"));

    [Theory]
    [InlineData("hive-2", "StarRocks refuses 'hive-2' as a catalog name: a letter, or `_` and a letter or digit, then up to 63 ASCII letters, digits or `_`.")]
    [InlineData("Default_Catalog", "'Default_Catalog' is the cluster's own catalog: StarRocks refuses it as an external catalog's name.")]
    [InlineData("hive_copy", "'hive_copy' already names a catalog, on line 8: after the rename the two could not be told apart.")]
    public void A_catalog_name_starrocks_refuses_or_the_script_has_is_refused(string newName, string refusal)
    {
        var (analysis, offset) = FeatureTestInput.Parse(ExternalCatalogScript);

        var plan = Rename.Plan(analysis, offset, newName)!;

        Assert.Empty(plan.Edits);
        Assert.Equal(refusal, plan.Refusal);
    }

    [Theory]
    [InlineData("SET CATALOG default_cat|alog;")]
    [InlineData("USE DEFAULT_CATA|LOG.example_db;")]
    public void Default_catalog_is_not_renamed(string marked)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);

        Assert.EndsWith("is the cluster's own catalog: renaming it in the script would not rename it in the cluster.", Rename.Prepare(analysis, offset)?.Refusal);
        Assert.Empty(Rename.Plan(analysis, offset, "lake")!.Edits);
    }

    [Fact]
    public void A_catalog_before_a_table_in_a_backup_or_restore_is_renamed_though_starrocks_ignores_it_there()
    {
        const string script = """
            CREATE EXTERNAL CATALOG hi|ve PROPERTIES ("type" = "iceberg");
            BACKUP SNAPSHOT db.s1 TO r ON (hive.sales.t1, `hive`.sales.t2 PARTITION (p1));
            RESTORE SNAPSHOT db.s1 FROM r ON (hive.sales.t1 AS t3) PROPERTIES ("backup_timestamp" = "x");
            """;

        Assert.Equal(script.Replace("hi|ve", "hive").Replace("hive", "lake"), Renamed(script, "lake"));
        Assert.Contains("ON (`select`.sales.t1, `select`.sales.t2 PARTITION (p1))", Renamed(script, "select"));
    }

    [Theory]
    // StarRocks reads the catalog from the string's text, so the new name is written over the escapes that write the old one.
    [InlineData(@"USE 'CATALOG h\ive';", "USE 'CATALOG lake';")]
    [InlineData(@"USE 'CATALOG\thive';", @"USE 'CATALOG\tlake';")]
    [InlineData(@"USE ""catalog \hive\ "";", @"USE ""catalog lake\ "";")]
    [InlineData(@"SET CATALOG 'hi\ve';", "SET CATALOG 'lake';")]
    [InlineData(@"DROP CATALOG ""h\i\v\e"";", @"DROP CATALOG ""lake"";")]
    // Quotes escaped into the text are part of the name, which StarRocks then refuses (FeNameFormat.checkCatalogName):
    // that string names no catalog hive.
    [InlineData(@"USE 'CATALOG \'hive\'';", @"USE 'CATALOG \'hive\'';")]
    public void A_catalog_written_with_escapes_in_a_string_is_renamed_where_starrocks_reads_it(string statement, string renamed) =>
        Assert.Equal($"{MadeCatalog("lake")}SET CATALOG lake;\n{renamed}", Renamed($"{MadeCatalog("hive")}SET CATALOG hi|ve;\n{statement}", "lake"));

    /// <summary>A catalog the script makes, which a rename may change (one it does not make is the cluster's).</summary>
    private static string MadeCatalog(string name) => $"CREATE EXTERNAL CATALOG {name} PROPERTIES (\"type\" = \"iceberg\");\n";

    [Fact]
    public void A_catalog_named_in_a_use_string_is_renamed_in_its_last_word_not_where_the_keyword_holds_its_name()
    {
        Assert.Equal(MadeCatalog("lake") + @"SET CATALOG lake;
            USE 'catalog lake';", Renamed(MadeCatalog("og") + @"SET CATALOG o|g;
            USE 'catalog o\g';", "lake"));
    }

    [Fact]
    public void A_catalog_other_sql_names_where_it_is_not_read_is_not_renamed()
    {
        var (analysis, offset) = FeatureTestInput.Parse(ExternalCatalogScript + "\nSELECT * FROM hive.sales.t1;");

        Assert.Equal("'hive' also appears in other SQL on line 11, which is not read: a rename would leave it behind. Rename it by hand.",
            Rename.Prepare(analysis, offset)?.Refusal);
    }

    [Fact]
    public void After_a_rename_the_new_name_has_exactly_the_old_names_mentions() =>
        ReferencesTests.Script.Sample(text =>
        {
            var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (References.Find(analysis, offset) is not { } found)
                    continue;
                var plan = Rename.Plan(analysis, offset, "renamed")!;
                // Refused when other SQL also names the table or database (A_table_that_other_sql_names_is_not_renamed_half).
                if (plan.Refusal is not null)
                {
                    Assert.Empty(plan.Edits);
                    continue;
                }
                var renamed = Apply(text, plan.Edits);
                var again = new DocumentAnalyzer().Analyze(renamed, AnalysisContext.Default);
                // Nothing before the first edit moves. A temporary partition that a REPLACE makes regular under its own
                // name is renamed with that partition (A_temporary_partition_made_regular_...): each has its mentions after.
                var first = plan.Edits.Min(e => e.Span.Start);
                var after = References.Find(again, first);
                Assert.NotNull(after);
                Assert.Equal(References.Find(analysis, first)!.Object with { Name = "renamed" }, after.Object);
                // A partition is its table's where the name was under the cursor, which the edits before it move.
                var cursor = found.NameSpan.Start + plan.Edits.Where(e => e.Span.Start < found.NameSpan.Start).Sum(e => e.NewText.Length - e.Span.Length);
                Assert.Equal(found.References.Length, References.Of(again, found.Object with { Name = "renamed" }, cursor).Length);
            }
        }, iter: 100);
}
