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
