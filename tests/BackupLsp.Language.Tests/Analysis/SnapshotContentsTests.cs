using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>SRB608 reads what a BACKUP takes off the session it runs in, wherever the blocks of the script break.</summary>
public sealed class SnapshotContentsTests
{
    private static readonly string[] Tables = [.. Enumerable.Range(0, 15).Select(i => $"table_{i:00}")];

    private static readonly AnalysisContext Context = new(AnalysisOptions.Default, CatalogLoader.Parse($$"""
        {
          "repositories": { "r": { "location": "s3://b/r", "snapshots": [] } },
          "databases": { "d": { "tables": { {{string.Join(", ", Tables.Select(t => $"\"{t}\": {{}}"))}} }, "views": [], "materializedViews": [], "functions": [] } }
        }
        """).Catalog);

    private static string Script(string restored)
    {
        var statements = Enumerable.Range(0, 3 * StatementBlock.TargetSize).Select(i => $"SELECT {i};").ToArray();
        statements[0] = "USE d;";
        statements[StatementBlock.TargetSize - 1] = "BACKUP SNAPSHOT s TO r;";
        statements[StatementBlock.TargetSize] = "CREATE TABLE late (id INT);";
        statements[2 * StatementBlock.TargetSize + 5] = $"RESTORE SNAPSHOT s FROM r ON ({restored}) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");";
        return string.Join("\n", statements);
    }

    [Fact]
    public void A_whole_database_backup_takes_the_tables_of_its_session_not_those_created_after_it()
    {
        var analysis = new DocumentAnalyzer().Analyze(Script("table_03, late, table_1"), Context);

        var notInSnapshot = analysis.Diagnostics.Where(d => d.Code == "SRB608").ToList();
        Assert.Equal(["late", "table_1"], notInSnapshot.Select(d => analysis.Text.ToString(d.Span)));
        Assert.Contains("backs up 'table_00', 'table_01', 'table_02', 'table_03', 'table_04', 'table_05', 'table_06', 'table_07', 'table_08', 'table_09' and 5 more", notInSnapshot[0].Message);
        // The did-you-mean leaves out what the RESTORE names already (table_03 is as near to table_1 as table_01 is).
        Assert.Equal("Change to table_01", Assert.Single(notInSnapshot[1].Fixes).Title);
    }

    private static readonly AnalysisContext WithOrders = new(AnalysisOptions.Default, CatalogLoader.Parse("""
        {
          "repositories": { "r": { "location": "s3://b/r", "snapshots": [] } },
          "databases": { "d": { "tables": { "orders": { "partitions": ["p1"], "temporaryPartitions": [] }, "items": {} } } }
        }
        """).Catalog);

    [Theory]
    [InlineData("", true)]
    [InlineData(" ON (ALL TABLES)", true)]
    [InlineData(" ON (ALL TABLES, orders AS orders_copy)", false)]  // restored under its alias, onto no table
    [InlineData(" ON (items)", false)]
    public void Restoring_every_table_of_a_snapshot_onto_a_table_with_temporary_partitions_fails(string on, bool fails)
    {
        var script = $"""
            USE d;
            BACKUP SNAPSHOT s TO r ON (items, orders);
            ALTER TABLE orders ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2024-01-01");
            RESTORE SNAPSHOT d.s FROM r{on} PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            """;

        var analysis = new DocumentAnalyzer().Analyze(script, WithOrders);

        var onto = analysis.Diagnostics.Where(d => d.Code == "SRB302").ToList();
        Assert.Equal(fails ? 1 : 0, onto.Count);
        if (fails)
            Assert.Contains("onto its table 'orders' (tp1), which has temporary partitions", onto[0].Message);
    }

    [Theory]
    [InlineData(null, " ON (items, ALL FUNCTIONS)", "Restore only items and whatever functions the snapshot holds")]
    [InlineData("[]", " ON (items)", "Restore only items")]
    [InlineData("[\"f1\"]", " ON (items, FUNCTION f1)", "Restore only items and function f1")]
    [InlineData("[\"f1\", \"f2\"]", " ON (items, FUNCTION f1, FUNCTION f2)", "Restore only items and the snapshot's 2 functions")]
    public void The_fix_for_a_restore_onto_temporary_partitions_names_functions_as_far_as_the_catalog_lists_them(string? functions, string on, string title)
    {
        var listed = functions is null ? "" : $", \"functions\": {functions}";
        var context = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse($$"""
            {
              "repositories": { "r": { "location": "s3://b/r", "snapshots": [] } },
              "databases": { "d": { "tables": { "orders": {}, "items": {} }, "views": [], "materializedViews": []{{listed}} } }
            }
            """).Catalog);
        const string script = """
            USE d;
            BACKUP SNAPSHOT s TO r;
            ALTER TABLE orders ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("2024-01-01");
            RESTORE SNAPSHOT d.s FROM r PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            """;

        var analysis = new DocumentAnalyzer().Analyze(script, context);

        var fix = Assert.Single(Assert.Single(analysis.Diagnostics, d => d.Code == "SRB302").Fixes);
        Assert.Equal(title, fix.Title);
        Assert.Equal(on, Assert.Single(fix.Edits).NewText);
    }

    [Fact]
    public void Editing_the_restore_list_tells_what_analysing_afresh_tells()
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Script("table_03"), Context);
        var edited = Script("table_03, table_99");

        var after = analyzer.Analyze(Language.Text.DocumentText.From(edited), Context, before);

        Assert.DoesNotContain(before.Diagnostics, d => d.Code == "SRB608");
        Assert.Equal(
            new DocumentAnalyzer().Analyze(edited, Context).Diagnostics.Where(d => d.Code == "SRB608").Select(d => (d.Span, d.Message)),
            after.Diagnostics.Where(d => d.Code == "SRB608").Select(d => (d.Span, d.Message)));
        Assert.Single(after.Diagnostics, d => d.Code == "SRB608");
    }
}
