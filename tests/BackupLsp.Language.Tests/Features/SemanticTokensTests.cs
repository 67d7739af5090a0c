using BackupLsp.Language.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Features;

public sealed class SemanticTokensTests
{
    private const string Script = "SELECT 1;\nBACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (p1));\nDROP REPOSITORY old_repo;\n";

    [Fact]
    public void Tokens_are_placed_at_their_statements_after_an_edit_moves_them()
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Script, AnalysisContext.Default);
        _ = SemanticTokens.Classify(before);
        var edited = "-- nightly\r\n" + Script;

        var after = SemanticTokens.Classify(analyzer.Analyze(DocumentText.From(edited), AnalysisContext.Default, before));

        Assert.Equal<ClassifiedSpan>(SemanticTokens.Classify(new DocumentAnalyzer().Analyze(edited, AnalysisContext.Default)), after);
        Assert.Contains(after, token => edited.Substring(token.Span.Start, token.Span.Length) == "p1" && token.Role == SemanticRole.Partition);
        Assert.Contains(after, token => edited.Substring(token.Span.Start, token.Span.Length) == "old_repo" && token.Role == SemanticRole.Repository);
    }

    [Fact]
    public void A_range_gets_every_token_that_overlaps_it_and_no_other()
    {
        var analysis = new DocumentAnalyzer().Analyze(Script + "/* a\nb */ BACKUP SNAPSHOT db.s2 TO r;", AnalysisContext.Default);
        var all = SemanticTokens.Classify(analysis);
        for (var start = 0; start <= analysis.Text.Length; start++)
            for (var end = start; end <= analysis.Text.Length; end++)
                Assert.Equal<ClassifiedSpan>(
                    [.. all.Where(token => token.Span.End > start && token.Span.Start < end)],
                    SemanticTokens.Classify(analysis, TextSpan.FromBounds(start, end)));
    }

    [Fact]
    public void A_statement_is_classified_once_and_kept_with_its_parse()
    {
        var analysis = new DocumentAnalyzer().Analyze(Script, AnalysisContext.Default);
        var backup = analysis.Statements.Single(s => s.Parsed.Kind == StatementKind.Backup).Parsed;
        Assert.Null(backup.Classification);

        var first = SemanticTokens.Classify(analysis);

        var kept = backup.Classification;
        Assert.NotNull(kept);
        Assert.Equal<ClassifiedSpan>(first, SemanticTokens.Classify(analysis));
        Assert.Same(kept, backup.Classification);
    }

    private static List<(string Text, SemanticRole Role)> Roles(string text) =>
        [.. SemanticTokens.Classify(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default)).Select(t => (text.Substring(t.Span.Start, t.Span.Length), t.Role))];

    [Theory]
    // A word only some releases reserve is the name being typed, not the next clause.
    [InlineData("single")]
    [InlineData("both")]
    public void A_statement_being_typed_keeps_a_name_that_only_some_releases_reserve(string word)
    {
        var roles = Roles($"BACKUP SNAPSHOT db1.snap TO {word} ON (orders PARTITION (p1");
        Assert.Contains((word, SemanticRole.Repository), roles);
    }

    [Fact]
    public void A_use_names_its_database_as_the_family_names_one_and_leaves_its_keyword_and_other_sql_to_the_grammar() =>
        Assert.Equal([("sales_db", SemanticRole.Database), ("sales_db", SemanticRole.Database), ("`x y`", SemanticRole.Database)],
            Roles("SELECT 1;\nUSE sales_db;\nSHOW BACKUP FROM sales_db;\nuse `x y`;\nSELECT 2;").Where(r => r.Role != SemanticRole.Keyword));

    private static readonly AnalysisContext WithViews = new(AnalysisOptions.Default, CatalogLoader.Parse("""
        {
          "defaultDatabase": "d",
          "databases": {
            "d": { "tables": { "t": {} }, "views": ["v"], "materializedViews": ["mv"] },
            "other": { "tables": { "v": {} }, "views": [], "materializedViews": [] }
          }
        }
        """).Catalog);

    [Fact]
    public void A_bare_name_in_on_is_the_kind_the_catalog_or_the_script_says_it_is_in_the_statements_database()
    {
        const string script = """
            BACKUP SNAPSHOT s1 TO r ON (t, v, mv, TABLE mv, unknown);
            CREATE VIEW d.v2 AS SELECT 1;
            BACKUP SNAPSHOT d.s2 TO r ON (v2, d.mv);
            RESTORE SNAPSHOT d.s1 FROM r ON (v AS v_copy, t) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
            BACKUP SNAPSHOT other.s3 TO r ON (v);
            """;

        List<(string Text, SemanticRole Role)> Named(AnalysisContext context) =>
            [.. SemanticTokens.Classify(new DocumentAnalyzer().Analyze(script, context))
                .Where(t => t.Role is SemanticRole.Table or SemanticRole.View or SemanticRole.MaterializedView)
                .Select(t => (script.Substring(t.Span.Start, t.Span.Length), t.Role))];

        // Written after TABLE, a name keeps the kind it is written as.
        Assert.Equal(
            [("t", SemanticRole.Table), ("v", SemanticRole.View), ("mv", SemanticRole.MaterializedView), ("mv", SemanticRole.Table),
                ("unknown", SemanticRole.Table), ("v2", SemanticRole.View), ("mv", SemanticRole.MaterializedView),
                ("v", SemanticRole.View), ("v_copy", SemanticRole.View), ("t", SemanticRole.Table), ("v", SemanticRole.Table)],
            Named(WithViews));
        Assert.All(Named(AnalysisContext.Default), named => Assert.Equal(SemanticRole.Table, named.Role));
    }

    [Fact]
    public void After_a_switch_to_another_catalog_a_bare_name_in_on_is_the_kind_it_is_in_default_catalogs_database_of_the_sessions_name()
    {
        const string script = "SET CATALOG hive;\nUSE other;\nBACKUP SNAPSHOT s1 TO r ON (v);\nUSE d;\nBACKUP SNAPSHOT s2 TO r ON (v);";

        var roles = SemanticTokens.Classify(new DocumentAnalyzer().Analyze(script, WithViews))
            .Where(t => t.Role is SemanticRole.Table or SemanticRole.View).Select(t => t.Role);

        Assert.Equal([SemanticRole.Table, SemanticRole.View], roles);
    }

    [Fact]
    public void A_statement_being_typed_keeps_the_roles_its_keywords_give_its_names()
    {
        var roles = Roles("BACKUP SNAPSHOT db1.snap TO repo ON (view, orders PARTITION (p1");
        Assert.Contains(("db1", SemanticRole.Database), roles);
        Assert.Contains(("snap", SemanticRole.Snapshot), roles);
        Assert.Contains(("repo", SemanticRole.Repository), roles);
        Assert.Contains(("view", SemanticRole.Table), roles);
        Assert.Contains(("orders", SemanticRole.Table), roles);
        Assert.Contains(("BACKUP", SemanticRole.Keyword), roles);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT s TO r ON (t PARTITION (p1", "p1")]
    [InlineData("BACKUP SNAPSHOT s TO r ON (t PARTITIONS (p1, `p-2`", "p1 `p-2`")]
    [InlineData("BACKUP SNAPSHOT s TO r ON (t TEMPORARY PARTITION (tp1), u PARTITION p1, p2", "tp1 p1 p2")]
    [InlineData("RESTORE SNAPSHOT db1.s FROM r ON (t PARTITION (p1) AS t2, u PARTITION (p3", "p1 p3")]
    // A keyword where a partition goes is the next word being typed, not a partition.
    [InlineData("BACKUP SNAPSHOT s TO r ON (t PARTITION (p1, PROPERTIES", "p1")]
    public void A_statement_being_typed_keeps_the_partitions_of_its_lists(string script, string partitions) =>
        Assert.Equal(partitions.Split(' '), Roles(script).Where(r => r.Role == SemanticRole.Partition).Select(r => r.Text));

    [Fact]
    public void Comments_of_both_kinds_are_classified_inside_a_family_statement_and_left_to_the_editor_between_statements()
    {
        const string text = "-- before\n/* before */\nBACKUP SNAPSHOT s -- inside\n/* inside */ TO r; -- after\n/* after */ SELECT 1 /* other SQL */;";
        Assert.Equal(["-- inside", "/* inside */"], Roles(text).Where(r => r.Role == SemanticRole.Comment).Select(r => r.Text));
    }

    [Fact]
    public void An_ignore_comment_in_a_family_statement_has_its_marker_as_a_keyword_and_leaves_its_rules_to_the_grammar()
    {
        const string text = "BACKUP SNAPSHOT s -- backup-lsp-ignore SRB700, empty-backup\n/* Backup-Lsp-Ignore SRB300 */ /* backup-lsp-ignorex */ TO r;";
        Assert.Equal(
            [("-- ", SemanticRole.Comment), ("backup-lsp-ignore", SemanticRole.Keyword), (" ", SemanticRole.Comment), (", ", SemanticRole.Comment),
             ("/* ", SemanticRole.Comment), ("Backup-Lsp-Ignore", SemanticRole.Keyword), (" ", SemanticRole.Comment), (" */", SemanticRole.Comment),
             ("/* backup-lsp-ignorex */", SemanticRole.Comment)],
            Roles(text)[3..^2]);
    }

    [Fact]
    public void A_statement_after_a_missing_semicolon_has_the_roles_of_its_own_names()
    {
        var roles = Roles("DROP SNAPSHOT s ON r\nRESTORE SNAPSHOT db1.snap FROM repo2 ON (orders)");
        Assert.Contains(("r", SemanticRole.Repository), roles);
        Assert.Equal([("DROP", SemanticRole.Keyword), ("SNAPSHOT", SemanticRole.Keyword), ("s", SemanticRole.Snapshot), ("ON", SemanticRole.Keyword), ("r", SemanticRole.Repository)],
            Roles("SELECT 1\nDROP SNAPSHOT s ON r"));
        Assert.Contains(("db1", SemanticRole.Database), roles);
        Assert.Contains(("repo2", SemanticRole.Repository), roles);
        Assert.Contains(("orders", SemanticRole.Table), roles);
        Assert.Contains(("RESTORE", SemanticRole.Keyword), roles);
    }

    [Fact]
    public void The_columns_of_a_where_condition_are_columns()
    {
        var roles = Roles("SHOW RESTORE IN db1 WHERE State = 'FINISHED' AND `a` LIKE 'x%' AND lower(b) = 'y';");
        Assert.Equal(["State", "`a`", "b"], roles.Where(r => r.Role == SemanticRole.Column).Select(r => r.Text));
        Assert.DoesNotContain(roles, r => r.Text == "lower");
        Assert.Contains(("AND", SemanticRole.Keyword), roles);
        Assert.Contains(("LIKE", SemanticRole.Keyword), roles);
        Assert.Contains(("WHERE", SemanticRole.Keyword), roles);
    }

    [Theory]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT = 'a' AND TIMESTAMP = 'b' ORDER BY Snapshot DESC LIMIT 10;", "SNAPSHOT TIMESTAMP Snapshot")]
    [InlineData("SHOW BACKUP FROM db1 ORDER BY CreateTime, `State` ASC LIMIT 1 OFFSET 2;", "CreateTime `State`")]
    [InlineData("SHOW REPOSITORIES WHERE Name = 'r' ORDER BY Name;", "Name Name")]
    public void The_columns_of_a_show_are_columns_alike_in_its_where_and_its_order_by(string script, string columns)
    {
        var roles = Roles(script);
        Assert.Equal(columns.Split(' '), roles.Where(r => r.Role == SemanticRole.Column).Select(r => r.Text));
        Assert.All(["ORDER", "BY"], keyword => Assert.Contains((keyword, SemanticRole.Keyword), roles));
    }

    [Theory]
    // A word the configured release reserves is a keyword there, a column where it is a name.
    [InlineData("4.0", "both", true)]
    [InlineData(null, "both", false)]
    [InlineData("4.0", "system", true)]
    [InlineData("4.1", "system", false)]
    [InlineData("4.0", "matched", true)]
    [InlineData("4.0", "single", false)]
    [InlineData(null, "single", true)]
    public void A_where_condition_tells_columns_from_keywords_by_the_configured_release(string? version, string word, bool keyword)
    {
        var text = $"SHOW BACKUP FROM db1 WHERE {word} = 1;";
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var analyzer = new DocumentAnalyzer();
        var roles = SemanticTokens.Classify(analyzer.Analyze(text, new AnalysisContext(options, null)))
            .Select(t => (text.Substring(t.Span.Start, t.Span.Length), t.Role)).ToList();
        Assert.Equal(keyword ? SemanticRole.Keyword : SemanticRole.Column, Assert.Single(roles, r => r.Item1 == word).Role);
    }

    [Fact]
    public void Highlighting_follows_a_change_of_the_configured_release()
    {
        const string text = "SHOW BACKUP FROM db1 WHERE both = 1;";
        var analyzer = new DocumentAnalyzer();
        var latest = analyzer.Analyze(text, AnalysisContext.Default);
        Assert.DoesNotContain(SemanticTokens.Classify(latest), t => t.Role == SemanticRole.Keyword && t.Span.Start == text.IndexOf("both"));
        var older = new AnalysisContext(AnalysisOptions.Default with { Version = new StarRocksVersion(4, 0) }, null);
        var again = analyzer.Analyze(DocumentText.From(text), older, latest);
        Assert.Contains(SemanticTokens.Classify(again), t => t.Role == SemanticRole.Keyword && t.Span.Start == text.IndexOf("both"));
    }

    private const string Restored = "PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\")";

    [Theory]
    [InlineData("BACKUP EXTERNAL CATALOGS (hive_catalog, iceberg) SNAPSHOT s TO repo;", "iceberg", SemanticRole.Catalog)]
    [InlineData("RESTORE SNAPSHOT s FROM repo EXTERNAL CATALOG (hive AS hive_restored) " + Restored + ";", "hive_restored", SemanticRole.Catalog)]
    [InlineData("RESTORE SNAPSHOT s FROM repo DATABASE sales AS sales_copy " + Restored + ";", "sales_copy", SemanticRole.Database)]
    [InlineData("BACKUP DATABASE sales SNAPSHOT s TO repo ON (ALL TABLES);", "TABLES", SemanticRole.Keyword)]
    [InlineData("BACKUP SNAPSHOT s TO repo ON (VIEW v1, MATERIALIZED VIEW mv1, FUNCTION f1);", "v1", SemanticRole.View)]
    [InlineData("BACKUP SNAPSHOT s TO repo ON (VIEW v1, MATERIALIZED VIEW mv1, FUNCTION f1);", "mv1", SemanticRole.MaterializedView)]
    [InlineData("BACKUP SNAPSHOT s TO repo ON (VIEW v1, MATERIALIZED VIEW mv1, FUNCTION f1);", "f1", SemanticRole.Function)]
    [InlineData("RESTORE SNAPSHOT s FROM repo ON (MATERIALIZED VIEW mv1 AS mv2) " + Restored + ";", "mv2", SemanticRole.MaterializedView)]
    [InlineData("BACKUP SNAPSHOT s TO repo PROPERTIES (\"timeout\" = 3600);", "3600", SemanticRole.Number)]
    [InlineData("CREATE REPOSITORY r1 WITH BROKER hdfs_broker ON LOCATION \"hdfs://nn/backup\" PROPERTIES (\"username\" = \"u\");", "r1", SemanticRole.Repository)]
    [InlineData("CREATE REPOSITORY r1 WITH BROKER hdfs_broker ON LOCATION \"hdfs://nn/backup\" PROPERTIES (\"username\" = \"u\");", "hdfs_broker", SemanticRole.Broker)]
    [InlineData("CREATE REPOSITORY r1 WITH BROKER hdfs_broker ON LOCATION \"hdfs://nn/backup\" PROPERTIES (\"username\" = \"u\");", "\"username\"", SemanticRole.PropertyKey)]
    [InlineData("CREATE REPOSITORY r1 WITH BROKER hdfs_broker ON LOCATION \"hdfs://nn/backup\" PROPERTIES (\"username\" = \"u\");", "\"u\"", SemanticRole.String)]
    [InlineData("SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 's1';", "repo", SemanticRole.Repository)]
    [InlineData("CANCEL BACKUP FROM sales;", "sales", SemanticRole.Database)]
    [InlineData("SET CATALOG hive_catalog;", "hive_catalog", SemanticRole.Catalog)]
    [InlineData("USE CATALOG `hive_catalog`;", "`hive_catalog`", SemanticRole.Catalog)]
    [InlineData("USE hive_catalog.sales;", "hive_catalog", SemanticRole.Catalog)]
    [InlineData("USE hive_catalog.sales;", "sales", SemanticRole.Database)]
    public void Each_statement_form_gives_its_names_their_roles(string script, string word, SemanticRole role) =>
        Assert.Contains((word, role), Roles(script));

    [Fact]
    public void A_catalog_in_a_string_is_left_to_the_grammars()
    {
        const string text = "USE 'CATALOG hive_catalog';";
        Assert.Empty(SemanticTokens.Classify(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default)));
    }
}
