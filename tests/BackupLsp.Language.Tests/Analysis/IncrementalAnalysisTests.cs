using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Tests.Robustness;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>Analysing an edit from the previous analysis must give exactly what analysing from scratch gives.</summary>
public sealed class IncrementalAnalysisTests
{
    /// <summary>
    /// Ignore comments that end a line or stand alone on it, in a statement or between two, of rules the statements around
    /// them break (SRB700, SRB204, SRB300) or not.
    /// </summary>
    private static readonly Gen<string> IgnoreCommentText = Gen.OneOf(
        "-- backup-lsp-ignore SRB700\n", " -- backup-lsp-ignore SRB204, SRB700", "/* backup-lsp-ignore SRB300 */", "-- BACKUP-LSP-IGNORE concurrent-jobs srb7000\n",
        "BACKUP SNAPSHOT db.s TO r ON (t, t) -- backup-lsp-ignore SRB300\n;", "BACKUP SNAPSHOT db.s TO r\n-- backup-lsp-ignore SRB204\nPROPERTIES (\"type\" = \"incremental\");",
        "-- backup-lsp-ignore\n");

    private static readonly Gen<string> Document =
        Gen.Frequency(
                (3, Gen.OneOf(SqlFragments.ValidStatements)),
                (2, SqlFragments.Soup),
                (1, Gen.OneOf("SELECT 1;", "-- note\n", "/* a; b */", "'x;y'", "#;\n", ";;")),
                (1, IgnoreCommentText))
            .Array[1, 12]
            .Select(parts => string.Join("\n", parts));

    /// <summary>Long enough to fill several blocks, so that edits land in, between and across them.</summary>
    private static readonly Gen<string> LongDocument =
        Gen.Frequency(
                (4, Gen.OneOf(SqlFragments.ValidStatements)),
                (1, SqlFragments.Soup),
                (1, Gen.OneOf("SELECT 1;", "-- note\n", ";;")),
                (1, IgnoreCommentText))
            .Array[2 * StatementBlock.TargetSize, 5 * StatementBlock.TargetSize]
            .Select(parts => string.Join("\n", parts));

    /// <summary>
    /// Statements whose effects the statements after them are checked in (USE, CREATE, RESTORE), among BACKUPs and RESTOREs that
    /// depend on them, against a catalog: an edit to one changes the diagnostics of statements far from it.
    /// </summary>
    private static readonly Gen<string> SessionDocument =
        Gen.OneOf(
                "USE db1;", "USE db2;", "USE `db1`;", "CREATE TABLE db1.t2 (id INT);", "CREATE TABLE t3 (id INT);",
                "CREATE REPOSITORY r2 WITH BROKER ON LOCATION \"hdfs://x\";",
                "CREATE REPOSITORY r2 WITH BROKER ON LOCATION \"hdfs://x\" PROPERTIES (\"k\" = 1);",
                "CREATE REPOSITORY r2 WITH BROKER ON LOCATION \"hdfs://x\" PROPERTIES (\"k\" = \"v\"\nCREATE REPOSITORY r2 WITH BROKER ON LOCATION \"hdfs://y\";",
                "CREATE DATABASE db3;", "DROP REPOSITORY r1;", "DROP SNAPSHOT s1 ON r1;", "CANCEL BACKUP FROM db1;", "CANCEL RESTORE FROM db2;",
                "ALTER TABLE t1 ADD TEMPORARY PARTITION tp1 VALUES LESS THAN (\"1\");", "ALTER TABLE db1.t1 DROP TEMPORARY PARTITION tp1;",
                "BACKUP SNAPSHOT db1.s9 TO r1 ON (t1 PARTITION (p2));", "RESTORE SNAPSHOT db1.s9 FROM r1 ON (t2, t1 PARTITION (p3)) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "ALTER TABLE t1 DROP PARTITION p2;", "ALTER TABLE t1 ADD PARTITION p3 VALUES LESS THAN (\"3\");", "SHOW BACKUP\nDROP SNAPSHOT s1 ON r1\nBACKUP SNAPSHOT s1 TO r1;",
                "ALTER TABLE t1 REPLACE PARTITION (p2) WITH TEMPORARY PARTITION (tp1);",
                "ALTER TABLE db1.t1 REPLACE PARTITION p1 WITH TEMPORARY PARTITION tp1 PROPERTIES (\"use_temp_partition_name\" = \"true\");",
                "TRUNCATE TABLE t1;", "ALTER TABLE t1 DROP ALL TEMPORARY PARTITIONS;", "INSERT INTO t1 SELECT 1;",
                "ALTER TABLE db1.t1 DROP PARTITIONS IF EXISTS (p2, p3);", "ALTER TABLE t1 DROP TEMPORARY PARTITIONS (tp1, p2) FORCE;",
                "RESTORE SNAPSHOT s9 FROM r1 DATABASE db2 AS db5 PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "RESTORE SNAPSHOT db1.s9 FROM r1 ON (ALL TABLES) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "BACKUP SNAPSHOT s6 TO r1 ON (t1)\nUSE db2\nBACKUP SNAPSHOT s7 TO r1 ON (t2);",
                "BACKUP SNAPSHOT s1 TO r1 ON (t1, t2, t3);", "BACKUP SNAPSHOT db2.s2 TO r2 ON (t1);", "BACKUP SNAPSHOT db3.s3 TO r1;",
                "RESTORE SNAPSHOT db1.s1 FROM r1 PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "RESTORE SNAPSHOT s2 FROM r2 PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");", "SELECT 1;",
                "RESTORE SNAPSHOT db1.s1 FROM r1 ON (t2 AS t5, t1 PARTITION (p1)) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "RESTORE SNAPSHOT s1 FROM r1 DATABASE db1 AS db4 ON (t5) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "BACKUP SNAPSHOT s4 TO r1 ON (t5 PARTITION (p1), t1 PARTITION (p1, p2));", "BACKUP SNAPSHOT db4.s5 TO r1 ON (t5, t6);",
                "ALTER DATABASE db2 RENAME db6;", "ALTER DATABASE db6 RENAME db2;", "BACKUP SNAPSHOT db6.s10 TO r1 ON (t2);",
                "DROP TABLE t1;", "DROP TABLE IF EXISTS db1.t2 FORCE;", "RECOVER TABLE db1.t1;", "DROP DATABASE db2;", "DROP VIEW t3;",
                "CREATE TABLE t7 LIKE t1;", "CREATE TABLE IF NOT EXISTS db1.t8 LIKE db1.t7;", "BACKUP SNAPSHOT s8 TO r1 ON (t7 PARTITION (p1, p3), t8 PARTITION (p2));",
                "ALTER TABLE t1 SWAP WITH t7;", "ALTER TABLE db1.t8 SWAP WITH t1;", "ALTER TABLE t3 SWAP WITH t1;", "ALTER TABLE t3 RENAME t9;",
                "CREATE TABLE t10 LIKE t3;", "CREATE TABLE t11 (k INT) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN (1));",
                "ALTER TABLE t11 RENAME PARTITION p1 p2;", "ALTER TABLE t1 RENAME PARTITION p2 p4;", "BACKUP SNAPSHOT s12 TO r1 ON (t11 PARTITION (p1, p2), t1 PARTITION (p4));", "BACKUP SNAPSHOT s11 TO r1 ON (t9 PARTITION (t9), t3 PARTITION (t3), t10 PARTITION (t10));",
                // StarRocks refuses these (no backup_timestamp, one the snapshot lacks, an unknown database): they change nothing.
                "RESTORE SNAPSHOT db1.s1 FROM r1 ON (t2 AS t5);", "RESTORE SNAPSHOT db1.s1 FROM r1 ON (t1 AS t6) PROPERTIES (\"backup_timestamp\" = \"y\");",
                "USE db9;")
            .Array[2 * StatementBlock.TargetSize, 4 * StatementBlock.TargetSize]
            .Select(parts => string.Join("\n", parts));

    private static readonly AnalysisContext WithSessionCatalog = new(AnalysisOptions.Default, CatalogLoader.Parse("""
        { "defaultDatabase": "db1",
          "repositories": { "r1": { "snapshots": [{ "name": "s1", "timestamp": "2024-01-01-00-00-00" }] } },
          "databases": { "db1": { "tables": { "t1": { "partitions": ["p2"] } }, "views": [], "materializedViews": [] }, "db2": { "tables": { "t2": {} } } } }
        """).Catalog);

    /// <summary>Where (as a fraction of the text), how much to delete, and what to insert.</summary>
    private static readonly Gen<(double Where, int Length, string Replacement)> Edit =
        Gen.Select(
            Gen.Double[0, 1],
            Gen.Int[0, 6],
            Gen.Frequency((2, Gen.Const("")), (4, SqlFragments.Fragment), (1, Gen.OneOf(";", "\n", "\r", "\r\n", "/*", "*/", "'", "`", "#")), (1, IgnoreCommentText)));

    /// <summary>Edits the text as the server does, so that the versions share their untouched pieces.</summary>
    private static DocumentText Apply(DocumentText text, (double Where, int Length, string Replacement) edit)
    {
        var position = (int)(edit.Where * text.Length);
        return text.Replace(new TextSpan(position, Math.Min(edit.Length, text.Length - position)), edit.Replacement);
    }

    private static void AssertSame(DocumentAnalysis expected, DocumentAnalysis actual)
    {
        Assert.Equal(expected.Statements.Select(s => (s.Span, s.Parsed.Text)), actual.Statements.Select(s => (s.Span, s.Parsed.Text)));
        Assert.Equal(expected.Diagnostics.Select(d => (d.Code, d.Span, d.Message, Related(d))), actual.Diagnostics.Select(d => (d.Code, d.Span, d.Message, Related(d))));
        // Reading the lines also makes the next analysis of the chain build its line index from this one.
        Assert.Equal(LineStarts(expected.Lines), LineStarts(actual.Lines));
        Assert.Equal(expected.IgnoreComments.Select(Placed), actual.IgnoreComments.Select(Placed));
        Assert.Equal(expected.Diagnostics.Where(d => d.Rule.Name.EndsWith("-ignore")).Select(Fixes), actual.Diagnostics.Where(d => d.Rule.Name.EndsWith("-ignore")).Select(Fixes));
    }

    private static string Placed(IgnoreComment comment) =>
        $"{comment.Span} {comment.EndsLine} {comment.Silenced} {string.Join(", ", comment.Rules.Select(rule => $"{rule.Written} {rule.Span} {rule.Rule?.Code}"))}";

    private static string Fixes(Diagnostic diagnostic) => string.Join("; ", diagnostic.Fixes.SelectMany(fix => fix.Edits).Select(edit => $"{edit.Span} {edit.NewText}"));

    private static string Related(Diagnostic diagnostic) => string.Join("; ", diagnostic.Related.Select(r => $"{r.Span} {r.Message}"));

    private static IEnumerable<int> LineStarts(LineIndex lines) => Enumerable.Range(0, lines.LineCount).Select(lines.LineStart);

    [Fact]
    public void A_chain_of_random_edits_analysed_incrementally_matches_analysing_from_scratch() =>
        EditChainsMatchAnalysingFromScratch(Document, Edit.Array[1, 6], iterations: 3000);

    [Fact]
    public void Random_edits_of_a_document_of_many_blocks_match_analysing_from_scratch() =>
        EditChainsMatchAnalysingFromScratch(LongDocument, Edit.Array[1, 8], iterations: 150);

    /// <summary>
    /// Text that full-width spaces, `$$` and `*/` are read in by what is around them: at a statement's start, after a line
    /// comment's break, after a word or a number, before a blank (and no-break spaces, which are letters wherever they stand).
    /// </summary>
    private static readonly Gen<string> LexicalContextPart = Gen.OneOf(
        "\u3000", "\u3000\u3000", "\u00a0", " ", "\n", "\r\n", "-- c\n", "SHOW BACKUP", "x", "(", ")", ";", "BACKUP SNAPSHOT s TO r", "$$", "$$a", "*/", "/*",
        "'", "SHOW BACKUP FROM db;\n", "1.5", ".");

    private static readonly Gen<(double, int, string)> LexicalContextEdit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 3], Gen.Frequency((1, Gen.Const("")), (4, LexicalContextPart)));

    [Fact]
    public void Edits_of_text_read_by_what_is_around_it_match_analysing_from_scratch()
    {
        EditChainsMatchAnalysingFromScratch(LexicalContextPart.Array[1, 40].Select(string.Concat), LexicalContextEdit.Array[1, 6], iterations: 3000);
        // Long enough that the split's window ends before the text does.
        EditChainsMatchAnalysingFromScratch(
            Gen.Frequency((1, LexicalContextPart), (1, Gen.Const(string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 300))))).Array[1, 12].Select(string.Concat),
            LexicalContextEdit.Array[1, 6], iterations: 300);
    }

    [Fact]
    public void Edits_among_statements_that_change_the_session_match_analysing_from_scratch() =>
        EditChainsMatchAnalysingFromScratch(SessionDocument, SessionEdit.Array[1, 6], iterations: 150, WithSessionCatalog);

    /// <summary>Edits that make, break and change the statements that change the session.</summary>
    private static readonly Gen<(double, int, string)> SessionEdit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 6], Gen.OneOf("", ";", "USE db2;", "USE ", "\nUSE db2\n", "CREATE TABLE t1 (id INT);", "2", "x", "db2.", "--", " AS t6", "RESTORE SNAPSHOT "));

    /// <summary>
    /// Databases a script makes, what it puts in them and BACKUPs of them, without a catalog: which database a BACKUP that
    /// names none takes is the session's, which a USE far before it decides, in another catalog too.
    /// </summary>
    private static readonly Gen<string> CreatedDatabaseDocument =
        Gen.OneOf(
                "CREATE DATABASE db3;", "CREATE DATABASE IF NOT EXISTS db4;", "CREATE DATABASE db4;", "USE db3;", "USE db4;", "CREATE TABLE t1 (id INT);",
                "CREATE TABLE db3.t2 (id INT);", "CREATE VIEW db4.v1 AS SELECT 1;", "DROP TABLE db3.t2;", "DROP DATABASE db3;", "ALTER DATABASE db3 RENAME db4;",
                "RESTORE SNAPSHOT s1 FROM r1 DATABASE db3 PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "BACKUP SNAPSHOT s1 TO r1;", "BACKUP SNAPSHOT s2 TO r1 ON (ALL TABLES);", "BACKUP DATABASE db3 SNAPSHOT s3 TO r1;",
                "BACKUP SNAPSHOT db4.s4 TO r1 ON (ALL VIEWS);", "SET CATALOG hive1;", "SET CATALOG default_catalog;", "SELECT 1;",
                "DROP CATALOG hive1;", "CREATE EXTERNAL CATALOG hive1 PROPERTIES (\"type\" = \"hive\");", "USE hive1.db3;",
                "BACKUP EXTERNAL CATALOG (hive1) SNAPSHOT s5 TO r1;",
                "RESTORE SNAPSHOT s5 FROM r1 EXTERNAL CATALOG (hive1) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");")
            .Array[2 * StatementBlock.TargetSize, 4 * StatementBlock.TargetSize]
            .Select(parts => string.Join("\n", parts));

    private static readonly Gen<(double, int, string)> CreatedDatabaseEdit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 6], Gen.OneOf("", ";", "USE db3;", "USE ", "\nUSE db4\n", "CREATE TABLE t1 (id INT);", "3", "4", "db3.", "--", "CREATE DATABASE db4;", "SET CATALOG hive1;",
            "DROP CATALOG hive1;"));

    [Fact]
    public void Edits_among_statements_that_make_databases_without_a_catalog_match_analysing_from_scratch() =>
        EditChainsMatchAnalysingFromScratch(CreatedDatabaseDocument, CreatedDatabaseEdit.Array[1, 6], iterations: 150);

    /// <summary>
    /// Tables a script makes of kinds StarRocks does not back up, what takes them away or leaves them unknown, and BACKUPs of
    /// them, without a catalog: what a BACKUP is told hangs on CREATEs and USEs far before it.
    /// </summary>
    private static readonly Gen<string> TableKindDocument =
        Gen.OneOf(
                "USE db3;", "USE db4;", "CREATE EXTERNAL TABLE t1 (k INT) ENGINE=mysql;", "CREATE TABLE db3.t2 (k INT) ENGINE=elasticsearch;",
                "CREATE TABLE t3 (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN (\"1\"));", "CREATE TABLE IF NOT EXISTS t4 (k INT) ENGINE=mysql;",
                "CREATE MATERIALIZED VIEW mv1 AS SELECT k FROM t3;", "CREATE TABLE t1 (k INT);", "DROP TABLE t1;", "DROP TABLE db3.t2;",
                "DROP MATERIALIZED VIEW mv1;", "ALTER TABLE t1 RENAME t5;", "ALTER TABLE t3 RENAME t5;", "ALTER TABLE t3 SWAP WITH t6;",
                "ALTER TABLE t6 SWAP WITH t1;", "CREATE TABLE t7 LIKE t1;", "CREATE TABLE db3.t7 LIKE t3;", "CREATE TABLE IF NOT EXISTS t5 (k INT);",
                "CREATE MATERIALIZED VIEW mv1 AS SELECT k FROM t1;", "DROP DATABASE db3;", "ALTER DATABASE db3 RENAME db4;", "CREATE DATABASE db4;",
                "RESTORE SNAPSHOT s1 FROM r1 DATABASE db3 PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");",
                "BACKUP SNAPSHOT s1 TO r1;", "BACKUP SNAPSHOT s2 TO r1 ON (t1, t3, mv1, t5);", "BACKUP SNAPSHOT db3.s3 TO r1 ON (t2, t4, t7);", "BACKUP SNAPSHOT db4.s4 TO r1 ON (t2, t7);",
                "SET CATALOG hive1;", "SET CATALOG default_catalog;", "SELECT 1;")
            .Array[2 * StatementBlock.TargetSize, 4 * StatementBlock.TargetSize]
            .Select(parts => string.Join("\n", parts));

    private static readonly Gen<(double, int, string)> TableKindEdit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 6], Gen.OneOf("", ";", "USE db3;", "USE ", "\nUSE db4\n", " ENGINE=mysql", " ENGINE=hive", "3", "4", "db3.", "--", "IF NOT EXISTS "));

    private static readonly AnalysisContext Version3_0 = AnalysisContext.Default with { Options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 0) } };

    [Fact]
    public void Edits_among_tables_of_kinds_not_backed_up_without_a_catalog_match_analysing_from_scratch() =>
        EditChainsMatchAnalysingFromScratch(TableKindDocument, TableKindEdit.Array[1, 6], iterations: 150, Version3_0);

    [Fact]
    public void Without_a_catalog_an_edit_of_a_table_s_engine_checks_a_backup_of_it_again()
    {
        const string original = "USE d;\nCREATE EXTERNAL TABLE t (k INT) ENGINE=mysql;\nBACKUP SNAPSHOT s TO r ON (t);";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf("mysql", StringComparison.Ordinal), 5), "elasticsearch");

        var after = analyzer.Analyze(text, AnalysisContext.Default, before);

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), after);
        Assert.Contains("ENGINE = ELASTICSEARCH", Assert.Single(after.Diagnostics, d => d.Code == "SRB611").Message);
    }

    [Theory]
    [InlineData("hive1", "hive2")]  // the DROP no longer drops the catalog the statements after it name
    [InlineData("hive2", "hive1")]  // the DROP now drops it
    public void Without_a_catalog_an_edit_of_the_catalog_a_drop_drops_checks_the_statements_naming_it_again(string dropped, string edited)
    {
        var original = $"DROP CATALOG {dropped};\nSET CATALOG hive1;\nBACKUP EXTERNAL CATALOG (hive1) SNAPSHOT s TO r;";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan("DROP CATALOG ".Length, dropped.Length), edited);

        var after = analyzer.Analyze(text, AnalysisContext.Default, before);

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), after);
        Assert.Equal(dropped == "hive1" ? 2 : 0, before.Diagnostics.Count(d => d.Code == "SRB612"));
        Assert.Equal(edited == "hive1" ? 2 : 0, after.Diagnostics.Count(d => d.Code == "SRB612"));
    }

    /// <summary>
    /// The script analysed, then again after its <c>USE <paramref name="used"/></c> was edited to name <paramref name="edited"/>
    /// (two-letter names), the second from the first; asserted to equal a fresh analysis of the edited text.
    /// </summary>
    private static (DocumentAnalysis Before, DocumentAnalysis After) AnalyzedWithUseEdited(string original, string used, string edited)
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf($"USE {used}", StringComparison.Ordinal) + 4, 2), edited);
        var after = analyzer.Analyze(text, AnalysisContext.Default, before);
        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), after);
        return (before, after);
    }

    [Theory]
    [InlineData("d2", "d1")]  // the BACKUP now takes d1, where the script made t external
    [InlineData("d1", "d2")]  // the BACKUP now takes d2, of which nothing is known
    public void Without_a_catalog_a_use_edited_to_another_database_checks_a_backup_of_a_table_the_script_made_again(string used, string edited)
    {
        var original = $"CREATE EXTERNAL TABLE d1.t (k INT) ENGINE=mysql;\nUSE {used};\nBACKUP SNAPSHOT s TO r ON (t);";
        var (before, after) = AnalyzedWithUseEdited(original, used, edited);

        Assert.Equal(used == "d1", before.Diagnostics.Any(d => d.Code == "SRB611"));
        Assert.Equal(edited == "d1", after.Diagnostics.Any(d => d.Code == "SRB611"));
    }

    [Fact]
    public void Edits_match_analysing_from_scratch_when_the_cache_keeps_almost_nothing() =>
        EditChainsMatchAnalysingFromScratch(LongDocument, LexicalContextEdit.Array[1, 6], iterations: 100, cache: () => new StatementCache(capacity: 8, characters: 500));

    private static void EditChainsMatchAnalysingFromScratch(Gen<string> documents, Gen<(double, int, string)[]> edits, int iterations,
        AnalysisContext? context = null, Func<StatementCache>? cache = null) =>
        Gen.Select(documents, edits).Sample((original, chain) =>
        {
            context ??= AnalysisContext.Default;
            var analyzer = new DocumentAnalyzer(cache?.Invoke());
            var text = DocumentText.From(original);
            var analysis = analyzer.Analyze(original, context);
            foreach (var edit in chain)
            {
                text = Apply(text, edit);
                var incremental = analyzer.Analyze(text, context, analysis);
                AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), context), incremental);
                analysis = incremental;
            }
        }, iter: iterations);

    [Theory]
    [InlineData("/*")]  // the rest of the script becomes one unterminated comment
    [InlineData("'")]   // or one unterminated string
    [InlineData(";")]   // a split that lines up again at once
    public void An_edit_whose_effect_runs_far_past_it_is_split_again_as_far_as_it_reaches(string inserted)
    {
        // Far longer than the window the re-split starts with, so that the window has to grow to reach the end.
        var original = string.Join("\n", Enumerable.Repeat(string.Join("\n", SqlFragments.ValidStatements), 60));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf("BACKUP", StringComparison.Ordinal), 0), inserted);

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Fact]
    public void A_dollar_sign_pair_written_far_after_a_dollar_name_makes_that_name_a_body()
    {
        // `$$snap` is a name while no `$$` follows it; the `$$` typed at the end makes everything from it one $$ body.
        var original = "BACKUP SNAPSHOT db.$$snap TO repo;\n" + string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 500));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.Length, 0), "SELECT '$$';");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Fact]
    public void Dollars_written_before_a_space_glued_after_a_dollar_pair_far_below_read_that_space_again()
    {
        // The U+3000s after the last `$$` go on a name or are whitespace by how every `$$` before them pairs, which the
        // `$$` written at the start changes, though the statement holding them is the same text as before.
        var original = "(1.5$$a\n; $$a.1.5 ;*/ -- c\nBACKUP SNAPSHOT s TO r\n\r\n BACKUP SNAPSHOT s TO r\n$$\u3000\u3000\u3000\u3000\n;/*";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(0, 2), "$$a");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Theory]
    [InlineData("$$$ x")]  // `$$$` is a name; its last two `$` are no `$$` of their own, a blank after them notwithstanding
    [InlineData("$$$(x)")]
    [InlineData("$$$")]
    public void A_dollar_pair_written_after_a_three_dollar_name_makes_that_name_a_body(string name)
    {
        // The `$$` typed in the next statement closes a body that the `$$$` opens: the two statements become one.
        var original = "SELECT " + name + ";\nSHOW BACKUP;\n" + string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 300));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf("SHOW", StringComparison.Ordinal) + 3, 0), "$$");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Fact]
    public void A_dollar_body_whose_close_is_deleted_runs_to_a_dollar_pair_past_the_split_window()
    {
        // Without its `$$`, the body runs to the one in the string far below: the statements between are in it, however
        // many the window the split starts with holds.
        var original = "SELECT $$a b$$;\n" + string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 500)) + "SELECT '$$';\nSHOW RESTORE;";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf("b$$", StringComparison.Ordinal), 3), "");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Theory]
    [InlineData("SELECT 1;\n", "SHOW BACKUP;", "\u3000")]   // after a line break, the U+3000 is whitespace: the statement starts after it
    [InlineData("-- c\n", "SHOW BACKUP;", "\u3000")]      // after a comment's line break, it starts a name
    [InlineData("SELECT 1;\n", "\u3000SHOW BACKUP;", " ")] // a blank before a U+3000 that started a name makes it whitespace
    [InlineData("-- c\n", "\u3000SHOW BACKUP;", "x")]      // a comment before a U+3000 ends before its line break now
    public void A_full_width_space_written_where_a_statement_starts_is_read_with_what_is_before_it(string before, string statement, string inserted)
    {
        var original = "SHOW RESTORE;\n" + before + statement + "\n" + string.Concat(Enumerable.Repeat("SHOW BACKUP FROM db;\n", 300));
        var analyzer = new DocumentAnalyzer();
        var previous = analyzer.Analyze(original, AnalysisContext.Default);
        var text = previous.Text.Replace(new TextSpan(original.IndexOf(statement, StringComparison.Ordinal), 0), inserted);

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, previous));
    }

    [Fact]
    public void An_edit_after_a_hash_on_its_line_splits_the_hash_statement_again()
    {
        // The `#` stops at the `;` after a quote it finds open on its line; closing that quote later on the line (in the
        // next statement) moves where the `#`, and so its statement, ends.
        const string original = "SELECT 1 # \"a ; x ; SHOW BACKUP\nSHOW BACKUP;";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        var text = before.Text.Replace(new TextSpan(original.IndexOf('x') + 1, 0), "\"");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), analyzer.Analyze(text, AnalysisContext.Default, before));
    }

    [Fact]
    public void A_misspelled_backup_cut_at_a_use_moves_the_session_whether_or_not_it_was_parsed_before()
    {
        // Parsed as a BACKUP (BAKUP SNAPSHOT), the statement is cut at the USE on its second line, whose database the
        // RESTORE after it then works in; a fresh analysis read its effect from the text alone, which found no USE.
        var context = new AnalysisContext(AnalysisOptions.Default, CatalogLoader.Parse("""{ "defaultDatabase": "db1", "databases": { "db1": {}, "db2": {} } }""").Catalog);
        const string original = ";BAKUP SNAPSHOT s TO r\nUSE db2;RESTORE SNAPSHOT s FROM r ON (t) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");";
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, context);
        var text = before.Text.Replace(new TextSpan(0, 0), "x");

        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), context), analyzer.Analyze(text, context, before));
    }

    [Theory]
    [InlineData("2024-01-01-00-00-00", "2024-01-02-00-00-00")]  // StarRocks now refuses the RESTORE (the snapshot has no such timestamp): t5 is not there
    [InlineData("2024-01-02-00-00-00", "2024-01-01-00-00-00")]  // the edit mends it: t5 is restored
    public void An_edit_that_changes_only_whether_a_statement_is_refused_checks_the_statements_after_it_again(string timestamp, string edited)
    {
        // The RESTORE's effect is the same either way; only whether StarRocks runs it changes, blocks before the BACKUP.
        string Text(string written)
        {
            var lines = Enumerable.Range(0, 4 * StatementBlock.TargetSize).Select(i => $"SELECT {i};").ToArray();
            lines[3] = $"RESTORE SNAPSHOT db1.s1 FROM r1 ON (t1 AS t5) PROPERTIES (\"backup_timestamp\" = \"{written}\");";
            lines[3 * StatementBlock.TargetSize] = "BACKUP SNAPSHOT db1.s9 TO r1 ON (t5);";
            return string.Join("\n", lines);
        }
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Text(timestamp), WithSessionCatalog);

        var after = analyzer.Analyze(DocumentText.From(Text(edited)), WithSessionCatalog, before);

        AssertSame(new DocumentAnalyzer().Analyze(Text(edited), WithSessionCatalog), after);
        bool UnknownT5(DocumentAnalysis analysis) => analysis.Diagnostics.Any(d => d.Code == "SRB602" && analysis.Text.ToString(d.Span) == "t5");
        Assert.Equal(timestamp != "2024-01-01-00-00-00", UnknownT5(before));
        Assert.Equal(edited != "2024-01-01-00-00-00", UnknownT5(after));
    }

    [Fact]
    public void An_edit_with_a_new_context_matches_analysing_from_scratch_in_that_context()
    {
        var text = string.Join("\n", Enumerable.Repeat(string.Join("\n", SqlFragments.ValidStatements), 20));
        var strict = new AnalysisContext(AnalysisOptions.Default with { Version = new StarRocksVersion(3, 3) }, null);
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var edited = text.Insert(text.Length / 2, ";\nBACKUP SNAPSHOT x TO ;");

        AssertSame(new DocumentAnalyzer().Analyze(edited, strict), analyzer.Analyze(DocumentText.From(edited), strict, before));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 6)]
    [InlineData(12, 36)]
    [InlineData(40, 24)]
    public void Diagnostics_at_the_same_place_keep_the_order_their_statement_reports_them_in(int statementsBefore, int statementsAfter)
    {
        // A padded property key given again has two diagnostics on its span. Among enough diagnostics in a block, an
        // unstable sort swapped such a pair depending on how statements were grouped, so that an edit's analysis and a
        // fresh one disagreed (found by the property above; these placements swapped them).
        const string twoAtOnePlace = "BACKUP SNAPSHOT s2 TO r PROPERTIES (\" type \" = \"full\", \"type\" = \"full\")";
        const string withErrors = "BACKUP SNAPSHOT s TO r ON (t, t) PROPERTIES (\"timeout\" = \"60\");\n";
        var text = string.Concat(Enumerable.Repeat(withErrors, statementsBefore)) + twoAtOnePlace + ";\n" + string.Concat(Enumerable.Repeat(withErrors, statementsAfter));
        var reported = new DocumentAnalyzer().Analyze(twoAtOnePlace, AnalysisContext.Default).Diagnostics.Select(d => d.Message).ToList();
        Assert.Equal(2, reported.Count);
        var span = new TextSpan(text.IndexOf(twoAtOnePlace, StringComparison.Ordinal), twoAtOnePlace.Length);
        var placed = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default).Diagnostics.Where(d => span.Contains(d.Span.Start)).Select(d => d.Message);
        Assert.Equal(reported, placed);
    }

    private const string Incremental = "PROPERTIES (\"type\" = \"incremental\")";

    /// <summary>
    /// Four blocks of SHOWs, the first block's last statement and the second's first given: <paramref name="edge"/>, which
    /// holds those two statements.
    /// </summary>
    private static string AtBlockEdge(string edge, string before = "") =>
        before + string.Concat(Enumerable.Range(0, StatementBlock.TargetSize - 1).Select(i => $"SHOW BACKUP FROM db{i};\n")) + edge + "\n"
        + string.Join("\n", Enumerable.Range(StatementBlock.TargetSize + 1, 3 * StatementBlock.TargetSize - 1).Select(i => $"SHOW BACKUP FROM db{i};"));

    /// <summary>Replaces <paramref name="deleted"/> characters at <paramref name="at"/> by <paramref name="inserted"/>; the analysis of the edit must be a fresh one's.</summary>
    private static DocumentAnalysis EditedLikeFresh(string original, int at, int deleted, string inserted)
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(original, AnalysisContext.Default);
        Assert.Equal(StatementBlock.TargetSize, before.FirstIndexOf(1));
        var text = before.Text.Replace(new TextSpan(at, deleted), inserted);
        var after = analyzer.Analyze(text, AnalysisContext.Default, before);
        AssertSame(new DocumentAnalyzer().Analyze(text.ToString(), AnalysisContext.Default), after);
        return after;
    }

    [Fact]
    public void An_ignore_comment_written_at_the_start_of_a_block_s_first_statement_silences_it()
    {
        // The comment is read with the text after the first block's last statement, which the edit did not touch.
        const string second = "BACKUP SNAPSHOT db.s2 TO r ON (t);";
        var original = AtBlockEdge("BACKUP SNAPSHOT db.s1 TO r ON (t);\n" + second);
        Assert.Contains(new DocumentAnalyzer().Analyze(original, AnalysisContext.Default).Diagnostics, d => d.Code == "SRB700");

        var after = EditedLikeFresh(original, original.IndexOf(second, StringComparison.Ordinal), 0, "-- backup-lsp-ignore SRB700\n");

        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "SRB700" or "SRB801");
    }

    [Fact]
    public void An_ignore_comment_written_after_the_last_statement_says_that_none_follows()
    {
        var original = AtBlockEdge("SHOW BACKUP;\nSHOW RESTORE;");

        var after = EditedLikeFresh(original, original.Length, 0, "\n-- backup-lsp-ignore SRB700");

        Assert.Equal("This backup-lsp-ignore silences nothing: no statement follows it.", Assert.Single(after.Diagnostics).Message);
    }

    [Fact]
    public void An_ignore_comment_before_the_statements_of_the_first_block_deleted_silences_the_next_block_s_first()
    {
        var second = $"BACKUP SNAPSHOT db.s2 TO r ON (t) {Incremental};";
        var original = AtBlockEdge("SHOW RESTORE;\n" + second, before: "-- backup-lsp-ignore SRB204\n");
        var first = original.IndexOf("SHOW", StringComparison.Ordinal);

        var after = EditedLikeFresh(original, first, original.IndexOf(second, StringComparison.Ordinal) - first, "");

        Assert.Empty(after.Diagnostics);
    }

    [Fact]
    public void An_ignore_comment_whose_next_statement_is_deleted_silences_the_next_block_s_first()
    {
        var original = AtBlockEdge($"-- backup-lsp-ignore SRB204\nSHOW RESTORE;\nBACKUP SNAPSHOT db.s2 TO r ON (t) {Incremental};");

        var after = EditedLikeFresh(original, original.IndexOf("SHOW RESTORE;\n", StringComparison.Ordinal), "SHOW RESTORE;\n".Length, "");

        Assert.Empty(after.Diagnostics);
    }

    [Theory]
    [InlineData("/*", "db.s1")]          // alone on its line now: it silences the next statement only
    [InlineData("PROPERTIES", "db2.s2")] // the line it ends now ends before the second statement's properties
    public void A_line_break_written_around_an_ignore_comment_between_two_blocks_moves_what_it_silences(string before, string stillShown)
    {
        var original = AtBlockEdge($"BACKUP SNAPSHOT db.s1 TO r ON (t) {Incremental}; /* backup-lsp-ignore SRB204 */ BACKUP SNAPSHOT db2.s2 TO r ON (t) {Incremental};");
        Assert.Empty(new DocumentAnalyzer().Analyze(original, AnalysisContext.Default).Diagnostics);

        var after = EditedLikeFresh(original, original.LastIndexOf(before, StringComparison.Ordinal), 0, "\n");

        var shown = Assert.Single(after.Diagnostics);
        Assert.Equal("SRB204", shown.Code);
        Assert.Contains(stillShown, after.StatementAt(shown.Span.Start)!.Parsed.Text);
    }

    [Fact]
    public void An_edit_rebuilds_only_the_block_it_touches()
    {
        var text = string.Join("\n", Enumerable.Repeat("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"timeout\" = \"60\");", 10 * StatementBlock.TargetSize));
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var after = analyzer.Analyze(DocumentText.From(text).Replace(new TextSpan(text.Length / 2, 0), "\n"), AnalysisContext.Default, before);

        var rebuilt = after.Blocks.Where(block => !before.Blocks.Contains(block)).ToList();
        Assert.Single(rebuilt);
        Assert.Equal(before.DiagnosticCount, after.DiagnosticCount);
        Assert.Equal(before.Diagnostics[^1].Span.Start + 1, after.Diagnostics[^1].Span.Start);
    }

    [Fact]
    public void Statements_away_from_the_edit_keep_their_parse()
    {
        var analyzer = new DocumentAnalyzer(new StatementCache(capacity: 1));
        var text = string.Join("\n", SqlFragments.ValidStatements);
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        var middle = text.IndexOf("RESTORE", StringComparison.Ordinal);
        var after = analyzer.Analyze(DocumentText.From(text).Replace(new TextSpan(middle + 7, 0), " "), AnalysisContext.Default, before);

        Assert.Equal(before.Statements.Length, after.Statements.Length);
        var changed = before.Statements.Select((s, i) => ReferenceEquals(s.Parsed, after.Statements[i].Parsed) ? -1 : i).Where(i => i >= 0);
        Assert.Equal([4], changed);
        Assert.Equal(before.Statements[^1].Span.Start + 1, after.Statements[^1].Span.Start);
    }

    [Theory]
    [InlineData("d1", "d2")]  // the BACKUP now takes d2, which has a table
    [InlineData("d2", "d1")]  // the BACKUP now takes d1, which has nothing
    public void After_a_switch_to_another_catalog_a_use_edited_to_another_database_checks_a_backup_that_names_none_again(string used, string edited)
    {
        // Without a catalog, a USE keeps the results of the statements after it unless the script made databases. The BACKUP
        // takes default_catalog's database of the session's name, which the edit changes and default_catalog's does not.
        var original = $"CREATE DATABASE d1;\nCREATE DATABASE d2;\nCREATE TABLE d2.t (k INT);\nSET CATALOG hive1;\nUSE {used};\nBACKUP SNAPSHOT s TO r;";
        var (before, after) = AnalyzedWithUseEdited(original, used, edited);

        Assert.Equal(used == "d1", before.Diagnostics.Any(d => d.Code == "SRB609"));
        Assert.Equal(edited == "d1", after.Diagnostics.Any(d => d.Code == "SRB609"));
    }

    [Fact]
    public void Without_a_catalog_a_use_leaves_the_rule_results_of_the_statements_after_it_as_they_were()
    {
        var text = string.Join("\n", SqlFragments.ValidStatements);
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(text, AnalysisContext.Default);
        // Other SQL (the CREATE TABLE) has no rules.
        var results = before.Statements.Select(s => s.Parsed.Kind == StatementKind.Other ? null : s.Parsed.RuleResults).ToList();

        var after = analyzer.Analyze(DocumentText.From("USE other_db;\n" + text), AnalysisContext.Default, before);

        Assert.Equal(before.Statements.Count(s => s.Parsed.Kind != StatementKind.Other), results.Count(r => r is not null));
        Assert.All(results.Zip(after.Statements.Skip(1)), pair => Assert.Same(pair.First, pair.Second.Parsed.RuleResults));
    }
}
