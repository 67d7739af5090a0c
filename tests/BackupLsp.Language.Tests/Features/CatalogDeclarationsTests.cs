using BackupLsp.Language.Features;

namespace BackupLsp.Language.Tests.Features;

public sealed class CatalogDeclarationsTests
{
    /// <summary>Where the test catalog writes <paramref name="quoted"/> (its <paramref name="occurrence"/>th time), as line:character bounds.</summary>
    private static string Written(string quoted, int occurrence = 1)
    {
        var json = FeatureTestInput.CatalogJson;
        var offset = -1;
        for (var i = 0; i < occurrence; i++)
            offset = json.IndexOf(quoted, offset + 1, StringComparison.Ordinal);
        var line = json[..offset].Count(c => c == '\n');
        var character = offset - (json.LastIndexOf('\n', offset) + 1);
        return $"{line}:{character}-{line}:{character + quoted.Length}";
    }

    private static string[] Found(string marked)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        var target = References.Find(analysis, offset)!.Object;
        return [.. CatalogDeclarations.Of(FeatureTestInput.Catalog, target).Select(span => $"{span.Start}-{span.End}")];
    }

    [Fact]
    public void Repositories_databases_and_tables_lead_to_their_keys()
    {
        Assert.Equal([Written("\"example_repo\"")], Found("BACKUP SNAPSHOT s TO example_re|po;"));
        Assert.Equal([Written("\"sales_db\"")], Found("SHOW BACKUP FROM sales|_db;"));
        // The table of the catalog's default database, then of the database the statement names.
        Assert.Equal([Written("\"example_tbl\"")], Found("BACKUP SNAPSHOT s TO example_repo ON (example_|tbl);"));
        Assert.Equal([Written("\"orders\"")], Found("BACKUP SNAPSHOT sales_db.s TO example_repo ON (ord|ers);"));
    }

    [Fact]
    public void Views_and_materialized_views_lead_to_their_entries()
    {
        Assert.Equal([Written("\"v_orders\"")], Found("BACKUP SNAPSHOT s TO example_repo ON (VIEW v_or|ders);"));
        Assert.Equal([Written("\"mv_daily\"")], Found("BACKUP SNAPSHOT s TO example_repo ON (MATERIALIZED VIEW mv_da|ily);"));
        Assert.Empty(Found("BACKUP SNAPSHOT other_db.s TO example_repo ON (VIEW v_or|ders);"));
    }

    [Fact]
    public void A_snapshot_leads_to_each_time_it_was_taken_in_its_repository()
    {
        Assert.Equal([Written("\"snapshot_label1\"", 1), Written("\"snapshot_label1\"", 2)],
            Found("RESTORE SNAPSHOT example_db.snapshot_|label1 FROM example_repo;"));
        Assert.Empty(Found("RESTORE SNAPSHOT example_db.snapshot_|label1 FROM s3_repo;"));
    }

    [Fact]
    public void What_the_catalog_does_not_list_leads_nowhere()
    {
        Assert.Empty(Found("BACKUP SNAPSHOT s TO archive_re|po;"));
        Assert.Empty(Found("BACKUP SNAPSHOT other_db.s TO example_repo ON (example_|tbl);"));
        Assert.Empty(Found("BACKUP SNAPSHOT s TO example_repo ON (VIEW v_gone|);"));
    }
}
