using BackupLsp.Language.Features;

namespace BackupLsp.Language.Tests.Features;

public sealed class SelectionRangeTests
{
    /// <summary>The texts that expand selection grows through at the <c>|</c>, innermost first.</summary>
    private static string[] Selections(string marked)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        var text = analysis.Text.ToString();
        return [.. SelectionRanges.At(analysis, offset).Select(span => text.Substring(span.Start, span.Length))];
    }

    [Fact]
    public void A_partition_grows_to_its_list_its_table_the_objects_the_ON_clause_and_the_statement()
    {
        Assert.Equal(
            [
                "p1", "p1, p2", "PARTITION (p1, p2)", "t1 PARTITION (p1, p2)", "t1 PARTITION (p1, p2), db.t2 AS x",
                "ON (t1 PARTITION (p1, p2), db.t2 AS x)",
                "RESTORE SNAPSHOT s FROM r ON (t1 PARTITION (p1, p2), db.t2 AS x) PROPERTIES (\"backup_timestamp\" = \"t\")",
            ],
            Selections("SELECT 1;\nRESTORE SNAPSHOT s FROM r ON (t1 PARTITION (p|1, p2), db.t2 AS x) PROPERTIES (\"backup_timestamp\" = \"t\");"));
    }

    [Fact]
    public void A_cursor_at_a_names_start_after_punctuation_grows_from_the_name()
    {
        Assert.Equal(["t1", "t1 PARTITION (p1)", "t1 PARTITION (p1), t2", "ON (t1 PARTITION (p1), t2)", "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1), t2)"],
            Selections("BACKUP SNAPSHOT db.s TO r ON (|t1 PARTITION (p1), t2)"));
        Assert.Equal("p1", Selections("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (|p1), t2)")[0]);
    }

    [Fact]
    public void A_qualified_name_and_an_alias_are_steps_of_their_own()
    {
        Assert.Equal(["db", "db.t2", "db.t2 AS x", "t1, db.t2 AS x", "ON (t1, db.t2 AS x)", "RESTORE SNAPSHOT s FROM r ON (t1, db.t2 AS x)"],
            Selections("RESTORE SNAPSHOT s FROM r ON (t1, d|b.t2 AS x)"));
        Assert.Equal(["x", "AS x", "db.t2 AS x", "t1, db.t2 AS x", "ON (t1, db.t2 AS x)", "RESTORE SNAPSHOT s FROM r ON (t1, db.t2 AS x)"],
            Selections("RESTORE SNAPSHOT s FROM r ON (t1, db.t2 AS |x)"));
    }

    [Fact]
    public void An_external_catalog_grows_through_its_alias_and_the_catalog_list()
    {
        Assert.Equal(["h2", "AS h2", "hive AS h2", "hive AS h2, iceberg", "EXTERNAL CATALOGS (hive AS h2, iceberg)",
                "RESTORE SNAPSHOT s FROM r EXTERNAL CATALOGS (hive AS h2, iceberg)"],
            Selections("RESTORE SNAPSHOT s FROM r EXTERNAL CATALOGS (hive AS h|2, iceberg)"));
    }

    [Fact]
    public void A_database_clause_and_its_alias_are_steps_of_their_own()
    {
        Assert.Equal(["sales_copy", "AS sales_copy", "DATABASE sales AS sales_copy", "RESTORE SNAPSHOT s FROM r DATABASE sales AS sales_copy"],
            Selections("RESTORE SNAPSHOT s FROM r DATABASE sales AS sales_co|py"));
    }

    [Fact]
    public void A_repositorys_broker_and_location_are_steps_of_their_own()
    {
        const string create = "CREATE REPOSITORY r WITH BROKER hdfs_broker ON LOCATION \"hdfs://nn/backup\"";
        Assert.Equal(["hdfs_broker", "WITH BROKER hdfs_broker", create], Selections(create.Replace("hdfs_b", "hdfs_|b")));
        Assert.Equal(["\"hdfs://nn/backup\"", "ON LOCATION \"hdfs://nn/backup\"", create], Selections(create.Replace("nn/", "n|n/")));
        Assert.Equal(["BROKER", "WITH BROKER", "CREATE REPOSITORY r WITH BROKER ON LOCATION 's3a://b/p'"],
            Selections("CREATE REPOSITORY r WITH BRO|KER ON LOCATION 's3a://b/p'"));
    }

    [Fact]
    public void A_where_condition_is_a_step_of_its_own()
    {
        Assert.Equal(["'s1'", "WHERE SNAPSHOT = 's1'", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = 's1'"], Selections("SHOW SNAPSHOT ON r WHERE SNAPSHOT = 's|1'"));
        Assert.Equal(["State", "WHERE State = 'FINISHED'", "SHOW RESTORE FROM db WHERE State = 'FINISHED'"],
            Selections("SHOW RESTORE FROM db WHERE St|ate = 'FINISHED'"));
    }

    [Fact]
    public void A_property_grows_to_the_properties_and_the_clause()
    {
        Assert.Equal(
            ["\"timeout\"", "\"timeout\" = \"700\"", "\"type\" = \"full\", \"timeout\" = \"700\"", "PROPERTIES (\"type\" = \"full\", \"timeout\" = \"700\")",
                "BACKUP SNAPSHOT s TO r PROPERTIES (\"type\" = \"full\", \"timeout\" = \"700\")"],
            Selections("BACKUP SNAPSHOT s TO r PROPERTIES (\"type\" = \"full\", \"time|out\" = \"700\")"));
    }

    [Fact]
    public void At_a_boundary_between_two_items_the_item_the_cursor_ends_is_grown()
    {
        // `t1|,` touches both t1 and the comma: the token is t1, and t2's span does not hold it.
        Assert.Equal(["t1", "t1, t2", "ON (t1, t2)", "BACKUP SNAPSHOT s TO r ON (t1, t2)"], Selections("BACKUP SNAPSHOT s TO r ON (t1|, t2)"));
    }

    [Fact]
    public void Other_sql_and_statements_that_do_not_parse_grow_from_the_token_to_the_statement()
    {
        Assert.Equal(["t", "SELECT * FROM t"], Selections("SELECT * FROM |t;"));
        Assert.Equal(["ON", "BACKUP SNAPSHOT s TO r ON (t1"], Selections("BACKUP SNAPSHOT s TO r O|N (t1"));
        Assert.Equal(["/* why */", "SELECT /* why */ 1"], Selections("SELECT /* w|hy */ 1"));
    }

    [Fact]
    public void A_statement_after_a_missing_semicolon_grows_through_its_own_tree_then_to_the_statement_it_is_part_of()
    {
        const string text = "BACKUP SNAPSHOT db.s1 TO r ON (t1, t2)\nBACKUP SNAPSHOT db.s2 TO r ON (t3, t4) PROPERTIES (\"type\" = \"full\")";
        Assert.Equal(
            ["t3", "t3, t4", "ON (t3, t4)", text[(text.IndexOf('\n') + 1)..], text],
            Selections(text.Replace("t3,", "t|3,") + ";"));
        Assert.Equal(["t1", "t1, t2", "ON (t1, t2)", text[..text.IndexOf('\n')], text], Selections(text.Replace("t1,", "t|1,")));
        // On a blank line between the two, the statement is all there is.
        Assert.Equal([text.Replace("\n", "\n\n")], Selections(text.Replace("\n", "\n|\n")));
    }

    [Fact]
    public void Between_statements_there_is_nothing_to_grow()
    {
        Assert.Empty(Selections("SELECT 1;\n|\nSELECT 2;"));
    }
}
