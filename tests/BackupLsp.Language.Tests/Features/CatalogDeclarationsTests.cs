using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;

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
    public void A_function_leads_to_its_entry_in_any_case()
    {
        Assert.Equal([Written("\"my_udf\"")], Found("BACKUP SNAPSHOT s TO example_repo ON (FUNCTION MY_u|DF);"));
        Assert.Equal([Written("\"my_udaf\"")], Found("BACKUP SNAPSHOT example_db.s TO example_repo ON (FUNCTION other_db.my_ud|af);"));
        Assert.Empty(Found("BACKUP SNAPSHOT sales_db.s TO example_repo ON (FUNCTION my_u|df);"));
    }

    /// <summary>
    /// Where the catalog, loaded from <paramref name="json"/> in a file that then holds <paramref name="onDisk"/>, writes the
    /// object under the cursor of <paramref name="marked"/>.
    /// </summary>
    private static string[] FoundInFile(string marked, string? onDisk = null, string json = FeatureTestInput.CatalogJson)
    {
        var folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;
        try
        {
            var path = Path.Combine(folder, "starrocks-catalog.json");
            File.WriteAllText(path, json);
            var catalog = CatalogLoader.Load(path).Catalog!;
            if (onDisk is not null)
                File.WriteAllText(path, onDisk);
            var (analysis, offset) = FeatureTestInput.Parse(marked, new AnalysisContext(AnalysisOptions.Default, catalog));
            return [.. CatalogDeclarations.Of(analysis, References.Find(analysis, offset)!).Select(span => $"{span.Start}-{span.End}")];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_partition_and_a_temporary_partition_lead_to_their_entries_in_the_catalog_file()
    {
        Assert.Equal([Written("\"p1\"")], FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (P|1));"));
        Assert.Equal([Written("\"p2025\"")], FoundInFile("BACKUP SNAPSHOT sales_db.s TO example_repo ON (orders PARTITION (p20|25));"));
        Assert.Equal([Written("\"tp1\"")], FoundInFile("ALTER TABLE example_tbl DROP TEMPORARY PARTITION t|p1;"));
        // A partition is no temporary partition, nor one of the table of that name in another database.
        Assert.Empty(FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl TEMPORARY PARTITION (p|1));"));
        Assert.Empty(FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (p|9));"));
        Assert.Empty(FoundInFile("BACKUP SNAPSHOT sales_db.s TO example_repo ON (example_tbl PARTITION (p|1));"));
    }

    [Fact]
    public void A_partition_leads_to_the_entry_of_its_table_under_the_name_the_catalog_gives_it()
    {
        Assert.Equal([Written("\"p2\"")], FoundInFile("ALTER TABLE example_tbl RENAME t9;\nBACKUP SNAPSHOT s TO example_repo ON (t9 PARTITION (p|2));"));
        Assert.Equal([Written("\"p3\"")], FoundInFile("CREATE TABLE t_copy LIKE example_tbl;\nBACKUP SNAPSHOT s TO example_repo ON (t_copy PARTITION (p|3));"));
        // The table the script makes once the rename freed the name is the script's.
        Assert.Empty(FoundInFile("""
            ALTER TABLE example_tbl RENAME t9;
            CREATE TABLE example_tbl (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
            BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (p|1));
            """));
    }

    [Fact]
    public void A_database_leads_to_its_entry_under_the_name_the_catalog_gives_it()
    {
        Assert.Equal([Written("\"sales_db\"")], FoundInFile("ALTER DATABASE sales_db RENAME shop;\nBACKUP SNAPSHOT sh|op.s1 TO example_repo;"));
        // The database the script makes once the rename freed the name is the script's.
        Assert.Empty(FoundInFile("ALTER DATABASE sales_db RENAME shop;\nCREATE DATABASE sales_db;\nBACKUP SNAPSHOT sales_|db.s1 TO example_repo;"));
    }

    [Fact]
    public void A_table_leads_to_its_entry_under_the_name_the_catalog_gives_it()
    {
        Assert.Equal([Written("\"example_tbl\"")], FoundInFile("ALTER TABLE example_tbl RENAME t9;\nBACKUP SNAPSHOT s TO example_repo ON (t|9);"));
        Assert.Equal([Written("\"example_tbl\"")], FoundInFile("ALTER TABLE example_tbl RENAME t|9;"));
        // The table the script makes once the rename freed the name is the script's.
        Assert.Empty(FoundInFile("ALTER TABLE example_tbl RENAME t9;\nCREATE TABLE example_tbl (k INT);\nBACKUP SNAPSHOT s TO example_repo ON (example_|tbl);"));
    }

    [Fact]
    public void A_materialized_view_leads_to_its_entry_under_the_name_the_catalog_gives_it()
    {
        Assert.Equal([Written("\"mv_daily\"")], FoundInFile("ALTER MATERIALIZED VIEW mv_daily RENAME mv9;\nBACKUP SNAPSHOT s TO example_repo ON (MATERIALIZED VIEW mv|9);"));
        Assert.Equal([Written("\"mv_daily\"")], FoundInFile("ALTER MATERIALIZED VIEW mv_daily RENAME mv|9;"));
    }

    [Fact]
    public void A_partition_is_looked_up_in_the_catalog_file_as_it_is_when_asked()
    {
        // The file the editor opens: moved down a line since it was loaded, and begun with a byte order mark, which is no character.
        var onDisk = "\uFEFF\n" + FeatureTestInput.CatalogJson;
        var moved = Written("\"p1\"").Split('-', ':').Select(int.Parse).ToArray();
        Assert.Equal([$"{moved[0] + 1}:{moved[1]}-{moved[2] + 1}:{moved[3]}"],
            FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (p|1));", onDisk));
        // One that no longer lists it, or no longer parses there, gives none.
        Assert.Empty(FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (p|1));", FeatureTestInput.CatalogJson.Replace("\"p1\", ", "")));
        Assert.Empty(FoundInFile("BACKUP SNAPSHOT s TO example_repo ON (example_tbl PARTITION (p|1));", FeatureTestInput.CatalogJson[..FeatureTestInput.CatalogJson.IndexOf("\"p1\"", StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_partition_is_found_under_names_written_with_escapes_past_comments_and_other_members()
    {
        const string json = """
            // the cluster
            { "repositories": {}, "databases": { "other": { "tables": { "t": { "partitions": ["p1"] } } },
              "d\u0062": { "views": [], "tables": { "x": {}, "t": { "comment": "{[", "partitions": ["p0", "\u0050\u0031"], } } } } }
            """;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);

        var found = CatalogLoader.FindPartition(utf8, "db", "t", temporary: false, "p1");

        Assert.Equal(new LinePositionSpan(new LinePosition(2, 94), new LinePosition(2, 108)), found);
        Assert.Null(CatalogLoader.FindPartition(utf8, "db", "t", temporary: true, "p1"));
        Assert.Null(CatalogLoader.FindPartition(utf8, "DB", "t", temporary: false, "p1"));
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
