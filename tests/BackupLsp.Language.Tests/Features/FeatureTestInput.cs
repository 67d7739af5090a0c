using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Features;

/// <summary>Test inputs: SQL with a <c>|</c> cursor marker, analysed against a small catalog.</summary>
internal static class FeatureTestInput
{
    public const string CatalogJson = """
        {
          "defaultDatabase": "example_db",
          "repositories": {
            "example_repo": {
              "location": "s3a://bucket/backup",
              "readOnly": false,
              "snapshots": [
                { "name": "snapshot_label1", "timestamp": "2018-05-04-16-45-08" },
                { "name": "snapshot_label1", "timestamp": "2018-05-05-10-00-00" },
                { "name": "snapshot_label2", "timestamp": "2018-06-01-00-00-00" }
              ]
            },
            "hdfs_repo": { "location": "hdfs://namenode:9000/backup", "readOnly": false, "snapshots": [] },
            "s3_repo": { "location": "s3a://bucket/ro", "readOnly": true, "snapshots": [ { "name": "old_snap", "timestamp": "2017-01-01-00-00-00" } ] }
          },
          "databases": {
            "example_db": {
              "tables": {
                "example_tbl": { "partitions": ["p1", "p2", "p3"], "temporaryPartitions": ["tp1"], "comment": "orders fact table" },
                "example_tbl2": {},
                "my table": {},
                "order": {}
              },
              "views": ["v_orders", "v_customers"],
              "materializedViews": ["mv_daily", "mv_hourly"],
              "functions": ["my_udf", "my_udaf"]
            },
            "sales_db": { "tables": { "orders": { "partitions": ["p2024", "p2025"] } } }
          }
        }
        """;

    public static readonly StarRocksCatalog Catalog =
        CatalogLoader.Parse(CatalogJson).Catalog ?? throw new InvalidOperationException("The test catalog does not load.");

    public static readonly AnalysisContext WithCatalog = new(AnalysisOptions.Default, Catalog);

    /// <summary>Analyses <paramref name="marked"/> without its <c>|</c>, and returns the marker's offset.</summary>
    public static (DocumentAnalysis Analysis, int Offset) Parse(string marked, AnalysisContext? context = null)
    {
        var offset = marked.IndexOf('|');
        if (offset < 0)
            throw new ArgumentException("The input has no | cursor marker.", nameof(marked));
        var text = marked.Remove(offset, 1);
        return (new DocumentAnalyzer().Analyze(text, context ?? WithCatalog), offset);
    }
}
