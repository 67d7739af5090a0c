using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;

namespace BackupLsp.Language.Tests.Features;

public sealed class HoverTests
{
    private static HoverResult? Hover(string marked, AnalysisContext? context = null)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked, context);
        return HoverService.Hover(analysis, offset);
    }

    private static string Markdown(string marked) => Hover(marked)?.Markdown ?? throw new Xunit.Sdk.XunitException("no hover");

    [Fact]
    public void An_ignore_comment_says_what_it_silences_and_where()
    {
        var markdown = Markdown("BACKUP SNAPSHOT s TO r ON (t, t); -- backup-lsp-ig|nore SRB300, concurrent-jobs, SRB7000");
        Assert.Contains("SRB300 (duplicate-table), SRB700 (concurrent-jobs) that start on this line", markdown);
        Assert.Contains("statement", Markdown("-- backup-lsp-ig|nore SRB300\nBACKUP SNAPSHOT s TO r ON (t, t);"));
    }

    [Fact]
    public void A_statement_head_describes_the_statement()
    {
        Assert.Contains("asynchronous", Markdown("BACK|UP SNAPSHOT example_db.s TO example_repo"));
        Assert.Contains("UPLOAD_SNAPSHOT", Markdown("SHOW BACK|UP"));
        Assert.Contains("Cancels the running RESTORE", Markdown("CANCEL RESTO|RE FROM example_db"));
    }

    [Theory]
    [InlineData("ON (VIEW example_t|bl)", "**Table** `example_db.example_tbl`", "Named as a view")]
    [InlineData("ON (MATERIALIZED VIEW v_ord|ers)", "**View** `example_db.v_orders`", "Named as a materialized view")]
    [InlineData("ON (VIEW mv_dai|ly)", "**Materialized view** `example_db.mv_daily`", "Named as a view")]
    public void A_name_after_a_view_keyword_is_described_as_what_the_catalog_has(string on, string title, string note)
    {
        // The keyword restricts nothing: StarRocks finds the table, and no diagnostic says otherwise.
        var markdown = Markdown($"BACKUP SNAPSHOT example_db.s TO example_repo {on}");
        Assert.StartsWith(title, markdown);
        Assert.Contains(note, markdown);
        Assert.DoesNotContain("Not in the catalog", markdown);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo ON (ALL MATERIALIZED VI|EWS)")]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (MATERIALIZED VI|EWS mv_daily)")]
    public void Views_after_materialized_is_a_materialized_view(string marked) =>
        Assert.Contains("Materialized views", Markdown(marked));

    [Theory]
    [InlineData("SET CATALOG hive;\nUSE exam|ple_db;")]
    [InlineData("USE hive.exam|ple_db;")]
    public void A_used_database_of_an_external_catalog_is_not_the_files(string marked)
    {
        var markdown = Markdown(marked);
        Assert.StartsWith("**Database** `hive.example_db`", markdown);
        Assert.DoesNotContain("example_tbl", markdown);
    }

    [Theory]
    [InlineData("SE|T CATALOG hive;", "SET", "Switches the session's catalog")]
    [InlineData("SET CATA|LOG hive;", "CATALOG", "Switches the session's catalog")]
    [InlineData("SET CATALOG hi|ve;", "hive", "**External catalog** `hive`")]
    [InlineData("SET CATALOG default_cat|alog;", "default_catalog", "**Catalog** `default_catalog`")]
    [InlineData("USE 'CATALOG hi|ve';", "'CATALOG hive'", "**External catalog** `hive`")]
    [InlineData("USE default_cat|alog.example_db;", "default_catalog", "The cluster's own catalog")]
    [InlineData("USE `hi|ve`.db;", "`hive`", "BACKUP and RESTORE take only `default_catalog`'s databases")]
    public void A_catalog_switch_and_the_catalog_it_names_are_described(string marked, string hovered, string expected)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        var hover = HoverService.Hover(analysis, offset) ?? throw new Xunit.Sdk.XunitException("no hover");
        Assert.Equal(hovered, analysis.Text.ToString(hover.Span));
        Assert.Contains(expected, hover.Markdown);
    }

    [Fact]
    public void An_empty_name_is_said_in_words_not_as_an_empty_code_span() =>
        Assert.StartsWith("**Repository** (empty)", Markdown("SHOW SNAPSHOT ON `|`"));

    [Fact]
    public void A_keyword_is_described_where_it_stands()
    {
        Assert.Contains("Without ON, the whole database", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo O|N (example_tbl)"));
        Assert.Contains("whose snapshots are listed", Markdown("SHOW SNAPSHOT O|N example_repo"));
        Assert.Contains("LOCATION", Markdown("CREATE REPOSITORY r WITH BROKER O|N LOCATION \"s3a://b\""));
        Assert.Contains("repository the snapshot is read from", Markdown("RESTORE SNAPSHOT example_db.s FR|OM example_repo"));
        Assert.Contains("database whose job", Markdown("SHOW RESTORE FR|OM example_db"));
        Assert.Contains("Without ON, everything in the snapshot", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo O|N (example_tbl)"));
        Assert.Contains("Job properties", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo PROP|ERTIES (\"type\" = \"full\")"));
        Assert.Contains("credentials", Markdown("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://b\" PROP|ERTIES (\"aws.s3.region\" = \"x\")"));
    }

    [Theory]
    [InlineData("SHOW BACK|UP")]
    [InlineData("SHOW RESTO|RE")]
    [InlineData("SHOW SNAP|SHOT ON example_repo")]
    [InlineData("SHOW REPOSITO|RIES")]
    public void A_show_signature_has_every_clause_the_parser_takes(string marked)
    {
        var signature = Hover(marked)!.PlainText.Split('\n')[0];
        foreach (var clause in new[] { "[WHERE ", "[ORDER BY ", "[LIMIT " })
            Assert.Contains(clause, signature);
    }

    [Theory]
    [InlineData("SHOW BACK|UP")]
    [InlineData("SHOW RESTO|RE")]
    [InlineData("CANCEL BACK|UP")]
    [InlineData("CANCEL RESTO|RE")]
    public void A_job_statement_signature_names_its_database_after_from_or_in(string marked) =>
        Assert.Contains("{FROM | IN} db", Hover(marked)!.PlainText.Split('\n')[0]);

    [Fact]
    public void The_sort_and_limit_clauses_of_a_show_are_described_where_the_grammar_expects_them()
    {
        Assert.Contains("sorts the rows", Markdown("SHOW BACKUP FROM example_db ORDER B|Y State"));
        Assert.Contains("skips", Markdown("SHOW REPOSITORIES LIMIT 10 OFF|SET 5"));
    }

    [Fact]
    public void The_ttl_key_says_how_long_the_snapshot_is_kept_and_since_which_release()
    {
        var markdown = Markdown("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"t|tl\" = \"7 DAY\")");
        Assert.Contains("How long the snapshot is kept", markdown);
        Assert.Contains("Since: StarRocks 4.2", markdown);
        Assert.Contains("does not accept this key", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"t|tl\" = \"7 DAY\")"));
    }

    [Fact]
    public void An_alias_names_what_restore_brings_back_under_it()
    {
        Assert.Contains("brings `example_tbl` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (example_tbl AS tbl_co|py)"));
        Assert.Contains("brings `example_tbl` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (example_tbl PARTITION (p1, p2) AS c|opy)"));
        Assert.Contains("brings `example_tbl` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (example_tbl TEMPORARY PARTITION tp1 AS c|opy)"));
        Assert.Contains("brings `example_db` back", Markdown("RESTORE SNAPSHOT s FROM example_repo DATABASE example_db AS d|b2"));
        Assert.Contains("brings `example_tbl` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (TABLE example_tbl AS |o)"));
        Assert.Contains("brings `v_orders` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (VIEW v_orders AS |o)"));
        Assert.Contains("brings `example_tbl` back", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo ON (TABLE example_tbl AS o|) PROPERTIES (\"backup_timestamp\" = \"x\");"));
    }

    [Fact]
    public void A_snapshot_asked_for_in_show_snapshot_shows_its_timestamps()
    {
        Assert.Contains("2018-06-01-00-00-00", Markdown("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_l|abel2'"));
        Assert.Contains("2017-01-01-00-00-00", Markdown("SHOW SNAPSHOT ON s3_repo WHERE SNAPSHOT IN ('x', 'old_sn|ap')"));
        Assert.Contains("2017-01-01-00-00-00", Markdown("SHOW SNAPSHOT ON s3_repo WHERE `snapshot` IN ('x', 'old_sn|ap')"));
        Assert.Contains("Not in the repository", Markdown("SHOW SNAPSHOT ON s3_repo WHERE SNAPSHOT = 'gon|e' AND TIMESTAMP = 'x'"));
        Assert.Contains("holds no backup with this timestamp", Markdown("SHOW SNAPSHOT ON s3_repo WHERE SNAPSHOT = 'gone' AND TIMESTAMP = 'x|'"));
    }

    [Fact]
    public void A_repository_shows_its_location_read_only_flag_and_snapshots()
    {
        var markdown = Markdown("RESTORE SNAPSHOT example_db.old_snap FROM s3_re|po");
        Assert.Contains("`s3a://bucket/ro`", markdown);
        Assert.Contains("Read-only: yes", markdown);
        Assert.Contains("`old_snap` (`2017-01-01-00-00-00`)", markdown);
    }

    [Fact]
    public void A_repository_made_again_at_its_location_shows_the_snapshots_it_held()
    {
        var markdown = Markdown("DROP REPOSITORY s3_repo;\nCREATE READ ONLY REPOSITORY s3_repo WITH BROKER ON LOCATION \"s3a://bucket/ro/\";\n"
            + "RESTORE SNAPSHOT example_db.old_snap FROM s3_re|po");
        Assert.Contains("`old_snap` (`2017-01-01-00-00-00`)", markdown);
        Assert.Contains("holds that one's snapshots again", markdown);
    }

    [Fact]
    public void A_repository_made_again_elsewhere_shows_no_snapshots()
    {
        var markdown = Markdown("DROP REPOSITORY s3_repo;\nCREATE READ ONLY REPOSITORY s3_repo WITH BROKER ON LOCATION \"s3a://bucket/other\";\n"
            + "RESTORE SNAPSHOT example_db.old_snap FROM s3_re|po");
        Assert.Contains("`s3a://bucket/other`", markdown);
        Assert.DoesNotContain("old_snap", markdown);
        Assert.DoesNotContain("again", markdown);
    }

    [Fact]
    public void Tables_and_partitions_come_from_the_statement_database()
    {
        var table = Markdown("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_t|bl)");
        Assert.Contains("orders fact table", table);
        Assert.Contains("`p1`, `p2`, `p3`", table);
        Assert.Contains("`p2025`", Markdown("BACKUP SNAPSHOT sales_db.s TO example_repo ON (ord|ers)"));
        Assert.Contains("neither backs up nor restores temporary partitions", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION (t|p1))"));
    }

    /// <summary>The hover on a table whose catalog comment is <paramref name="comment"/>, written as a JSON string's insides.</summary>
    private static HoverResult HoverOfTableCommented(string comment)
    {
        var catalog = CatalogLoader.Parse($$"""
            { "defaultDatabase": "db", "databases": { "db": { "tables": { "t": { "comment": "{{comment}}" } } } } }
            """).Catalog!;
        return Hover("BACKUP SNAPSHOT s TO r ON (|t)", new AnalysisContext(AnalysisOptions.Default, catalog))!;
    }

    [Fact]
    public void A_table_comment_is_shown_as_written_not_as_markdown()
    {
        var hover = HoverOfTableCommented("# Orders\\n- *raw* <b>bold</b> `x`\\n---");
        Assert.Contains("\\# Orders\\\n\\- \\*raw\\* \\<b\\>bold\\<\\/b\\> \\`x\\`\\\n\\-\\-\\-", hover.Markdown);
        Assert.Contains("# Orders\n- *raw* <b>bold</b> `x`\n---", hover.PlainText);
    }

    [Fact]
    public void A_table_comments_indentation_and_empty_lines_show_as_typed_not_as_a_code_block()
    {
        var hover = HoverOfTableCommented("    indented\\n\\n\\tafter an empty line");
        Assert.Contains("\u00a0\u00a0\u00a0\u00a0indented\\\n\u00a0\\\n\u00a0\u00a0\u00a0\u00a0after an empty line", hover.Markdown);
        Assert.Contains("    indented\n\n\tafter an empty line", hover.PlainText);
        Assert.EndsWith("orders", HoverOfTableCommented("orders\\n  \\n").Markdown);
    }

    [Fact]
    public void A_statement_before_a_missing_semicolon_is_read_without_the_statements_after_it()
    {
        // CREATE DATABASE made_db after the missing `;` is not the BACKUP's DATABASE clause.
        Assert.Contains("orders fact table", Markdown("BACKUP SNAPSHOT s TO example_repo ON (example_t|bl)\nCREATE DATABASE made_db;"));
    }

    [Fact]
    public void A_property_shows_its_meaning_values_and_default()
    {
        var markdown = Markdown("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"time|out\" = \"86400\")");
        Assert.Contains("at least 600", markdown);
        Assert.Contains("Default: `86400`", markdown);
        Assert.Contains("Default: `false`", Markdown("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"allow|_load\" = \"true\")"));
        Assert.Contains("BACKUP does not accept", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"allow|_load\" = \"true\")"));
    }

    [Fact]
    public void A_padded_key_is_described_as_its_trimmed_key_only_from_3_2()
    {
        const string text = "BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\" time|out \" = \"86400\")";
        Assert.Contains("at least 600", Markdown(text));
        var version31 = FeatureTestInput.WithCatalog with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 1) } };
        Assert.DoesNotContain("at least 600", Hover(text, version31)?.Markdown ?? "");
    }

    [Fact]
    public void A_non_reserved_keyword_used_as_a_name_is_hovered_as_that_name()
    {
        Assert.StartsWith("**Table** `example_db.view`", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo ON (vi|ew)"));
        Assert.StartsWith("**Keyword** `VIEW`", Markdown("BACKUP SNAPSHOT example_db.s TO example_repo ON (VI|EW v_orders)"));
    }

    [Fact]
    public void The_span_is_the_token_in_document_offsets_and_the_plain_text_has_no_markup()
    {
        const string text = "SHOW BACKUP;\nBACKUP SNAPSHOT example_db.s TO exam|ple_repo";
        var hover = Hover(text)!;
        Assert.Equal(text.IndexOf("TO ") + 3, hover.Span.Start);
        Assert.Equal("example_repo".Length, hover.Span.Length);
        Assert.StartsWith("Repository [example_repo]", hover.PlainText);
        Assert.Contains("- Location: \"s3a://bucket/backup\"", hover.PlainText);
        Assert.DoesNotContain("**", hover.PlainText);
    }

    [Fact]
    public void A_backtick_inside_code_is_kept_in_the_plain_text()
    {
        var catalog = CatalogLoader.Parse("""{ "repositories": { "r": { "location": "s3a://bucket/a`b" } } }""").Catalog;
        var hover = Hover("SHOW SNAPSHOT ON |r", new AnalysisContext(AnalysisOptions.Default, catalog))!;
        Assert.Contains("- Location: ``s3a://bucket/a`b``", hover.Markdown);
        Assert.Contains("- Location: \"s3a://bucket/a`b\"", hover.PlainText);
    }

    [Fact]
    public void A_name_holding_the_characters_that_mark_names_in_prose_shows_each_as_a_replacement_character()
    {
        var catalog = CatalogLoader.Parse("""{ "repositories": { "r": { "location": "s3a://\uFDD0a\uFDD1b\uFDD2" } } }""").Catalog;
        var hover = Hover("SHOW SNAPSHOT ON |r", new AnalysisContext(AnalysisOptions.Default, catalog))!;
        Assert.Contains("- Location: `s3a://\uFFFDa\uFFFDb\uFFFD`", hover.Markdown);
        Assert.Contains("- Location: \"s3a://\uFFFDa\uFFFDb\uFFFD\"", hover.PlainText);
    }

    [Theory]
    [InlineData("SELECT snap|shot FROM backup")]
    [InlineData("BACKUP SNAPSHOT example_db.s -- TO exam|ple_repo\nTO example_repo")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo |  ")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl |, example_tbl2)")]
    public void Other_sql_comments_and_blanks_get_no_hover(string text) => Assert.Null(Hover(text));

    [Fact]
    public void Without_a_catalog_a_name_still_says_what_it_is()
    {
        var hover = Hover("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_t|bl)", AnalysisContext.Default);
        Assert.NotNull(hover);
        Assert.StartsWith("**Table** `example_db.example_tbl`", hover.Markdown);
    }
}
