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
            text = text.Insert(hint.Offset, hint.SpaceBefore ? $"« {hint.Label}»" : $"«{hint.Label}»");
        return text;
    }

    [Fact]
    public void A_job_that_names_no_database_shows_the_one_it_works_in()
    {
        Assert.Equal(
            """
            BACKUP SNAPSHOT «example_db.»s1 TO example_repo;
            USE sales_db;
            BACKUP SNAPSHOT «sales_db.»s2 TO example_repo ON (orders);
            RESTORE SNAPSHOT «sales_db.»s2 FROM example_repo PROPERTIES ("backup_timestamp" = "t");
            BACKUP SNAPSHOT example_db.s3 TO example_repo;
            BACKUP DATABASE example_db SNAPSHOT s4 TO example_repo;
            RESTORE SNAPSHOT s5 FROM example_repo DATABASE example_db AS copy_db PROPERTIES ("backup_timestamp" = "t");
            USE `my db`;
            BACKUP SNAPSHOT «`my db`.»s6 TO example_repo;
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
                USE `my db`;
                BACKUP SNAPSHOT s6 TO example_repo;
                BACKUP SNAPSHOT
                """));
    }

    [Fact]
    public void Job_statements_that_name_no_database_show_it_as_their_FROM()
    {
        Assert.Equal(
            """
            USE sales_db;
            SHOW BACKUP« FROM sales_db»;
            show restore« FROM sales_db» WHERE SNAPSHOT = 's';
            CANCEL BACKUP« FROM sales_db»;
            CANCEL RESTORE FOR EXTERNAL CATALOG;
            SHOW BACKUP FROM example_db;
            SHOW BACKUP IN
            """,
            Shown(
                """
                USE sales_db;
                SHOW BACKUP;
                show restore WHERE SNAPSHOT = 's';
                CANCEL BACKUP;
                CANCEL RESTORE FOR EXTERNAL CATALOG;
                SHOW BACKUP FROM example_db;
                SHOW BACKUP IN
                """));
    }

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
}
