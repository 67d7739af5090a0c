using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Features;

public sealed class CompletionTests
{
    private static CompletionResult Complete(string marked, AnalysisContext? context = null)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked, context);
        return CompletionService.Complete(analysis, offset);
    }

    private static List<string> Labels(string marked, AnalysisContext? context = null) =>
        [.. Complete(marked, context).Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label)];

    private static CompletionEntry Item(string marked, string label) => Complete(marked).Items.Single(i => i.Label == label);

    [Fact]
    public void A_statement_start_offers_every_statement_and_the_templates()
    {
        var items = Complete("SELECT 1;\n|").Items;
        Assert.Contains(items, i => i is { Label: "BACKUP", Kind: CompletionEntryKind.Keyword });
        Assert.Contains(items, i => i is { Label: "SHOW SNAPSHOT", Kind: CompletionEntryKind.Keyword });
        var backup = items.Single(i => i.Kind == CompletionEntryKind.Snippet && i.Label.StartsWith("BACKUP"));
        Assert.True(backup.IsSnippet);
        Assert.StartsWith("BACKUP SNAPSHOT ${1:example_db}.${2:snapshot_name}\nTO ${3:example_repo}", backup.InsertText);
        Assert.Contains(items, i => i.IsSnippet && i.InsertText.StartsWith("RESTORE SNAPSHOT ") && i.InsertText.Contains("backup_timestamp"));
        Assert.Contains(items, i => i.IsSnippet && i.InsertText.StartsWith("CREATE REPOSITORY ") && i.InsertText.Contains("WITH BROKER"));
    }

    [Theory]
    [InlineData("CREATE DATABASE sales_db;\n|")]
    [InlineData("SELECT count(*) FROM t;\n\n|")]
    [InlineData("USE default_catalog.example_db;\n|")]
    [InlineData("DROP TABLE x; |")]
    [InlineData("INSERT INTO t SELECT * FROM s WHERE a = ';'; -- done\n|")]
    [InlineData("SELECT a, b \\G\n|")]
    [InlineData("SELECT a, b \\G|")]
    [InlineData("SELECT a, b, c \\G\n\n|-- x")]
    public void After_other_sql_of_many_words_a_statement_starts(string text) =>
        Assert.Contains("BACKUP", Labels(text));

    [Theory]
    [InlineData("", ";\n|", true)]
    [InlineData("", "\n|", false)]
    [InlineData("", "\nSH|", false)]
    [InlineData("USE example_db\n", "\n|", false)]
    public void Completion_after_a_long_statement_of_other_sql_does_not_read_it_through(string before, string after, bool offered)
    {
        // A megabyte of an INSERT's values is read neither past its `;` (the next statement starts there) nor, without
        // one, past its first words (nor a USE's, whose `;` is missing): each keystroke would read all of it.
        var insert = "INSERT INTO t VALUES " + string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => $"({i}, 'x')"));
        var (analysis, offset) = FeatureTestInput.Parse(before + insert + after, FeatureTestInput.WithCatalog);
        var cursor = CompletionCursor.Locate(analysis, offset);
        Assert.True(cursor is null || cursor.Tokens.Text.Length < 1000, $"read {cursor?.Tokens.Text.Length} characters");
        Assert.Equal(offered, CompletionService.Complete(analysis, offset).Items.Any(item => item.Label == "BACKUP"));
    }

    [Theory]
    [InlineData("USE example_db\nSELECT a FROM t\n|\nSELECT b FROM u")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (|`ty\npe` = 1);")]
    [InlineData("CREATE DATABASE sales_db |")]
    [InlineData("SELECT count(*) FROM t WHERE |")]
    public void Inside_other_sql_past_its_first_words_nothing_is_offered(string text) =>
        Assert.Empty(Complete(text).Items);

    [Fact]
    public void A_storage_key_of_a_few_values_offers_them() =>
        Assert.Equal(["simple", "kerberos"],
            Labels("CREATE REPOSITORY r WITH BROKER ON LOCATION \"hdfs://nn:9000/b\" PROPERTIES (\"hadoop.security.authentication\" = \"|\")"));

    [Theory]
    [InlineData("SHOW BACKUP WHERE SnapshotName = |")]
    [InlineData("SHOW RESTORE WHERE Label = |")]
    [InlineData("SHOW RESTORE FROM example_db WHERE label IN ('old_snap', |")]
    public void A_jobs_snapshot_column_is_compared_with_the_catalogs_snapshots(string marked) =>
        Assert.Contains("snapshot_label1", Labels(marked));

    [Fact]
    public void A_jobs_snapshot_column_offers_the_snapshot_of_the_job_the_show_lists_first()
    {
        // A BACKUP of the whole of example_db would be refused (example_tbl has temporary partitions), and start no job.
        const string script = "BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);\n"
            + "BACKUP SNAPSHOT sales_db.weekly TO example_repo;\n"
            + "RESTORE SNAPSHOT sales_db.snapshot_label2 FROM example_repo PROPERTIES (\"backup_timestamp\" = \"2018-06-01-00-00-00\");\n";
        Assert.Equal(["nightly", "snapshot_label2", "snapshot_label1", "old_snap"], Labels(script + "SHOW BACKUP FROM example_db WHERE SnapshotName = '|'"));
        // The RESTORE is sales_db's last job: SHOW BACKUP FROM sales_db lists none of the script's, and the BACKUP before it comes first.
        Assert.Equal("weekly", Labels(script + "SHOW BACKUP FROM sales_db WHERE SnapshotName = '|'")[0]);
        Assert.Equal("snapshot_label2", Labels(script + "SHOW RESTORE FROM sales_db WHERE Label = '|'")[0]);
        // Without FROM, each database's last job of the kind shown, the latest first; without a catalog, the script's alone.
        var withoutCatalog = new AnalysisContext(AnalysisOptions.Default, null);
        Assert.Equal(["nightly", "weekly"], Labels(script + "SHOW BACKUP WHERE SnapshotName = '|'", withoutCatalog));
        Assert.Equal(["snapshot_label2"], Labels(script + "SHOW RESTORE WHERE Label = '|'", withoutCatalog));
    }

    [Fact]
    public void A_jobs_database_column_offers_the_databases_the_script_names_without_a_catalog()
    {
        const string script = "CREATE DATABASE sales_db;\nBACKUP SNAPSHOT archive_db.nightly TO example_repo;\n";
        var withoutCatalog = new AnalysisContext(AnalysisOptions.Default, null);
        // As after FROM: the last BACKUP's database, then those the script creates.
        Assert.Equal(Labels(script + "SHOW BACKUP FROM |", withoutCatalog), Labels(script + "SHOW BACKUP WHERE DbName = '|'", withoutCatalog));
        Assert.Equal(["archive_db", "sales_db"], Labels(script + "SHOW BACKUP WHERE DbName = '|'", withoutCatalog));
        Assert.Equal(["sales_db"], Labels(script + "SHOW RESTORE WHERE DbName = |", withoutCatalog));
        // Inside the quotes the name replaces the partial word typed there, as a snapshot's does.
        var marked = script + "SHOW BACKUP WHERE DbName = 'sa|'";
        var item = Complete(marked, withoutCatalog).Items.Single(i => i.Label == "sales_db");
        Assert.Equal("sales_db", item.InsertText);
        var quote = marked.IndexOf("'sa");
        Assert.Equal(TextSpan.FromBounds(quote + 1, quote + 3), item.ReplaceSpan);
    }

    [Fact]
    public void A_database_the_script_only_uses_is_offered_wherever_its_databases_are_the_current_one_first_and_the_others_after_those_it_creates()
    {
        const string script = "USE ops_db;\nUSE staging_db;\nCREATE DATABASE sales_db;\n";
        var withoutCatalog = new AnalysisContext(AnalysisOptions.Default, null);
        foreach (var marked in (string[])["SHOW BACKUP FROM |", "SHOW RESTORE FROM |", "CANCEL BACKUP FROM |", "SHOW BACKUP WHERE DbName = '|'"])
            Assert.Equal(["staging_db", "sales_db", "ops_db"], Labels(script + marked, withoutCatalog));
        var items = Complete(script + "CANCEL RESTORE FROM |", withoutCatalog).Items;
        Assert.Equal("current database, used on line 2", items.Single(i => i.Label == "staging_db").Detail);
        Assert.Equal("database, used on line 1", items.Single(i => i.Label == "ops_db").Detail);
        // A catalog that lists databases and lacks them has StarRocks refuse the USEs, which switch to nothing.
        Assert.DoesNotContain("ops_db", Labels(script + "SHOW BACKUP FROM |"));
        Assert.Equal("default database", Item(script + "SHOW BACKUP FROM |", "example_db").Detail);
    }

    [Theory]
    [InlineData("SHOW BACKUP FROM |")]
    [InlineData("SHOW RESTORE FROM |")]
    [InlineData("CANCEL BACKUP FROM |")]
    [InlineData("SHOW BACKUP WHERE DbName = '|'")]
    [InlineData("BACKUP SNAPSHOT |")]
    [InlineData("RESTORE SNAPSHOT s FROM r DATABASE |")]
    [InlineData("USE |")]
    public void The_default_database_of_a_catalog_that_lists_none_leads_a_database_list_until_the_script_drops_it(string marked)
    {
        var catalog = CatalogLoader.Parse("""{"defaultDatabase": "main_db", "repositories": {"r": {}}}""").Catalog!;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);
        List<CompletionEntry> Databases(string script) => [.. Complete(script + marked, context).Items.Where(i => i.Kind == CompletionEntryKind.Database)
            .OrderBy(i => i.SortText, StringComparer.Ordinal)];
        var offered = Databases("CREATE DATABASE made_db;\n");
        Assert.Equal(["main_db", "made_db"], offered.Select(i => i.Label));
        Assert.Equal("default database", offered[0].Detail);
        Assert.DoesNotContain(Databases("DROP DATABASE main_db;\n"), i => i.Label == "main_db");
        Assert.Equal("default database", Databases("DROP DATABASE main_db;\nCREATE DATABASE main_db;\nCREATE DATABASE made_db;\n")[0].Detail);
    }

    [Theory]
    [InlineData("SHOW BACKUP WHERE 'nig|' = SnapshotName", "nightly")]
    [InlineData("SHOW REPOSITORIES WHERE '|' = RepoName", "example_repo")]
    [InlineData("SHOW BACKUP WHERE '|' = State", "FINISHED")]
    public void A_value_before_the_column_it_is_compared_with_is_offered_too(string marked, string offered)
    {
        var item = Complete("BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);\n" + marked).Items.Single(i => i.Label == offered);
        Assert.Equal(offered, item.InsertText);
    }

    [Fact]
    public void After_a_value_before_its_column_no_value_is_offered() =>
        Assert.DoesNotContain("snapshot_label1", Labels("SHOW BACKUP WHERE 'x' | = SnapshotName"));

    [Fact]
    public void Before_a_dot_a_restore_offers_databases_and_no_snapshot()
    {
        var labels = Labels("RESTORE SNAPSHOT exa|mple_db.snapshot_label1 FROM example_repo");
        Assert.Contains("example_db", labels);
        Assert.DoesNotContain("snapshot_label1", labels);
    }

    [Theory]
    [InlineData("USE |", true)]
    [InlineData("USE default_catalog.|", true)]
    [InlineData("SET CATALOG hive;\nUSE default_catalog.|", true)]
    [InlineData("SET CATALOG hive;\nUSE |", false)]
    [InlineData("USE hive.|", false)]
    public void A_use_offers_the_files_databases_only_in_the_default_catalog(string marked, bool offered) =>
        Assert.Equal(offered, Labels(marked).Contains("example_db"));

    [Theory]
    [InlineData("USE sales_db;\n|")]
    [InlineData("USE sales_db;\n|\nSHOW BACKUP;")]
    [InlineData("USE sales_db;\nBA|")]
    [InlineData("USE sales_db\\G\n|")]
    [InlineData("SET CATALOG hive;\nUSE sales_db;\n|")]
    public void The_templates_name_the_database_in_effect_at_the_cursor(string text)
    {
        var templates = Complete(text).Items.Where(i => i.IsSnippet && i.InsertText.Contains("SNAPSHOT")).Select(i => i.InsertText).ToList();
        Assert.Equal(2, templates.Count);
        Assert.All(templates, t => Assert.Contains(" SNAPSHOT ${1:sales_db}.", t));
    }

    [Theory]
    [InlineData("BACKP SNAPSHOT `db.s3 T😀repo ON1) PROPERTIES (\"timout\" = \"3600\");\n")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (`t😀")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (\"😀")]
    public void A_cursor_inside_a_surrogate_pair_stands_before_it(string text)
    {
        // The partial word ran to the cursor, so that a suggestion replaced half of the character.
        var analysis = new DocumentAnalyzer().Analyze(text, FeatureTestInput.WithCatalog);
        var inside = text.IndexOf("😀", StringComparison.Ordinal) + 1;
        var items = CompletionService.Complete(analysis, inside).Items;
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.ReplaceSpan.Start != inside && i.ReplaceSpan.End != inside, $"{i.Label} replaces {i.ReplaceSpan}"));
        Assert.Equal(CompletionService.Complete(analysis, inside - 1).Items.Select(i => (i.Label, i.ReplaceSpan)), items.Select(i => (i.Label, i.ReplaceSpan)));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (😀")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t😀x")]
    public void A_cursor_inside_a_character_StarRocks_drops_gets_no_suggestions(string text)
    {
        // No name holds the character: a range around the cursor would replace half of it or all of it.
        var analysis = new DocumentAnalyzer().Analyze(text, FeatureTestInput.WithCatalog);
        var inside = text.IndexOf("😀", StringComparison.Ordinal) + 1;
        Assert.Empty(CompletionService.Complete(analysis, inside).Items);
        Assert.NotEmpty(CompletionService.Complete(analysis, inside + 1).Items);
    }

    [Fact]
    public void The_next_keywords_come_from_the_grammar_with_the_common_ones_first()
    {
        Assert.Equal(["ON", "PROPERTIES"], Labels("BACKUP SNAPSHOT example_db.snap1 TO example_repo |"));
        Assert.Equal(["TO"], Labels("BACKUP SNAPSHOT example_db.snap1 |"));
        Assert.Equal("SNAPSHOT", Labels("BACKUP |")[0]);
        Assert.Equal(["PROPERTIES", "ALL", "EXTERNAL", "DATABASE"], Labels("RESTORE SNAPSHOT s FROM example_repo |"));
    }

    [Fact]
    public void A_full_width_space_StarRocks_reads_as_a_letter_still_separates_the_words_completed()
    {
        Assert.Equal("SNAPSHOT", Labels("BACKUP\u3000|")[0]);
        Assert.Equal(["TO"], Labels("BACKUP SNAPSHOT example_db.snap1\u3000|"));
        Assert.Equal(["TO"], Labels("-- a comment\n\u3000BACKUP SNAPSHOT example_db.snap1 |"));
    }

    [Theory]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo |", "ON PROPERTIES")] // db.snap: no DATABASE, ALL, EXTERNAL
    [InlineData("RESTORE SNAPSHOT s FROM example_repo |", "PROPERTIES ALL EXTERNAL DATABASE")] // no database: no ON
    [InlineData("RESTORE SNAPSHOT s FROM example_repo DATABASE example_db |", "AS ON PROPERTIES")]
    [InlineData("RESTORE SNAPSHOT s FROM example_repo EXTERNAL CATALOG (hive) |", "PROPERTIES")]
    [InlineData("BACKUP EXTERNAL CATALOG (hive) |", "SNAPSHOT")]
    [InlineData("BACKUP ALL EXTERNAL CATALOGS SNAPSHOT s TO example_repo |", "PROPERTIES")]
    public void Only_clauses_that_go_with_the_statement_are_offered(string text, string expected) =>
        Assert.Equal(expected.Split(' '), Labels(text));

    [Fact]
    public void Inside_on_all_starts_an_item_whatever_the_statement_says() =>
        Assert.Contains("ALL", Labels("BACKUP DATABASE example_db SNAPSHOT s TO example_repo ON (|"));

    [Fact]
    public void An_older_version_gets_no_keywords_of_the_newer_forms()
    {
        var older = FeatureTestInput.WithCatalog with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 3) } };
        Assert.Equal(["SNAPSHOT"], Labels("BACKUP |", older));
        Assert.DoesNotContain("ALL", Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (|", older));
    }

    [Fact]
    public void Backup_offers_only_writable_repositories_and_the_other_statements_all()
    {
        Assert.Equal(["example_repo", "hdfs_repo"], Labels("BACKUP SNAPSHOT example_db.snap1 TO |"));
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("RESTORE SNAPSHOT example_db.snap1 FROM |"));
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("SHOW SNAPSHOT ON |"));
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("DROP REPOSITORY |"));
        Assert.Empty(Labels("CREATE REPOSITORY |"));
    }

    [Fact]
    public void A_cursor_in_a_long_run_of_blanks_after_its_statement_completes_as_right_after_it()
    {
        // The blanks run far past the text completion first reads after the cursor.
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("SHOW SNAPSHOT ON |" + new string(' ', 5000) + "\nSELECT 1;"));
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("SHOW SNAPSHOT ON " + new string(' ', 5000) + "|\nSELECT 1;"));
    }

    [Fact]
    public void The_replace_span_covers_the_whole_word_under_the_cursor()
    {
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO exa|mple";
        var item = Item(text, "example_repo");
        Assert.Equal(text.IndexOf("TO ") + 3, item.ReplaceSpan.Start);
        Assert.Equal(text.Length - 1, item.ReplaceSpan.End);
        Assert.Equal("example_repo", item.InsertText);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"type\" = |\"full\");", "FULL", "\"FULL\"")]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"allow_load\" = |'true')", "true", "'true'")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = |'snapshot_label1'", "snapshot_label1", "'snapshot_label1'")]
    public void A_value_string_right_after_the_cursor_is_replaced_whole(string marked, string label, string written)
    {
        var item = Item(marked, label);
        var quote = marked.IndexOf('|');
        Assert.Equal(written, item.InsertText);
        // The whole string, up to its closing quote: written before it, `"FULL""full"` would be one string, FULL"full.
        Assert.Equal(TextSpan.FromBounds(quote, marked.IndexOf(marked[quote + 1], quote + 2)), item.ReplaceSpan);
    }

    [Fact]
    public void A_location_right_after_the_cursor_is_not_completed_into()
    {
        // Only schemes are offered for a location, and one written in front of it would make `s3a://"s3a://b/x"`.
        Assert.Empty(Complete("CREATE REPOSITORY r WITH BROKER ON LOCATION |\"s3a://b/x\" PROPERTIES (\"k\" = \"v\")").Items);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (|`type` = \"full\")", "timeout", "\"timeout\"")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"type\" = |`full`)", "FULL", "\"FULL\"")]
    public void Before_a_backtick_a_string_replaces_the_whole_backticked_word(string marked, string label, string written)
    {
        var item = Item(marked, label);
        var start = marked.IndexOf('|');
        Assert.Equal(written, item.InsertText);
        // Up to and with the closing backtick: its index in the marked text is one past it in the text, which ends the span.
        Assert.Equal(TextSpan.FromBounds(start, marked.IndexOf('`', start + 2)), item.ReplaceSpan);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"type\" = `|`)")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (`ty|")]
    [InlineData("RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES (\"backup_timestamp\" = `|`)")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = `|`")]
    [InlineData("SHOW BACKUP FROM example_db WHERE State = `|`")]
    public void No_string_is_offered_after_a_backtick_which_would_stay_open(string marked) =>
        Assert.Empty(Complete(marked).Items);

    /// <summary>A binary literal is no string: no snapshot name or state inside it, nor glued to its end.</summary>
    [Theory]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = X'6|'")]
    [InlineData("SHOW BACKUP FROM example_db WHERE State = X'|'")]
    [InlineData("SHOW BACKUP FROM example_db WHERE State = X'66'|")]
    public void Nothing_is_offered_inside_or_against_a_binary_literal(string marked) =>
        Assert.Empty(Complete(marked).Items);

    [Fact]
    public void After_a_binary_literal_the_clauses_that_follow_are_offered() =>
        Assert.Contains(Complete("SHOW BACKUP FROM example_db WHERE State = X'66' |").Items, item => item.Label == "LIMIT");

    [Theory]
    [InlineData("ON (VIEW v_orders, |)", "v_orders")]
    [InlineData("ON (v_orders, VIEW |)", "v_orders")]
    [InlineData("ON (MATERIALIZED VIEW mv_daily, |)", "mv_daily")]
    [InlineData("ON (mv_daily, MATERIALIZED VIEW |)", "mv_daily")]
    public void A_view_the_list_names_is_not_offered_again_whichever_keyword_names_it(string on, string listed)
    {
        // Tables, views and materialized views share one set of names: naming one twice is SRB300.
        var labels = Labels($"BACKUP SNAPSHOT example_db.s TO example_repo {on}");
        Assert.NotEmpty(labels);
        Assert.DoesNotContain(listed, labels);
    }

    [Fact]
    public void A_name_begun_with_a_backtick_is_replaced_from_after_the_backtick_and_closed()
    {
        const string text = "BACKUP SNAPSHOT example_db.s TO example_repo ON (`exa|";
        var items = Complete(text).Items;
        Assert.All(items, i => Assert.Equal(text.IndexOf('`') + 1, i.ReplaceSpan.Start));
        Assert.Contains(items, i => i is { Label: "example_tbl", InsertText: "example_tbl`" });
        // Before the backtick, the whole name is replaced.
        const string before = "BACKUP SNAPSHOT example_db.s TO example_repo ON (|`exa`)";
        var item = Item(before, "example_tbl");
        Assert.Equal("`example_tbl`", item.InsertText);
        Assert.Equal(TextSpan.FromBounds(before.IndexOf('`') - 1, before.LastIndexOf('`')), item.ReplaceSpan);
        Assert.DoesNotContain(items, i => i.Kind == CompletionEntryKind.Keyword);
    }

    [Fact]
    public void Names_that_need_backticks_are_inserted_backticked()
    {
        var items = Complete("BACKUP SNAPSHOT example_db.s TO example_repo ON (|").Items;
        Assert.Equal("`my table`", items.Single(i => i.Label == "my table").InsertText);
        Assert.Equal("`order`", items.Single(i => i.Label == "order").InsertText);
    }

    [Theory]
    // PARTITION goes after a table: a bare word the configured release reserves can be none.
    [InlineData("t1", null, true)]
    [InlineData("single", "4.0", true)]
    [InlineData("single", null, false)]
    [InlineData("both", null, true)]
    [InlineData("both", "4.0", false)]
    [InlineData("system", "3.5", false)]
    [InlineData("matched", "4.1", true)]
    public void Partition_is_offered_after_a_word_the_configured_release_takes_as_a_name(string word, string? version, bool offered)
    {
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var labels = Labels($"BACKUP SNAPSHOT db.s TO r ON ({word} |", new AnalysisContext(options, null));
        Assert.Equal(offered, labels.Contains("PARTITION"));
    }

    [Theory]
    // Reserved only by older releases: backticked under them, bare under the newest; SINGLE the other way round.
    [InlineData("both", "4.0", "`both`")]
    [InlineData("both", null, "both")]
    [InlineData("system", "3.5", "`system`")]
    [InlineData("system", "4.1", "system")]
    [InlineData("matched", "4.0", "`matched`")]
    [InlineData("single", "4.0", "single")]
    [InlineData("single", null, "`single`")]
    public void A_name_is_inserted_backticked_where_the_configured_release_reserves_it(string table, string? version, string inserted)
    {
        var catalog = CatalogLoader.Parse("""{"defaultDatabase": "db", "databases": {"db": {"tables": {"NAME": {}}}}}""".Replace("NAME", table)).Catalog!;
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var items = Complete("BACKUP SNAPSHOT db.s TO r ON (|", new AnalysisContext(options, catalog)).Items;
        Assert.Equal(inserted, items.Single(i => i.Label == table).InsertText);
    }

    [Theory]
    // StarRocks' parser fails a CREATE of a bare word the release reserves: it makes nothing to offer.
    [InlineData("matched", "3.3", true)]
    [InlineData("matched", "4.0", false)]
    [InlineData("`matched`", "4.0", true)]
    [InlineData("single", "4.0", true)]
    [InlineData("single", null, false)]
    public void A_created_database_is_offered_where_the_configured_release_takes_its_name(string database, string? version, bool offered)
    {
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var context = FeatureTestInput.WithCatalog with { Options = options };
        var labels = Labels($"CREATE DATABASE {database};\nBACKUP SNAPSHOT |", context);
        Assert.Equal(offered, labels.Contains(database.Trim('`')));
        Assert.Equal(offered, Labels($"CREATE TABLE example_db.{database} (k INT);\nBACKUP SNAPSHOT example_db.s TO example_repo ON (|", context)
            .Contains(database.Trim('`')));
    }

    [Fact]
    public void A_catalog_name_with_a_backtick_is_not_offered_where_SQL_cannot_write_it()
    {
        // `t``x` would name tx: StarRocks drops a doubled backtick.
        var catalog = CatalogLoader.Parse("""{"defaultDatabase": "db", "databases": {"db": {"tables": {"t`x": {}, "plain": {}}}}}""").Catalog!;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);
        Assert.Contains("plain", Labels("BACKUP SNAPSHOT db.s TO r ON (|", context));
        Assert.DoesNotContain(Labels("BACKUP SNAPSHOT db.s TO r ON (|", context), label => label.Contains('`'));
        Assert.DoesNotContain(Labels("BACKUP SNAPSHOT db.s TO r ON (`|", context), label => label.Contains("t`"));
    }

    private static AnalysisContext WithTables(int count)
    {
        var tables = string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"t_{i}\": {{}}"));
        var catalog = CatalogLoader.Parse($$"""{"defaultDatabase": "db", "databases": {"db": {"tables": { {{tables}} } } } }""").Catalog!;
        return new AnalysisContext(AnalysisOptions.Default, catalog);
    }

    [Fact]
    public void A_list_of_more_names_than_the_limit_keeps_the_first_with_every_keyword_and_says_it_is_incomplete()
    {
        var context = WithTables(CompletionList.MaxNames + 500);
        var result = Complete("BACKUP SNAPSHOT db.s TO r ON (|", context);

        Assert.True(result.IsIncomplete);
        var labels = result.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label).ToList();
        Assert.Equal(CompletionList.MaxNames, result.Items.Count(i => i.Kind == CompletionEntryKind.Table));
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Contains("t_0", labels);
        Assert.DoesNotContain("t_999", labels); // tables come in name order
        Assert.Contains(result.Items, i => i is { Label: "VIEW", Kind: CompletionEntryKind.Keyword });
        Assert.False(Complete("BACKUP SNAPSHOT db.s TO r ON (|", WithTables(CompletionList.MaxNames)).IsIncomplete);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t_149|")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (T_149|")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (`t_149|")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t149|")]
    public void Past_the_limit_the_names_kept_are_those_the_typed_text_can_still_match(string marked)
    {
        var result = Complete(marked, WithTables(CompletionList.MaxNames + 500));

        Assert.True(result.IsIncomplete);
        var tables = result.Items.Where(i => i.Kind == CompletionEntryKind.Table).Select(i => i.Label.Trim('`')).ToHashSet();
        // What a client's filter shows (the names starting with the typed text), and what it may show (t_1049: t, _, 1, 4, 9 in order).
        Assert.Superset(new HashSet<string>(["t_149", .. Enumerable.Range(1490, 10).Select(i => $"t_{i}"), "t_1049"]), tables);
        Assert.DoesNotContain("t_14", tables);
        Assert.DoesNotContain("t_194", tables);
    }

    [Fact]
    public void Without_a_catalog_a_BACKUP_is_offered_the_writable_repositories_the_script_created()
    {
        const string created = "CREATE READ ONLY REPOSITORY ro WITH BROKER ON LOCATION 's3a://b/o';\nCREATE REPOSITORY rw WITH BROKER ON LOCATION 's3a://b/w';\n";
        Assert.Equal(["rw"], Labels(created + "BACKUP SNAPSHOT db.s TO |", AnalysisContext.Default));
        Assert.Equal(["ro", "rw"], Labels(created + "RESTORE SNAPSHOT db.s FROM |", AnalysisContext.Default).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tables_come_first_and_those_already_listed_are_left_out()
    {
        var labels = Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION (p1), |, EXAMPLE_TBL2)");
        Assert.Equal(["example_tbl2", "my table", "order"], labels.Take(3));
        Assert.DoesNotContain("example_tbl", labels);
        Assert.Equal(CompletionEntryKind.Keyword, Complete("BACKUP SNAPSHOT example_db.s TO example_repo ON (|").Items
            .OrderBy(i => i.SortText, StringComparer.Ordinal).Last().Kind);
    }

    [Fact]
    public void Tables_come_from_the_statement_database()
    {
        Assert.Equal(["orders"], Labels("BACKUP SNAPSHOT sales_db.s TO example_repo ON (|").Where(l => l == l.ToLowerInvariant()));
        Assert.Equal(["orders"], Labels("BACKUP DATABASE sales_db SNAPSHOT s TO example_repo ON (|").Where(l => l == l.ToLowerInvariant()));
        Assert.Contains("example_tbl", Labels("BACKUP SNAPSHOT s TO example_repo ON (|"));
    }

    [Fact]
    public void Tables_after_a_missing_semicolon_come_from_the_session_the_statements_before_them_leave()
    {
        // The USE before the BACKUP lost its `;` (and the statement before it too): the BACKUP is read after it all the same.
        const string before = "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl)\nUSE sales_db\n";
        Assert.Equal(["orders"], Labels(before + "BACKUP SNAPSHOT s2 TO example_repo ON (|);").Where(l => l == l.ToLowerInvariant()));
        Assert.Equal(["orders"], Labels(before + "SELECT 1;\nBACKUP SNAPSHOT s3 TO example_repo ON (|);").Where(l => l == l.ToLowerInvariant()));
        // A cursor past the part's last token is in it still.
        Assert.Equal(["orders"], Labels("SHOW BACKUP\nUSE sales_db\nBACKUP SNAPSHOT s4 TO example_repo ON ( |").Where(l => l == l.ToLowerInvariant()));
        // And a part is read without the statements after it (CREATE DATABASE made_db is no DATABASE clause of the BACKUP).
        Assert.Contains("my table", Labels("BACKUP SNAPSHOT s5 TO example_repo ON (example_tbl2, |example_tbl)\nCREATE DATABASE made_db;"));
    }

    [Fact]
    public void Partitions_are_those_of_the_table_minus_the_listed_ones_ignoring_case()
    {
        Assert.Equal(["p2", "p3"], Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION (P1, |))"));
        Assert.Equal(["p1", "p2", "p3"], Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl2, example_tbl PARTITION |"));
        Assert.Empty(Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl2 PARTITION (|"));
    }

    [Fact]
    public void Property_keys_are_snippets_without_the_keys_already_present()
    {
        var items = Complete("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"timeout\" = \"3600\", |)").Items;
        Assert.Equal(["backup_timestamp", "allow_load", "replication_num", "meta_version", "starrocks_meta_version"],
            items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label));
        var first = items.Single(i => i.Label == "backup_timestamp");
        Assert.True(first.IsSnippet);
        Assert.Equal("\"backup_timestamp\" = \"$1\"", first.InsertText);
        Assert.Equal(["type", "timeout", "ttl"], Labels("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (|"));
    }

    [Fact]
    public void The_ttl_key_is_offered_from_4_2_and_marked_so_without_a_version()
    {
        const string text = "BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (|";
        Assert.Equal("property, StarRocks 4.2+", Item(text, "ttl").Detail);
        var version41 = FeatureTestInput.WithCatalog with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(4, 1) } };
        var version42 = FeatureTestInput.WithCatalog with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(4, 2) } };
        Assert.Equal(["type", "timeout"], Labels(text, version41));
        Assert.Equal(["type", "timeout", "ttl"], Labels(text, version42));
        Assert.Equal(["7 DAY", "30 DAY", "12 HOUR"], Labels("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"ttl\" = |"));
        Assert.DoesNotContain("ttl", Labels("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (|"));
    }

    [Fact]
    public void A_padded_key_counts_as_its_trimmed_key_only_from_3_2()
    {
        const string text = "RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\" backup_timestamp \" = \"x\", |)";
        var version31 = FeatureTestInput.WithCatalog with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 1) } };
        Assert.DoesNotContain("backup_timestamp", Labels(text));
        Assert.Contains("backup_timestamp", Labels(text, version31));
        const string value = "RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"allow_load \" = |";
        Assert.Equal(["true", "false"], Labels(value));
        Assert.Empty(Labels(value, version31));
    }

    [Fact]
    public void A_key_typed_inside_quotes_replaces_the_string_after_its_quote_and_keeps_an_existing_equals_sign()
    {
        // Before the closing quote the item stops at the cursor and leaves the quote, which clients that insert up to the
        // cursor would otherwise double; after letters past the cursor it replaces the whole string, quote and all.
        const string text = "BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"ti|\" = \"600\")";
        var item = Item(text, "timeout");
        Assert.Equal(text.IndexOf("\"ti") + 1, item.ReplaceSpan.Start);
        Assert.Equal(text.IndexOf("\"ti") + 3, item.ReplaceSpan.End);
        Assert.False(item.IsSnippet);
        Assert.Equal("timeout", item.InsertText);
        const string inside = "BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"ti|me\" = \"600\")";
        var whole = Item(inside, "timeout");
        Assert.Equal(inside.IndexOf("\"ti") + 6, whole.ReplaceSpan.End);
        Assert.Equal("timeout\"", whole.InsertText);
    }

    [Fact]
    public void Values_are_offered_for_type_and_allow_load()
    {
        Assert.Equal("\"FULL\"", Item("BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (\"type\" = |", "FULL").InsertText);
        Assert.Equal(["true", "false"], Labels("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"allow_load\" = |"));
        var inQuotes = Complete("RESTORE SNAPSHOT example_db.s FROM example_repo PROPERTIES (\"allow_load\" = \"t|\"").Items;
        Assert.Equal(["true", "false"], inQuotes.Select(i => i.Label));
        Assert.Equal(["true", "false"], inQuotes.Select(i => i.InsertText));
    }

    [Fact]
    public void Drop_snapshot_offers_the_oldest_snapshots_of_the_writable_repositories_first() =>
        // A drop is a clean-up: the oldest backup is the likeliest to go. s3_repo is read-only (StarRocks refuses the drop).
        Assert.Equal(["snapshot_label1", "snapshot_label2"], Labels("DROP SNAPSHOT |"));

    [Fact]
    public void Snapshots_of_every_repository_are_ordered_together_by_their_last_backup_and_untimed_ones_last()
    {
        var catalog = CatalogLoader.Parse("""
            { "repositories": {
                "a_repo": { "snapshots": [ { "name": "untimed" }, { "name": "refreshed", "timestamp": "2018-01-01-00-00-00" },
                                           { "name": "refreshed", "timestamp": "2025-01-01-00-00-00" } ] },
                "b_repo": { "snapshots": [ { "name": "stale", "timestamp": "2010-01-01-00-00-00" }, { "name": "mid", "timestamp": "2020-01-01-00-00-00" } ] } } }
            """).Catalog!;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);

        Assert.Equal(["stale", "mid", "refreshed", "untimed"], Labels("DROP SNAPSHOT |", context));
        Assert.Equal(["refreshed", "mid", "stale", "untimed"], Labels("RESTORE SNAPSHOT db.| FROM", context).Where(l => l != "FROM"));
    }

    [Fact]
    public void Restore_offers_the_repository_snapshots_and_the_timestamps_of_the_chosen_one()
    {
        // The latest backup first: the one a restore most often wants.
        Assert.Equal(["snapshot_label2", "snapshot_label1"], Labels("RESTORE SNAPSHOT example_db.| FROM example_repo"));
        Assert.Equal(["old_snap"], Labels("RESTORE SNAPSHOT example_db.| FROM s3_repo"));
        Assert.Equal(["2018-06-01-00-00-00"],
            Labels("RESTORE SNAPSHOT example_db.snapshot_label2 FROM example_repo PROPERTIES (\"backup_timestamp\" = |"));
        Assert.Empty(Labels("BACKUP SNAPSHOT example_db.| TO example_repo"));
    }

    /// <summary>
    /// A table the script renames is offered under its new name only, and one a refused rename (onto a name the script made)
    /// leaves as it was is offered as made, not as renamed.
    /// </summary>
    [Fact]
    public void A_table_the_script_renames_is_offered_under_the_name_the_rename_leaves_it()
    {
        var context = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""{"databases": {"other": {"tables": {}}}}""").Catalog);
        const string script = """
            CREATE TABLE sales.orders (id INT);
            CREATE TABLE sales.items (id INT);
            ALTER TABLE sales.orders RENAME orders_v2;
            ALTER TABLE sales.items RENAME orders_v2;
            BACKUP SNAPSHOT sales.s TO example_repo ON (|
            """;
        var items = Complete(script, context).Items.Where(i => i.Kind == CompletionEntryKind.Table).Select(i => (i.Label, i.Detail));

        Assert.Equal([("orders_v2", "table in 'sales', renamed from 'orders' on line 3"), ("items", "table in 'sales', created on line 2")], items);
    }

    /// <summary>A `.` and digits are a number to StarRocks (`db.2`); typed so far, they are the `.` and the start of a name (`db.2024_orders`).</summary>
    [Fact]
    public void A_name_typed_after_a_dot_with_only_digits_so_far_is_completed_as_a_name()
    {
        const string text = "BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_db.20|";
        var item = Item(text, "example_tbl");
        Assert.Equal(TextSpan.FromBounds(text.Length - 3, text.Length - 1), item.ReplaceSpan);
        Assert.Equal(Labels("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_db.|"), Labels(text));
        Assert.Equal(["snapshot_label2", "snapshot_label1"], Labels("RESTORE SNAPSHOT example_db.1| FROM example_repo"));
    }

    [Fact]
    public void Databases_are_offered_in_the_snapshot_name_and_after_from()
    {
        var snapshot = Item("BACKUP SNAPSHOT sal|", "sales_db");
        Assert.Equal("sales_db.", snapshot.InsertText);
        Assert.Equal(["example_db", "sales_db"], Labels("SHOW BACKUP FROM |"));
        Assert.Equal(["example_db", "sales_db"], Labels("CANCEL RESTORE IN |"));
        Assert.Equal(["example_db", "sales_db"], Labels("BACKUP DATABASE |"));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s -- TO |")]
    [InlineData("BACKUP SNAPSHOT example_db.s /* TO | */")]
    [InlineData("BACKUP SNAPSHOT example_db.s # TO |")]
    [InlineData("SELECT * FROM |")]
    [InlineData("INSERT INTO t SELECT 1 FROM |")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://|\"")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO TO |")]
    public void Comments_strings_other_sql_and_broken_statements_offer_nothing(string text) => Assert.Empty(Labels(text));

    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.s TO example_repo ON (`my table`|", "PARTITION")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO `example_repo`|", "ON")]
    [InlineData("BACKUP SNAPSHOT `example_db`|", "TO")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1'|", "AND")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://bucket/backup\"|", "PROPERTIES")]
    public void Nothing_is_offered_against_the_end_of_a_closed_quoted_name_or_string(string text, string afterBlank)
    {
        // What came would be glued to it (`my table`PARTITION): after a blank it comes.
        Assert.Empty(Labels(text));
        Assert.Equal(afterBlank, Labels(text.Replace("|", " |", StringComparison.Ordinal))[0]);
    }

    [Fact]
    public void A_word_that_starts_at_the_cursor_is_the_word_replaced()
    {
        const string text = "BACKUP SNAPSHOT example_db.s TO |exa";
        var item = Item(text, "example_repo");
        Assert.Equal(TextSpan.FromBounds(text.IndexOf('|'), text.Length - 1), item.ReplaceSpan);
        // Being replaced, it does not count as listed.
        Assert.Contains("example_tbl2", Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION (p1), |example_tbl2)"));
    }

    [Fact]
    public void A_keyword_that_follows_the_cursor_already_is_not_offered_again()
    {
        Assert.Empty(Labels("BACKUP SNAPSHOT example_db.s1 | TO example_repo"));
        Assert.Equal(["ON"], Labels("BACKUP SNAPSHOT example_db.s1 TO example_repo | PROPERTIES (\"type\" = \"full\")"));
        Assert.Equal(["PROPERTIES"], Labels("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl) |\nON"));
    }

    [Fact]
    public void A_database_before_a_dot_is_inserted_without_another_dot()
    {
        Assert.Equal("example_db", Item("BACKUP SNAPSHOT ex|.snap1 TO example_repo", "example_db").InsertText);
        Assert.Equal("example_db", Item("BACKUP SNAPSHOT ex|ample_db.snap1 TO example_repo", "example_db").InsertText);
        Assert.Equal("example_db", Item("BACKUP SNAPSHOT `ex|`.snap1 TO example_repo", "example_db").InsertText);
    }

    /// <summary>
    /// Right before a closing backtick an editor paired, a client that applies the range past the cursor gets a database
    /// with its dot after that backtick, and the list after it, as without backticks; one that inserts up to the cursor gets
    /// the name alone, leaving the backtick. A table there stops at the cursor for either.
    /// </summary>
    [Theory]
    [InlineData("RESTORE SNAPSHOT `|`", "RESTORE SNAPSHOT `example_db`.", true)]
    [InlineData("RESTORE SNAPSHOT `ex|`", "RESTORE SNAPSHOT `example_db`.", true)]
    [InlineData("BACKUP SNAPSHOT `|`", "BACKUP SNAPSHOT `example_db`.", false)]
    public void A_database_before_a_closing_backtick_takes_it_and_its_dot_where_the_client_replaces_past_the_cursor(string marked, string inserted, bool listFollows)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        var text = analysis.Text.ToString();
        string Applied(CompletionEntry item) => text[..item.ReplaceSpan.Start] + item.InsertText + text[item.ReplaceSpan.End..];

        var item = CompletionService.Complete(analysis, offset, replacesPastCursor: true).Items.Single(i => i.Label == "example_db");
        Assert.Equal(inserted, Applied(item));
        Assert.Equal(listFollows, item.ListFollows);
        var upToCursor = CompletionService.Complete(analysis, offset).Items.Single(i => i.Label == "example_db");
        Assert.Equal(inserted[..^1], Applied(upToCursor));
        Assert.Equal(offset, upToCursor.ReplaceSpan.End);
        Assert.False(upToCursor.ListFollows);

        var (tables, inTable) = FeatureTestInput.Parse("BACKUP SNAPSHOT example_db.s TO example_repo ON (`ex|`)");
        var table = CompletionService.Complete(tables, inTable, replacesPastCursor: true).Items.Single(i => i.Label == "example_tbl");
        Assert.Equal(("example_tbl", inTable), (table.InsertText, table.ReplaceSpan.End));
    }

    [Fact]
    public void The_snapshot_name_offers_no_database_when_database_named_one()
    {
        Assert.Empty(Labels("BACKUP DATABASE example_db SNAPSHOT |"));
        Assert.Equal(["snapshot_label2", "snapshot_label1"], Labels("RESTORE SNAPSHOT | FROM example_repo DATABASE example_db"));
    }

    [Fact]
    public void Create_repository_offers_with_broker_before_on_location()
    {
        Assert.Equal(["WITH"], Labels("CREATE REPOSITORY r1 |"));
        Assert.Equal(["BROKER"], Labels("CREATE REPOSITORY r1 WITH |"));
        Assert.Equal(["ON"], Labels("CREATE REPOSITORY r1 WITH BROKER |").Where(l => l == l.ToUpperInvariant()));
    }

    [Fact]
    public void A_partition_typed_as_a_string_is_completed_in_its_quotes()
    {
        const string text = "BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION (\"p1\", \"p|\"))";
        Assert.Equal(["p2", "p3"], Labels(text));
        var item = Item(text, "p2");
        Assert.Equal("p2", item.InsertText);
        Assert.Equal(text.LastIndexOf("\"p") + 1, item.ReplaceSpan.Start);
        Assert.Equal(text.LastIndexOf("\"p") + 2, item.ReplaceSpan.End);
        Assert.Equal("p1", Item("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl PARTITION ('|'))", "p1").InsertText);
    }

    [Fact]
    public void Temporary_partitions_get_no_names_as_they_cannot_be_backed_up()
    {
        Assert.Empty(Labels("BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl TEMPORARY PARTITION (|"));
    }

    [Fact]
    public void A_table_named_temporary_gets_its_partitions()
    {
        var catalog = CatalogLoader.Parse("""{ "databases": { "d": { "tables": { "temporary": { "partitions": ["p1"] } } } } }""").Catalog;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);
        Assert.Equal(["p1"], Labels("BACKUP SNAPSHOT d.s TO r ON (temporary PARTITION (|", context));
        Assert.Equal(["p1"], Labels("BACKUP SNAPSHOT d.s TO r ON (t, temporary PARTITION (|", context));
        Assert.Empty(Labels("BACKUP SNAPSHOT d.s TO r ON (temporary TEMPORARY PARTITION (|", context));
    }

    [Fact]
    public void Restore_offers_the_repositories_holding_its_snapshot_first()
    {
        Assert.Equal(["s3_repo", "example_repo", "hdfs_repo"], Labels("RESTORE SNAPSHOT example_db.old_snap FROM |"));
        Assert.Equal(["example_repo", "hdfs_repo", "s3_repo"], Labels("RESTORE SNAPSHOT example_db.snapshot_label2 FROM |"));
    }

    [Fact]
    public void The_repository_a_BACKUP_earlier_in_the_script_takes_the_snapshot_into_counts_as_holding_it()
    {
        const string backup = "BACKUP SNAPSHOT example_db.s9 TO hdfs_repo ON (example_tbl2);\n";
        Assert.Equal(["hdfs_repo", "example_repo", "s3_repo"], Labels(backup + "RESTORE SNAPSHOT example_db.s9 FROM |"));
        Assert.Equal(["hdfs_repo", "example_repo"], Labels(backup + "DROP SNAPSHOT s9 ON |"));
        // Taking it again there fails: last.
        var again = Complete(backup + "BACKUP SNAPSHOT example_db.s9 TO |").Items;
        Assert.Equal(["example_repo", "hdfs_repo"], again.Select(i => i.Label));
        Assert.EndsWith(", holds `s9` from the BACKUP on line 1", again[1].Detail);
    }

    [Theory]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (VIEW |", false)]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (MATERIALIZED VIEW |", false)]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (FUNCTION |", false)]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (VIEW v_orders |", true)]
    [InlineData("RESTORE SNAPSHOT example_db.s FROM example_repo ON (example_tbl |", true)]
    public void AS_comes_after_a_restored_name_not_after_the_word_that_starts_its_item(string text, bool offered) =>
        Assert.Equal(offered, Labels(text).Contains("AS"));

    [Fact]
    public void A_RESTORE_of_a_snapshot_the_script_takes_offers_its_materialized_views_after_MATERIALIZED_VIEW()
    {
        const string backup = "BACKUP SNAPSHOT example_db.mvs TO example_repo ON (example_tbl2, VIEW v_orders, mv_hourly);\n";
        var offered = Complete(backup + "RESTORE SNAPSHOT example_db.mvs FROM example_repo ON (MATERIALIZED VIEW |").Items;
        Assert.Equal(["mv_hourly"], offered.Select(i => i.Label));
        Assert.Equal("materialized view in the snapshot, backed up on line 1", offered[0].Detail);
    }

    [Fact]
    public void The_read_only_repository_statement_is_offered_up_to_its_REPOSITORY()
    {
        Assert.Contains("CREATE READ ONLY REPOSITORY", Labels("|"));
        Assert.Equal(["REPOSITORY", "READ ONLY REPOSITORY"], Labels("CREATE |"));
        Assert.Equal(["ONLY REPOSITORY"], Labels("CREATE READ |"));
        Assert.Equal(["REPOSITORY"], Labels("CREATE READ ONLY |"));
        Assert.Contains("CREATE [READ ONLY] REPOSITORY", Item("CREATE |", "READ ONLY REPOSITORY").Documentation!.Markdown);
    }

    [Fact]
    public void Names_come_in_order_ignoring_case_and_by_ordinal_between_names_equal_but_for_case()
    {
        var catalog = CatalogLoader.Parse("""
            { "defaultDatabase": "sales",
              "repositories": { "nightly_repo": {}, "Repo2": {}, "archive": { "snapshots": [ { "name": "s", "timestamp": "2024-01-01-00-00-00" } ] },
                                "Backups": { "snapshots": [ { "name": "s", "timestamp": "2024-01-01-00-00-00" } ] } },
              "databases": { "sales": { "tables": { "orders": {}, "Customers": {}, "customers": {}, "order_items": {} } }, "Analytics": {}, "zeta": {} } }
            """).Catalog!;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);
        List<string> Offered(string marked, CompletionEntryKind kind) =>
            [.. Complete(marked, context).Items.Where(i => i.Kind == kind).Select(i => i.Label)];

        Assert.Equal(["archive", "Backups", "nightly_repo", "Repo2"], Offered("BACKUP SNAPSHOT sales.t TO |", CompletionEntryKind.Repository));
        // The repositories holding the snapshot first, as they were.
        Assert.Equal(["archive", "Backups", "nightly_repo", "Repo2"], Offered("RESTORE SNAPSHOT sales.s FROM |", CompletionEntryKind.Repository));
        Assert.Equal(["Customers", "customers", "order_items", "orders"], Offered("BACKUP SNAPSHOT sales.t TO archive ON (|", CompletionEntryKind.Table));
        // The default database first, as it was.
        Assert.Equal(["sales", "Analytics", "zeta"], Offered("BACKUP DATABASE |", CompletionEntryKind.Database));
        // Of snapshots backed up at once, the first repository's.
        Assert.Equal(["snapshot in [archive], 2024-01-01-00-00-00"], Complete("RESTORE SNAPSHOT sales.|", context).Items.Select(i => i.Detail));
        var templates = Complete("|", context).Items.Where(i => i.IsSnippet).Select(i => i.InsertText).ToList();
        Assert.Contains(templates, t => t.StartsWith("BACKUP SNAPSHOT ${1:sales}.${2:snapshot_name}\nTO ${3:archive}\n"));
        Assert.Contains(templates, t => t.StartsWith("RESTORE SNAPSHOT ${1:sales}.${2:s}\nFROM ${3:archive}\n"));

        const string created = "CREATE REPOSITORY Repo2 WITH BROKER ON LOCATION 's3a://b/2';\nCREATE REPOSITORY archive WITH BROKER ON LOCATION 's3a://b/a';\n";
        Assert.Equal(["archive", "Repo2"], Labels(created + "BACKUP SNAPSHOT db.s TO |", AnalysisContext.Default));
    }

    [Fact]
    public void The_second_word_of_a_statement_head_is_documented_as_the_statement()
    {
        var items = Complete("SHOW |").Items;
        Assert.Contains(items, i => i.Label == "SNAPSHOT");
        Assert.All(items, i => Assert.NotNull(i.Documentation?.Markdown));
        Assert.Contains("SHOW SNAPSHOT", items.Single(i => i.Label == "SNAPSHOT").Documentation!.Markdown);
        Assert.All(Complete("CREATE |").Items, i => Assert.NotNull(i.Documentation?.Markdown));
    }

    [Fact]
    public void Templates_after_a_lower_case_start_write_their_keywords_in_lower_case_and_the_catalog_names_as_they_are()
    {
        var catalog = CatalogLoader.Parse("""
            { "defaultDatabase": "SALES ON",
              "repositories": { "TO_S3": { "snapshots": [ { "name": "FROM", "timestamp": "2024-01-01-00-00-00" } ] } } }
            """).Catalog!;
        var context = new AnalysisContext(AnalysisOptions.Default, catalog);
        var templates = Complete("ba|", context).Items.Where(i => i.IsSnippet).ToList();
        Assert.Equal(["backup snapshot … to …", "restore snapshot … from …", "create repository … on location …"], templates.Select(t => t.Label));
        Assert.Equal("backup snapshot ${1:`SALES ON`}.${2:snapshot_name}\nto ${3:TO_S3}\non (${4:table_name})", templates[0].InsertText);
        Assert.Equal("restore snapshot ${1:`SALES ON`}.${2:`FROM`}\nfrom ${3:TO_S3}\nproperties (\"backup_timestamp\" = \"${4:2024-01-01-00-00-00}\")",
            templates[1].InsertText);
        Assert.StartsWith("create repository ${1:repository_name}\nwith broker\non location \"${2:s3a://bucket/backup}\"\nproperties (\n    \"aws.s3.access_key\"",
            templates[2].InsertText);
        Assert.StartsWith("BACKUP SNAPSHOT ${1:`SALES ON`}", Complete("Ba|", context).Items.First(i => i.IsSnippet).InsertText);
    }

    [Fact]
    public void Keywords_come_in_the_case_the_statement_is_written_in()
    {
        Assert.Equal(["on", "properties"], Labels("backup snapshot example_db.s to example_repo |"));
        Assert.Equal("snapshot", Item("BACKUP snap|", "snapshot").InsertText);
        Assert.Equal(["ON", "PROPERTIES"], Labels("backup snapshot example_db.s to example_repo P|").Where(l => l.Length > 1));
        Assert.Contains("show snapshot", Labels("sh|"));
        Assert.Contains("SHOW SNAPSHOT", Labels("|"));
    }

    [Fact]
    public void Without_a_catalog_names_are_empty_but_keywords_still_come()
    {
        Assert.Empty(Labels("BACKUP SNAPSHOT example_db.s TO |", AnalysisContext.Default));
        Assert.Equal(["ON", "PROPERTIES"], Labels("BACKUP SNAPSHOT example_db.s TO example_repo |", AnalysisContext.Default));
    }

    [Fact]
    public void The_cursor_past_a_statement_still_completes_it_but_not_past_its_semicolon()
    {
        Assert.Equal(["ON", "PROPERTIES"], Labels("SHOW BACKUP;\nBACKUP SNAPSHOT example_db.s TO example_repo   |\n\n"));
        Assert.Contains("BACKUP", Labels("BACKUP SNAPSHOT example_db.s TO example_repo; |"));
    }

    [Fact]
    public void Sort_texts_are_distinct_and_follow_the_order_of_likelihood()
    {
        var items = Complete("BACKUP SNAPSHOT example_db.s TO example_repo ON (|").Items;
        Assert.Equal(items.Length, items.Select(i => i.SortText).Distinct().Count());
        Assert.Equal(items.Select(i => i.SortText).Order(StringComparer.Ordinal), items.Select(i => i.SortText));
    }

    [Fact]
    public void Snapshots_taken_blocks_before_the_cursor_are_offered_after_an_edit_in_any_block()
    {
        // Statements past a block's size, so that the BACKUPs, the DROP and the RESTORE lie in different blocks.
        var lines = Enumerable.Range(0, 4 * StatementBlock.TargetSize).Select(i => $"SELECT {i};").ToArray();
        lines[10] = "BACKUP SNAPSHOT example_db.first TO example_repo ON (example_tbl2);";
        lines[2 * StatementBlock.TargetSize] = "BACKUP SNAPSHOT example_db.second TO example_repo ON (example_tbl2);";
        lines[^1] = "RESTORE SNAPSHOT ";
        var text = string.Join('\n', lines);
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, FeatureTestInput.WithCatalog);
        List<string?> Offered(DocumentAnalysis analysis) =>
            [.. CompletionService.Complete(analysis, analysis.Text.Length).Items.Where(i => i.Kind == CompletionEntryKind.Snapshot).Select(i => i.Detail)];

        var edited = text.Replace("SELECT 100;", "DROP SNAPSHOT first ON example_repo;");
        var after = analyzer.Analyze(DocumentText.From(edited), FeatureTestInput.WithCatalog, before);

        Assert.Equal(["snapshot in [example_repo], backed up on line 129", "snapshot in [example_repo], backed up on line 11"], Offered(before).Take(2));
        Assert.Equal(["snapshot in [example_repo], backed up on line 129"], Offered(after).Where(d => d!.Contains("backed up")));
        Assert.Equal(Offered(new DocumentAnalyzer().Analyze(edited, FeatureTestInput.WithCatalog)), Offered(after));
    }

    [Fact]
    public void Completion_never_throws_and_every_span_holds_the_cursor()
    {
        string[] fragments =
        [
            "BACKUP", "RESTORE", "SNAPSHOT", "SHOW", "CREATE", "READ", "ONLY", "REPOSITORY", " ", "\n", "example_db", ".",
            "TO", "FROM", "ON", "(", ")", ",", "PARTITION", "PROPERTIES", "\"type\"", "=", "\"", "`", "`my", "--", "/*", "*/",
            ";", "example_tbl", "p1", "DATABASE", "ALL", "VIEW", "'", "#", "\u3000",
        ];
        Gen.Select(Gen.OneOf(fragments).Array[0, 16], Gen.Int[0, 1000]).Sample((parts, position) =>
        {
            var text = string.Concat(parts);
            var offset = position % (text.Length + 1);
            var analysis = new DocumentAnalyzer().Analyze(text, FeatureTestInput.WithCatalog);
            foreach (var item in CompletionService.Complete(analysis, offset).Items)
                Assert.True(item.ReplaceSpan.Start <= offset && offset <= item.ReplaceSpan.End, $"{item.Label} at {offset} in {text}");
            HoverService.Hover(analysis, offset);
        });
    }

    [Fact]
    public void A_tables_comment_is_its_detail_and_not_said_again_in_its_documentation()
    {
        var catalog = CatalogLoader.Parse("""
            { "databases": { "db": { "tables": { "orders": { "comment": "orders fact table", "partitions": ["p1"] } } } } }
            """).Catalog;
        var item = Complete("BACKUP SNAPSHOT db.s TO r ON (|", new AnalysisContext(AnalysisOptions.Default, catalog)).Items.Single(i => i.Label == "orders");

        Assert.Equal("orders fact table", item.Detail);
        Assert.DoesNotContain("orders fact table", item.Documentation!.Markdown);
        Assert.Contains("p1", item.Documentation!.Markdown);
    }
}
