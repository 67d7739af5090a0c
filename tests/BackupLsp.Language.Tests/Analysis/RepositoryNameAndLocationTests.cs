using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>
/// A repository's snapshots live under its name at its location (StarRocks' Repository keeps them in
/// location/__starrocks_repository_name/): another name at the same location does not see them, and the same name made
/// again at the same location sees them again.
/// </summary>
public sealed class RepositoryNameAndLocationTests
{
    private const string Catalog = """
        {
          "defaultDatabase": "sales",
          "repositories": {
            "s3_nightly": { "location": "s3a://corp-backup/starrocks/nightly", "readOnly": false,
              "snapshots": [ { "name": "sales_20240601", "timestamp": "2024-06-01-02-00-13-412" } ] },
            "mig_ro": { "location": "s3a://corp-backup/starrocks/nightly/", "readOnly": true, "snapshots": [] }
          },
          "databases": { "sales": { "tables": { "orders": {}, "customers": {} }, "views": [], "materializedViews": [], "functions": [] } }
        }
        """;

    private static readonly StarRocksCatalog TestCatalog =
        CatalogLoader.Parse(Catalog).Catalog ?? throw new InvalidOperationException("The test catalog does not load.");

    private static DocumentAnalysis Analyze(string text, StarRocksCatalog? catalog = null) =>
        new DocumentAnalyzer().Analyze(text, new AnalysisContext(AnalysisOptions.Default, catalog));

    private static Diagnostic[] Coded(DocumentAnalysis analysis, string code) => [.. analysis.Diagnostics.Where(d => d.Code == code)];

    private const string Migration = """
        CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION "s3a://corp-backup/sr/migration";
        BACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig ON (ALL TABLES);
        CREATE READ ONLY REPOSITORY s3_mig_ro WITH BROKER ON LOCATION "s3://corp-backup/sr/migration/";
        RESTORE SNAPSHOT mig_0610 FROM s3_mig_ro DATABASE sales PROPERTIES ("backup_timestamp" = "2024-06-10-02-00-00-000");
        """;

    [Fact]
    public void A_restore_from_another_name_at_the_location_a_backup_wrote_to_is_told_so_with_the_name_as_its_fix()
    {
        var analysis = Analyze(Migration);
        var warning = Assert.Single(Coded(analysis, "SRB610"));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("s3_mig_ro", Migration.Substring(warning.Span.Start, warning.Span.Length).Split(' ')[0]);
        Assert.Contains("kept under repository [s3_mig]", warning.Message);
        var fix = Assert.Single(warning.Fixes);
        Assert.Equal("Change to s3_mig", fix.Title);
        Assert.Equal("s3_mig", Assert.Single(fix.Edits).NewText);
        var related = Assert.Single(warning.Related);
        Assert.Equal("mig_0610", Migration.Substring(related.Span.Start, related.Span.Length));
    }

    [Theory]
    // The same name, or another location, or a BACKUP after the RESTORE: nothing under another name to tell of.
    [InlineData("CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\nBACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig;\n"
        + "RESTORE SNAPSHOT mig_0610 FROM s3_mig DATABASE sales;")]
    [InlineData("CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\nBACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig;\n"
        + "CREATE REPOSITORY s3_other WITH BROKER ON LOCATION \"s3a://corp-backup/sr/other\";\nRESTORE SNAPSHOT mig_0610 FROM s3_other DATABASE sales;")]
    [InlineData("CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\n"
        + "CREATE REPOSITORY s3_mig_ro WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\nRESTORE SNAPSHOT mig_0610 FROM s3_mig_ro DATABASE sales;\n"
        + "BACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig;")]
    // Both repositories take it: the one looked in holds its own.
    [InlineData("CREATE REPOSITORY s3_mig WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\n"
        + "CREATE REPOSITORY s3_mig_2 WITH BROKER ON LOCATION \"s3a://corp-backup/sr/migration\";\nBACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig;\n"
        + "BACKUP DATABASE sales SNAPSHOT mig_0610 TO s3_mig_2;\nRESTORE SNAPSHOT mig_0610 FROM s3_mig_2 DATABASE sales;")]
    public void A_snapshot_the_repository_may_hold_itself_is_not_told_of(string script) =>
        Assert.Empty(Coded(Analyze(script), "SRB610"));

    [Fact]
    public void A_dropped_snapshot_is_no_longer_under_the_other_name()
    {
        var script = Migration.Replace("CREATE READ ONLY", "DROP SNAPSHOT mig_0610 ON s3_mig;\nCREATE READ ONLY");
        Assert.Empty(Coded(Analyze(script), "SRB610"));
    }

    [Fact]
    public void A_snapshot_the_catalog_lists_under_another_name_at_the_location_is_told_of_beside_the_unknown_snapshot()
    {
        var script = "RESTORE SNAPSHOT sales_20240601 FROM mig_ro DATABASE sales;";
        var analysis = Analyze(script, TestCatalog);
        Assert.Single(Coded(analysis, "SRB606"));
        var warning = Assert.Single(Coded(analysis, "SRB610"));
        Assert.Contains("(the catalog lists it there)", warning.Message);
        Assert.Equal("Change to s3_nightly", Assert.Single(warning.Fixes).Title);
        Assert.Empty(warning.Related);
    }

    [Fact]
    public void A_drop_snapshot_is_not_pointed_at_a_read_only_repository()
    {
        var catalog = TestCatalog with
        {
            Repositories = TestCatalog.Repositories!.SetItem("mig_ro", TestCatalog.Repositories["mig_ro"] with { ReadOnly = false })
                .SetItem("s3_nightly", TestCatalog.Repositories["s3_nightly"] with { ReadOnly = true }),
        };
        var warning = Assert.Single(Coded(Analyze("DROP SNAPSHOT sales_20240601 ON mig_ro;", catalog), "SRB610"));
        Assert.Contains("this DROP SNAPSHOT does not find it", warning.Message);
        Assert.Contains("[s3_nightly] is read-only", warning.Message);
        Assert.Empty(warning.Fixes);
    }

    [Fact]
    public void A_show_snapshot_filter_naming_a_snapshot_kept_under_another_name_is_told_of()
    {
        var script = "SHOW SNAPSHOT ON mig_ro WHERE SNAPSHOT IN ('x', 'sales_20240601');";
        var warning = Assert.Single(Coded(Analyze(script, TestCatalog), "SRB610"));
        Assert.Equal("mig_ro", script.Substring(warning.Span.Start, warning.Span.Length));
        Assert.Contains("SHOW SNAPSHOT does not list it here", warning.Message);
    }

    [Fact]
    public void A_snapshot_of_a_dropped_repository_is_told_of_without_a_fix()
    {
        var script = """
            DROP REPOSITORY s3_nightly;
            CREATE REPOSITORY nightly2 WITH BROKER ON LOCATION "s3a://corp-backup/starrocks/nightly";
            RESTORE SNAPSHOT sales_20240601 FROM nightly2 DATABASE sales;
            """;
        var warning = Assert.Single(Coded(Analyze(script, TestCatalog), "SRB610"));
        Assert.Contains("create it as [s3_nightly]", warning.Message);
        Assert.Empty(warning.Fixes);
    }

    private const string Recreated = """
        DROP REPOSITORY s3_nightly;
        CREATE REPOSITORY s3_nightly WITH BROKER ON LOCATION "{0}";
        BACKUP SNAPSHOT sales.sales_20240601 TO s3_nightly ON (customers);
        """;

    [Theory]
    [InlineData("s3a://corp-backup/starrocks/nightly")]
    [InlineData("s3://corp-backup/starrocks/nightly/")]
    public void A_repository_made_again_at_its_location_holds_its_snapshots_again(string location)
    {
        var snapshotExists = Assert.Single(Coded(Analyze(string.Format(Recreated, location), TestCatalog), "SRB605"));
        Assert.Contains("already exists in repository [s3_nightly]", snapshotExists.Message);
    }

    [Fact]
    public void A_repository_made_again_elsewhere_starts_without_them() =>
        Assert.Empty(Coded(Analyze(string.Format(Recreated, "s3a://corp-backup/starrocks/elsewhere"), TestCatalog), "SRB605"));

    [Fact]
    public void A_repository_made_again_at_its_location_lacks_what_it_did_not_hold()
    {
        var script = string.Format(Recreated, "s3a://corp-backup/starrocks/nightly") + "\nRESTORE SNAPSHOT sales_20240699 FROM s3_nightly DATABASE sales;";
        var unknown = Assert.Single(Coded(Analyze(script, TestCatalog), "SRB606"));
        Assert.Contains("sales_20240699", unknown.Message);
    }

    [Theory]
    [InlineData("s3a://b/p/", 1)] // the folder the first BACKUP wrote to
    [InlineData("s3a://b/q", 0)]
    public void A_snapshot_the_script_took_is_there_again_only_for_the_same_name_and_location(string location, int taken)
    {
        var script = $"""
            CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://b/p";
            BACKUP SNAPSHOT sales.s1 TO r ON (orders);
            DROP REPOSITORY r;
            CREATE REPOSITORY r WITH BROKER ON LOCATION "{location}";
            BACKUP SNAPSHOT sales.s1 TO r ON (orders);
            """;
        Assert.Equal(taken, Coded(Analyze(script, TestCatalog), "SRB605").Length);
        Assert.Equal(taken, Coded(Analyze(script), "SRB605").Length);
    }
}
