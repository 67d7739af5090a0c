using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Features;

public sealed class InlayHintTests
{
    /// <summary>The text with each hint's label written in at its place, between « and ».</summary>
    private static string Shown(string text, AnalysisContext? context = null, TextSpan? range = null)
    {
        var analysis = new DocumentAnalyzer().Analyze(text, context ?? FeatureTestInput.WithCatalog);
        foreach (var hint in InlayHints.In(analysis, range ?? new TextSpan(0, text.Length)).Reverse())
            text = text.Insert(hint.Offset, $"«{hint.Label}»");
        return text;
    }

    [Fact]
    public void A_use_with_more_after_its_database_switches_nothing_but_one_whose_semicolon_is_missing_before_a_statement_does()
    {
        Assert.Equal(
            """
            USE sales_db SELECT 1;
            BACKUP SNAPSHOT «example_db.»s1 TO example_repo;
            USE sales_db, example_db;
            BACKUP SNAPSHOT «example_db.»s2 TO example_repo;
            USE sales_db -- the mysql client runs this line as its own command
            SELECT 1;
            BACKUP SNAPSHOT «sales_db.»s3 TO example_repo;
            """,
            Shown(
                """
                USE sales_db SELECT 1;
                BACKUP SNAPSHOT s1 TO example_repo;
                USE sales_db, example_db;
                BACKUP SNAPSHOT s2 TO example_repo;
                USE sales_db -- the mysql client runs this line as its own command
                SELECT 1;
                BACKUP SNAPSHOT s3 TO example_repo;
                """));
    }

    [Fact]
    public void A_job_that_names_no_database_shows_the_one_it_works_in()
    {
        // A RESTORE that names none restores into its snapshot's database, whatever the session's: no hint.
        Assert.Equal(
            """
            BACKUP SNAPSHOT «example_db.»s1 TO example_repo;
            USE sales_db;
            BACKUP SNAPSHOT «sales_db.»s2 TO example_repo ON (orders);
            RESTORE SNAPSHOT s2 FROM example_repo PROPERTIES ("backup_timestamp" = "t");
            BACKUP SNAPSHOT example_db.s3 TO example_repo;
            BACKUP DATABASE example_db SNAPSHOT s4 TO example_repo;
            RESTORE SNAPSHOT s5 FROM example_repo DATABASE example_db AS copy_db PROPERTIES ("backup_timestamp" = "t");
            CREATE DATABASE `order`;
            USE `order`;
            BACKUP SNAPSHOT «`order`.»s6 TO example_repo;
            BACKUP EXTERNAL CATALOG (hive) SNAPSHOT s7 TO example_repo;
            RESTORE SNAPSHOT s7 FROM example_repo ALL EXTERNAL CATALOGS PROPERTIES ("backup_timestamp" = "t");
            BACKUP SNAPSHOT
            """,
            Shown(
                """
                BACKUP SNAPSHOT s1 TO example_repo;
                USE sales_db;
                BACKUP SNAPSHOT s2 TO example_repo ON (orders);
                RESTORE SNAPSHOT s2 FROM example_repo PROPERTIES ("backup_timestamp" = "t");
                BACKUP SNAPSHOT example_db.s3 TO example_repo;
                BACKUP DATABASE example_db SNAPSHOT s4 TO example_repo;
                RESTORE SNAPSHOT s5 FROM example_repo DATABASE example_db AS copy_db PROPERTIES ("backup_timestamp" = "t");
                CREATE DATABASE `order`;
                USE `order`;
                BACKUP SNAPSHOT s6 TO example_repo;
                BACKUP EXTERNAL CATALOG (hive) SNAPSHOT s7 TO example_repo;
                RESTORE SNAPSHOT s7 FROM example_repo ALL EXTERNAL CATALOGS PROPERTIES ("backup_timestamp" = "t");
                BACKUP SNAPSHOT
                """));
    }

    [Fact]
    public void In_another_catalog_a_backup_shows_the_default_catalogs_database_named_as_the_sessions()
    {
        // StarRocks looks the session's database up by its name in default_catalog, whatever the session's catalog.
        const string after = """
            SET CATALOG hive;
            BACKUP SNAPSHOT s1 TO example_repo;
            USE sales_db;
            BACKUP SNAPSHOT «sales_db.»s2 TO example_repo;
            USE hive.web_logs;
            BACKUP SNAPSHOT «web_logs.»s3 TO example_repo;
            RESTORE SNAPSHOT s3 FROM example_repo PROPERTIES ("backup_timestamp" = "t");
            SET CATALOG default_catalog;
            BACKUP SNAPSHOT s4 TO example_repo;
            """;
        var before = after.Replace("«sales_db.»", "").Replace("«web_logs.»", "");
        Assert.Equal(after, Shown(before));
        Assert.Equal(after, Shown(before, AnalysisContext.Default));
    }

    [Fact]
    public void After_a_use_StarRocks_refuses_a_job_works_in_the_database_before_it() =>
        // StarRocks fails USE of a database it does not have (Unknown database) and keeps the one it was in.
        Assert.Equal(
            "USE sales_db;\nUSE sales_dbb;\nBACKUP SNAPSHOT «sales_db.»s1 TO example_repo;",
            Shown("USE sales_db;\nUSE sales_dbb;\nBACKUP SNAPSHOT s1 TO example_repo;"));

    [Fact]
    public void Show_and_cancel_statements_that_name_no_database_get_no_hint()
    {
        // SHOW BACKUP without FROM shows every database's latest job; CANCEL without FROM is an error.
        const string text = """
            USE sales_db;
            SHOW BACKUP;
            show restore WHERE SNAPSHOT = 's';
            CANCEL BACKUP;
            CANCEL RESTORE FOR EXTERNAL CATALOG;
            SHOW BACKUP FROM example_db;
            """;
        Assert.Equal(text, Shown(text));
    }

    [Fact]
    public void Statements_after_a_missing_semicolon_are_hinted_as_with_it() =>
        // The USE after the first missing `;` switches the database of the statements after it, as with the `;`.
        Assert.Equal(
            "BACKUP SNAPSHOT «example_db.»s0 TO example_repo\nUSE sales_db\nBACKUP SNAPSHOT «sales_db.»s1 TO example_repo;",
            Shown("BACKUP SNAPSHOT s0 TO example_repo\nUSE sales_db\nBACKUP SNAPSHOT s1 TO example_repo;"));

    [Fact]
    public void Without_a_catalog_only_a_USE_names_the_database()
    {
        Assert.Equal("BACKUP SNAPSHOT s1 TO r;\nuse db1;\nBACKUP SNAPSHOT «db1.»s2 TO r;",
            Shown("BACKUP SNAPSHOT s1 TO r;\nuse db1;\nBACKUP SNAPSHOT s2 TO r;", AnalysisContext.Default));
    }

    [Fact]
    public void Only_the_statements_in_the_range_are_hinted()
    {
        const string text = "BACKUP SNAPSHOT s1 TO r;\nBACKUP SNAPSHOT s2 TO r;\nBACKUP SNAPSHOT s3 TO r;";
        var second = text.IndexOf("s2", StringComparison.Ordinal);
        Assert.Equal("BACKUP SNAPSHOT s1 TO r;\nBACKUP SNAPSHOT «example_db.»s2 TO r;\nBACKUP SNAPSHOT s3 TO r;",
            Shown(text, range: new TextSpan(second, 2)));
    }

    [Fact]
    public void A_range_that_takes_the_end_of_a_statement_gets_no_hint_from_its_start()
    {
        const string text = "BACKUP SNAPSHOT s1 TO r;\nBACKUP SNAPSHOT s2 TO r;";
        var end = text.IndexOf("TO r;", StringComparison.Ordinal);
        Assert.Equal("BACKUP SNAPSHOT s1 TO r;\nBACKUP SNAPSHOT «example_db.»s2 TO r;",
            Shown(text, range: TextSpan.FromBounds(end, text.Length)));
    }

    [Fact]
    public void A_range_deep_in_a_long_script_gets_the_hints_the_whole_script_has_there()
    {
        // Many blocks, and sessions that change inside and across them.
        var text = string.Join("\n", Enumerable.Range(0, 600).Select(i => i % 37 == 0 ? $"USE db{i};" : $"BACKUP SNAPSHOT s{i} TO r;"));
        var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);
        var all = InlayHints.In(analysis, new TextSpan(0, text.Length));
        Assert.Equal(600 - 17, all.Length);
        foreach (var (from, to) in new[] { (0, 0), (5_000, 5_001), (7_777, 12_345), (text.Length - 3, text.Length), (1_000, 1_000) })
        {
            var range = TextSpan.FromBounds(from, to);
            Assert.Equal(all.Where(h => h.Offset >= range.Start && h.Offset <= range.End), InlayHints.In(analysis, range));
        }
    }
}
