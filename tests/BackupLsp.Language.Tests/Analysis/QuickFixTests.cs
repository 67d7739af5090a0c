using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>
/// Quick fixes applied to the text they were offered for: the text they make, that the diagnostic is gone after the
/// text is analysed again, and the cases where an edit would be a guess and none is offered.
/// </summary>
public sealed class QuickFixTests
{
    private const string Catalog = """
        {
          "defaultDatabase": "example_db",
          "repositories": {
            "example_repo": {
              "location": "s3a://bucket/backup",
              "snapshots": [
                { "name": "nightly", "timestamp": "2024-01-01-00-00-00" },
                { "name": "weekly", "timestamp": "2024-01-07-00-00-00" },
                { "name": "weekly_2", "timestamp": "2024-01-14-00-00-00" },
                { "name": "monthly_7", "timestamp": "2024-07-01-00-00-00" }
              ]
            },
            "my_repo": { "location": "s3a://bucket/mine" }
          },
          "databases": {
            "example_db": { "tables": { "orders": {}, "items": {}, "items_bak": {} } },
            "sales_db": {}
          }
        }
        """;

    private static readonly StarRocksCatalog TestCatalog =
        CatalogLoader.Parse(Catalog).Catalog ?? throw new InvalidOperationException("The test catalog does not load.");

    private static DocumentAnalysis Analyze(string text, StarRocksCatalog? catalog) =>
        new DocumentAnalyzer().Analyze(text, new AnalysisContext(AnalysisOptions.Default, catalog));

    private static Diagnostic Flagged(string text, string code, StarRocksCatalog? catalog = null) =>
        Assert.Single(Analyze(text, catalog).Diagnostics, d => d.Code == code);

    /// <summary>The text after the one fix of the one <paramref name="code"/> diagnostic, checked to clear that diagnostic.</summary>
    private static string Fixed(string text, string code, StarRocksCatalog? catalog = null, string? title = null)
    {
        var diagnostic = Flagged(text, code, catalog);
        var fix = title is null ? Assert.Single(diagnostic.Fixes) : Assert.Single(diagnostic.Fixes, f => f.Title == title);
        var result = text;
        foreach (var edit in fix.Edits.OrderByDescending(e => e.Span.Start))
            result = result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        Assert.DoesNotContain(Analyze(result, catalog).Diagnostics, d => d.Code == code);
        return result;
    }

    private static void AssertNoFix(string text, string code, StarRocksCatalog? catalog = null) =>
        Assert.Empty(Flagged(text, code, catalog).Fixes);

    // SRB001 invalid-character: a full-width space StarRocks reads as a letter

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.snap\u3000TO repo;", "BACKUP SNAPSHOT db.snap TO repo;")]
    [InlineData("BACKUP SNAPSHOT db.snap\u3000\u3000TO repo;", "BACKUP SNAPSHOT db.snap  TO repo;")]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (\u3000t1);", "BACKUP SNAPSHOT db.s TO repo ON ( t1);")]
    [InlineData("USE\u3000db;", "USE db;")]
    [InlineData("USE db\u3000;", "USE db ;")]
    [InlineData("SET\u3000CATALOG hive;", "SET CATALOG hive;")]
    public void A_full_width_space_read_as_a_letter_becomes_an_ASCII_space(string text, string expected)
    {
        Assert.True(Assert.Single(Flagged(text, "SRB001").Fixes).Certain);
        Assert.Equal(expected, Fixed(text, "SRB001"));
    }

    /// <summary>The other spaces beyond ASCII are letters to StarRocks wherever they stand: a statement's head so written too.</summary>
    [Theory]
    [InlineData("BACKUP\u00a0SNAPSHOT db.snap TO repo;", "BACKUP SNAPSHOT db.snap TO repo;")]
    [InlineData("SHOW\u2003\u202fBACKUP;", "SHOW  BACKUP;")]
    [InlineData("USE\u00a0db;", "USE db;")]
    public void Another_space_read_as_a_letter_becomes_an_ASCII_space(string text, string expected)
    {
        Assert.True(Assert.Single(Flagged(text, "SRB001").Fixes).Certain);
        Assert.Equal(expected, Fixed(text, "SRB001"));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (\u3000 t1);")]
    [InlineData("SHOW BACKUP \u3000FROM db;")]
    [InlineData("SELECT 1;\n\u3000SHOW BACKUP;")]
    public void A_full_width_space_read_as_whitespace_is_left_alone(string text) =>
        Assert.Empty(Analyze(text, null).Diagnostics);

    // Typographic quotes and full-width punctuation, which StarRocks reads as letters

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = “full”);", "SRB106", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"full\");")]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = ＇full＇);", "SRB106", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = 'full');")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION „path“ PROPERTIES (\"k\" = \"v\");", "SRB106",
        "CREATE REPOSITORY r WITH BROKER ON LOCATION \"path\" PROPERTIES (\"k\" = \"v\");")]
    [InlineData("RESTORE SNAPSHOT db.s FROM r PROPERTIES (\"backup_timestamp\" = ‘2023-05-04-16-45-08’);", "SRB010",
        "RESTORE SNAPSHOT db.s FROM r PROPERTIES (\"backup_timestamp\" = '2023-05-04-16-45-08');")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION “s3a://bucket/path” PROPERTIES (\"k\" = \"v\");", "SRB010",
        "CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://bucket/path\" PROPERTIES (\"k\" = \"v\");")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT = “s1”;", "SRB404", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = \"s1\";")]
    [InlineData("SHOW BACKUP FROM db WHERE SnapshotName = “my snap”;", "SRB010", "SHOW BACKUP FROM db WHERE SnapshotName = \"my snap\";")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t)；", "SRB001", "BACKUP SNAPSHOT db.s TO r ON (t);")]
    [InlineData("SHOW BACKUP FROM db；\n", "SRB001", "SHOW BACKUP FROM db;\n")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t)；\nSHOW BACKUP FROM db;", "SRB012", "BACKUP SNAPSHOT db.s TO r ON (t);\nSHOW BACKUP FROM db;")]
    [InlineData("SHOW BACKUP FROM db； SHOW RESTORE FROM db;", "SRB010", "SHOW BACKUP FROM db; SHOW RESTORE FROM db;")]
    [InlineData("SHOW REPOSITORIES；\nSHOW BACKUP FROM db;", "SRB012", "SHOW REPOSITORIES;\nSHOW BACKUP FROM db;")]
    [InlineData("SHOW RESTORE；\nSELECT 1;", "SRB012", "SHOW RESTORE;\nSELECT 1;")]
    [InlineData("SHOW REPOSITORIES； SHOW BACKUP FROM db;", "SRB010", "SHOW REPOSITORIES; SHOW BACKUP FROM db;")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1，t2);", "SRB001", "BACKUP SNAPSHOT db.s TO r ON (t1,t2);")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p1，p2，p3));", "SRB001", "BACKUP SNAPSHOT db.s TO r ON (t PARTITION (p1,p2,p3));")]
    [InlineData("USE db；", "SRB001", "USE db;")]
    [InlineData("USE db；\nSELECT 1;", "SRB012", "USE db;\nSELECT 1;")]
    [InlineData("USE db； SELECT 1;", "SRB010", "USE db; SELECT 1;")]
    [InlineData("SET CATALOG hive；\nSHOW BACKUP FROM db;", "SRB012", "SET CATALOG hive;\nSHOW BACKUP FROM db;")]
    [InlineData("USE 'CATALOG hive' ；", "SRB001", "USE 'CATALOG hive' ;")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON （t）;", "SRB010", "BACKUP SNAPSHOT db.s TO r ON (t);")]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"full\"，\"timeout\" = \"3600\");", "SRB010",
        "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"full\",\"timeout\" = \"3600\");")]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\"＝\"full\");", "SRB010", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\"=\"full\");")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://b/p\" PROPERTIES (\"k\" ＝ \"v\");", "SRB010",
        "CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://b/p\" PROPERTIES (\"k\" = \"v\");")]
    public void Typographic_quotes_and_full_width_punctuation_become_the_ASCII_marks_meant(string text, string code, string expected)
    {
        Assert.True(Assert.Single(Flagged(text, code).Fixes).Certain);
        Assert.Equal(expected, Fixed(text, code));
        Assert.Empty(Analyze(expected, null).Diagnostics);
    }

    /// <summary>
    /// A SHOW SNAPSHOT filter is checked with a full-width space read as the space meant: the fix of its full-width marks or
    /// typographic quotes writes that space too, so that the filter it leaves is one StarRocks takes, with nothing left to report.
    /// </summary>
    [Theory]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT ＝\u3000's1';", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = 's1';")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT\u3000＝ 's1';", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = 's1';")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT IN ('a'，\u3000\u3000'b');", "SHOW SNAPSHOT ON r WHERE SNAPSHOT IN ('a',  'b');")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT = “s1”\u3000;", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = \"s1\" ;")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT ＝ “s1”;", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = \"s1\";")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT IN (‘a’，\u3000'b');", "SHOW SNAPSHOT ON r WHERE SNAPSHOT IN ('a', 'b');")]
    public void A_filters_marks_beside_a_full_width_space_are_mended_with_it(string text, string expected)
    {
        Assert.True(Assert.Single(Flagged(text, "SRB404").Fixes).Certain);
        Assert.Equal(expected, Fixed(text, "SRB404"));
        Assert.Empty(Analyze(expected, null).Diagnostics);
    }

    /// <summary>
    /// A full-width mark with a full-width space beside it that StarRocks would still read as a letter once the mark is
    /// ASCII (<c>t1,　t2</c> names <c>　t2</c>): the mark's fix writes that space too, leaving the statement meant.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1，\u3000t2);", "SRB010", "BACKUP SNAPSHOT db.s TO r ON (t1, t2);")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1\u3000，t2);", "SRB010", "BACKUP SNAPSHOT db.s TO r ON (t1 ,t2);")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1，\u3000p2));", "SRB010", "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1, p2));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\"＝\u3000\"full\");", "SRB010", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\"= \"full\");")]
    [InlineData("SHOW BACKUP FROM db\u3000；\nSHOW RESTORE;", "SRB012", "SHOW BACKUP FROM db ;\nSHOW RESTORE;")]
    public void A_full_width_marks_fix_writes_the_full_width_spaces_beside_it(string text, string code, string expected)
    {
        var fix = Assert.Single(Flagged(text, code).Fixes);
        Assert.True(fix.Certain);
        Assert.EndsWith("and an ASCII space", fix.Title);
        Assert.Equal(expected, Fixed(text, code));
        Assert.Empty(Analyze(expected, null).Diagnostics);
    }

    /// <summary>
    /// A full-width <c>（</c> whose group a full-width <c>）</c> closes is one slip: one diagnostic names the name StarRocks
    /// reads them in (a full-width space between is told with it, not on its own), and its fix, applied once, makes both
    /// ASCII (the commas between and a full-width space StarRocks would still read as a letter too), leaving the statement
    /// meant with nothing to report.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON （t1\u3000） PROPERTIES (\"type\"=\"full\");", "SRB010", "`（t1\u3000）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 ) PROPERTIES (\"type\"=\"full\");")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （p1，p2）);", "SRB001", "`（p1，p2）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1,p2));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES （\"type\"=\"full\"）;", "SRB010", "one-character names",
        "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\"=\"full\");")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （p1）);", "SRB010", "`（p1）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （p1, p2）);", "SRB010", "`（p1` and `p2）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1, p2));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITIONS （p1\u3000）);", "SRB010", "`（p1\u3000）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITIONS (p1 ));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （p1 , p2 ）);", "SRB010", "`（p1` and `）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1 , p2 ));")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （ p1\u3000, p2 ）);", "SRB010", "`（` and `）`",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION ( p1 , p2 ));")]
    public void A_full_width_parenthesis_is_mended_with_the_one_that_closes_its_group(string text, string code, string named, string expected)
    {
        var diagnostic = Assert.Single(Analyze(text, null).Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(named, diagnostic.Message);
        Assert.True(Assert.Single(diagnostic.Fixes).Certain);
        Assert.Equal(expected, Fixed(text, code));
        Assert.Empty(Analyze(expected, null).Diagnostics);
    }

    /// <summary>
    /// Typographic quotes with a full-width space just outside them, which StarRocks would still read as a letter once the
    /// quotes are straight (<c>"full"　)</c> has a name <c>　</c>): their fix writes that space too, as a SHOW condition's does.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" =\u3000“full”\u3000);", "SRB106",
        "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"full\" );")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t PARTITION (dt =\u3000“2024-01-01”));", "SRB010",
        "BACKUP SNAPSHOT db.s TO r ON (t PARTITION (dt = \"2024-01-01\"));")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION\u3000“s3a://b/p”\u3000PROPERTIES (\"k\" = \"v\");", "SRB010",
        "CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://b/p\" PROPERTIES (\"k\" = \"v\");")]
    [InlineData("RESTORE SNAPSHOT db.s FROM r PROPERTIES (\"backup_timestamp\" = ‘2024-01-01-00-00-00’\u3000);", "SRB010",
        "RESTORE SNAPSHOT db.s FROM r PROPERTIES (\"backup_timestamp\" = '2024-01-01-00-00-00' );")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (t PARTITION (“p1”\u3000, p2));", "SRB010", "BACKUP SNAPSHOT db.s TO r ON (t PARTITION (\"p1\" , p2));")]
    public void Typographic_quotes_fix_writes_the_full_width_spaces_beside_them(string text, string code, string expected)
    {
        var fix = Assert.Single(Flagged(text, code).Fixes);
        Assert.True(fix.Certain);
        Assert.Contains("ASCII space", fix.Title);
        Assert.Equal(expected, Fixed(text, code));
        Assert.DoesNotContain(Analyze(expected, null).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = “full);", "SRB106", "BACKUP SNAPSHOT db.s TO r PROPERTIES (\"type\" = \"full\");")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT = “s1’;", "SRB404", "SHOW SNAPSHOT ON r WHERE SNAPSHOT = \"s1\";")]
    public void An_unmatched_typographic_quote_is_offered_straight_but_not_as_the_one_right_edit(string text, string code, string expected)
    {
        Assert.False(Assert.Single(Flagged(text, code).Fixes).Certain);
        Assert.Equal(expected, Fixed(text, code));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (`“t”`) PROPERTIES (\"type\" = \"full\") /* “a” */;")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (订单（新）, `t；`) PROPERTIES (\"type\" = \"full\") /* “a”； */;")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT = '“s1”';")]
    [InlineData("SELECT “a”, b FROM t;")]
    [InlineData("SELECT “a”， b FROM t；")]
    [InlineData("USE `db；`;")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (`订单，新`) PROPERTIES (\"type\" = \"full\") /* a，b */; -- c，d")]
    [InlineData("SHOW BACKUP FROM 订单，新 WHERE SnapshotName = \"a，b\";")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ON (`t＝1`, t2) PROPERTIES (\"type\" = \"full\") /* \"a\"＝\"b\" */;")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://b/p＝q\" PROPERTIES (\"k＝\" = \"v＝\");")]
    public void Typographic_marks_where_StarRocks_takes_the_statement_are_left_alone(string text) =>
        Assert.Empty(Analyze(text, null).Diagnostics);

    [Fact]
    public void A_full_width_semicolon_in_a_switched_catalog_string_is_a_letter_of_a_name_StarRocks_refuses()
    {
        var refused = Assert.Single(Analyze("SET CATALOG 'hive；';", null).Diagnostics);
        Assert.Equal("SRB010", refused.Code);
        Assert.Contains("Incorrect catalog name 'hive；'", refused.Message);
    }

    // SRB002 unterminated-string

    [Theory]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://bucket/backup", "CREATE REPOSITORY r WITH BROKER ON LOCATION \"s3a://bucket/backup\"")]
    [InlineData("SELECT 'never closed  \n\n", "SELECT 'never closed'  \n\n")]
    public void An_unterminated_string_on_the_last_line_is_closed_at_the_line_end(string text, string expected) =>
        Assert.Equal(expected, Fixed(text, "SRB002"));

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (\"type\" = \"full);")] // meant before `)`, not after `;`
    [InlineData("BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (\"type\" = \"full\nBACKUP SNAPSHOT db.s3 TO repo;")] // swallows a line
    [InlineData("BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (\"timeout\" = \"36\\")] // a quote after `\` is escaped
    [InlineData("BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (\"type = full")] // the key took the value in
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"  ")] // still being typed
    public void An_unterminated_string_whose_end_is_a_guess_has_no_fix(string text) =>
        AssertNoFix(text, "SRB002");

    // SRB003 unterminated-backtick

    [Fact]
    public void An_unterminated_name_on_the_last_line_is_closed_at_the_line_end() =>
        Assert.Equal("DROP REPOSITORY `my-repo`\r\n", Fixed("DROP REPOSITORY `my-repo\r\n", "SRB003"));

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.`s2 TO repo")] // the name may end at any of the spaces
    [InlineData("BACKUP SNAPSHOT `db.s2 TO repo")]
    [InlineData("DROP REPOSITORY `db.repo")] // `db`.repo or one name with a dot
    [InlineData("DROP REPOSITORY `repo\nSHOW BACKUP FROM db;")]
    public void An_unterminated_name_whose_end_is_a_guess_has_no_fix(string text) =>
        AssertNoFix(text, "SRB003");

    // SRB004 unterminated-comment

    [Fact]
    public void An_unterminated_comment_on_the_last_line_is_closed_at_the_line_end() =>
        Assert.Equal("BACKUP SNAPSHOT db.s1 TO repo; /* nightly, (all tables) */\n",
            Fixed("BACKUP SNAPSHOT db.s1 TO repo; /* nightly, (all tables)\n", "SRB004"));

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s2 /* TO repo;")] // the `;` may have been meant to end the statement
    [InlineData("/* nightly\n   BACKUP SNAPSHOT db.s2 TO repo;")] // it may have been meant to close on a later line
    public void An_unterminated_comment_whose_end_is_a_guess_has_no_fix(string text) =>
        AssertNoFix(text, "SRB004");

    // SRB010 syntax-error: a `*/` that closes no comment

    [Fact]
    public void A_stray_comment_close_may_be_removed_but_not_as_the_one_right_edit()
    {
        // The text between the `*/` that ended the comment and the stray one (here `c`) was meant to be commented out
        // too: removing the stray one runs it.
        const string text = "/* a /* b */ c */ SHOW BACKUP FROM db;";
        var fix = Assert.Single(Flagged(text, "SRB010").Fixes);

        Assert.False(fix.Certain);
        Assert.Equal("/* a /* b */ c  SHOW BACKUP FROM db;", Fixed(text, "SRB010"));
    }

    // SRB102 database-named-twice

    private const string Timestamp = " PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");";

    /// <summary>The database a BACKUP or RESTORE works in, as the text says once the fix is applied.</summary>
    private static string? JobDatabase(string text, AnalysisOptions options) =>
        Assert.IsType<SnapshotJobStatement>(new DocumentAnalyzer().Analyze(text, new AnalysisContext(options, null)).Statements[0].Parsed.Syntax)
            .JobDatabase?.Value;

    [Fact]
    public void A_restores_prefix_becomes_the_database_it_restores_into()
    {
        // The prefix names the database to restore into, DATABASE the snapshot's own: the fix keeps both meanings.
        const string text = "RESTORE SNAPSHOT sales_bak.snap1 FROM repo DATABASE sales ON (TABLE orders)" + Timestamp;

        var result = Fixed(text, "SRB102");

        Assert.Equal("RESTORE SNAPSHOT snap1 FROM repo DATABASE sales AS sales_bak ON (TABLE orders)" + Timestamp, result);
        Assert.Equal("sales_bak", JobDatabase(result, AnalysisOptions.Default));
    }

    [Fact]
    public void A_restores_prefix_keeps_its_quotes_as_the_alias() =>
        Assert.Equal("RESTORE SNAPSHOT snap1 FROM repo DATABASE sales AS `sales-bak`" + Timestamp,
            Fixed("RESTORE SNAPSHOT `sales-bak`.snap1 FROM repo DATABASE sales" + Timestamp, "SRB102"));

    [Theory]
    [InlineData("RESTORE SNAPSHOT db.s FROM repo DATABASE db" + Timestamp, "RESTORE SNAPSHOT s FROM repo DATABASE db" + Timestamp)]
    [InlineData("RESTORE SNAPSHOT db2.s FROM repo DATABASE db AS db2" + Timestamp, "RESTORE SNAPSHOT s FROM repo DATABASE db AS db2" + Timestamp)]
    [InlineData("BACKUP DATABASE db SNAPSHOT db.s TO repo;", "BACKUP DATABASE db SNAPSHOT s TO repo;")]
    public void A_prefix_the_database_clause_says_already_is_removed(string text, string expected) =>
        Assert.Equal(expected, Fixed(text, "SRB102"));

    [Theory]
    [InlineData("RESTORE SNAPSHOT db2.s FROM repo DATABASE db AS db3" + Timestamp)] // two databases to restore into
    [InlineData("BACKUP DATABASE db SNAPSHOT other.s TO repo;")] // two databases to back up
    [InlineData("BACKUP DATABASE db SNAPSHOT DB.s TO repo;")] // database names are case-sensitive
    public void Two_databases_for_one_job_have_no_fix(string text) =>
        AssertNoFix(text, "SRB102");

    [Fact]
    public void Before_3_4_a_restore_keeps_its_prefix_and_drops_the_database_clause_it_cannot_take()
    {
        var options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 3) };
        const string text = "RESTORE SNAPSHOT sales_bak.snap1 FROM repo DATABASE sales AS sales_bak" + Timestamp;
        var diagnostic = Assert.Single(new DocumentAnalyzer().Analyze(text, new AnalysisContext(options, null)).Diagnostics, d => d.Code == "SRB102");
        var edit = Assert.Single(Assert.Single(diagnostic.Fixes).Edits);

        var result = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);

        Assert.Equal("RESTORE SNAPSHOT sales_bak.snap1 FROM repo" + Timestamp, result);
        Assert.Equal("sales_bak", JobDatabase(result, options));
    }

    // SRB104 restore-on-without-database

    private const string RestoreOn = "RESTORE SNAPSHOT nightly FROM example_repo ON (orders) PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");";

    [Fact]
    public void A_restore_with_on_gets_the_default_database_as_its_prefix() =>
        Assert.Equal(RestoreOn.Replace("nightly", "example_db.nightly"), Fixed(RestoreOn, "SRB104", TestCatalog));

    [Fact]
    public void A_restore_with_on_gets_the_database_of_the_last_use_as_its_prefix() =>
        Assert.Equal("USE sales_db;\n" + RestoreOn.Replace("nightly", "sales_db.nightly"), Fixed("USE sales_db;\n" + RestoreOn, "SRB104", TestCatalog));

    [Fact]
    public void A_restore_with_on_gets_no_database_that_is_not_known()
    {
        AssertNoFix(RestoreOn, "SRB104");
        AssertNoFix(RestoreOn, "SRB104", TestCatalog with { DefaultDatabase = null });
        AssertNoFix("USE sales_db;\n" + RestoreOn, "SRB104"); // the session's database, but no catalog to confirm it exists
        AssertNoFix(RestoreOn, "SRB104", TestCatalog with { DefaultDatabase = "archive_db" }); // a database the catalog does not list
    }

    // SRB111 empty-name

    [Theory]
    [InlineData("\"\"")]
    [InlineData("''")]
    [InlineData("``")]
    public void An_empty_broker_name_is_removed_leaving_with_broker(string broker) =>
        Assert.Equal("CREATE REPOSITORY r WITH BROKER ON LOCATION 's3a://b/p';",
            Fixed($"CREATE REPOSITORY r WITH BROKER {broker} ON LOCATION 's3a://b/p';", "SRB111"));

    [Theory]
    [InlineData("create repository r on location 's3a://b/p';", "SRB402", "create repository r with broker on location 's3a://b/p';")]
    [InlineData("CREATE REPOSITORY r ON LOCATION 's3a://b/p';", "SRB402", "CREATE REPOSITORY r WITH BROKER ON LOCATION 's3a://b/p';")]
    [InlineData("drop snapshot on repo where snapshot = 'x';", "SRB010", "drop snapshot x on repo;")]
    [InlineData("create repository r with s3 on location 's3a://b/p';", "SRB010", "create repository r with broker on location 's3a://b/p';")]
    public void Keywords_a_fix_writes_follow_the_case_of_the_statement(string text, string code, string expected) =>
        Assert.Equal(expected, Fixed(text, code));

    // SRB113 invalid-database-name

    [Theory]
    [InlineData("BACKUP SNAPSHOT `example db`.s TO example_repo;", "BACKUP SNAPSHOT example_db.s TO example_repo;")]
    [InlineData("CANCEL BACKUP FROM `sales db`;", "CANCEL BACKUP FROM sales_db;")]
    public void A_database_name_starrocks_refuses_gets_the_nearest_database_the_catalog_lists(string text, string expected) =>
        Assert.Equal(expected, Fixed(text, "SRB113", TestCatalog));

    [Fact]
    public void A_database_name_starrocks_refuses_has_no_fix_without_a_catalog() =>
        AssertNoFix("BACKUP SNAPSHOT `example db`.s TO example_repo;", "SRB113");

    [Fact]
    public void A_database_name_starrocks_refuses_that_the_catalog_lists_as_written_is_not_suggested_as_itself()
    {
        var catalog = CatalogLoader.Parse("""{"databases": {"d\u00e9j\u00e0": {}, "example_db": {}}}""").Catalog;
        var diagnostic = Flagged("BACKUP SNAPSHOT `déjà`.s TO example_repo;", "SRB113", catalog);
        Assert.DoesNotContain("Did you mean", diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
    }

    // SRB407 unknown-show-column, SRB408 unknown-show-condition-column

    [Theory]
    [InlineData("SHOW BACKUP FROM db WHERE Stat = 'FINISHED';", "SHOW BACKUP FROM db WHERE State = 'FINISHED';", "SRB408")]
    [InlineData("SHOW RESTORE WHERE 'snap1' = t.Lable;", "SHOW RESTORE WHERE 'snap1' = t.Label;", "SRB408")]
    [InlineData("SHOW RESTORE WHERE `DbNam` IN ('db1');", "SHOW RESTORE WHERE DbName IN ('db1');", "SRB408")]
    [InlineData("SHOW REPOSITORIES ORDER BY Locaton DESC;", "SHOW REPOSITORIES ORDER BY Location DESC;", "SRB407")]
    [InlineData("SHOW BACKUP ORDER BY JobId, CreatTime NULLS LAST LIMIT 1;", "SHOW BACKUP ORDER BY JobId, CreateTime NULLS LAST LIMIT 1;", "SRB407")]
    public void A_column_the_show_lacks_becomes_the_nearest_column_it_lists(string text, string expected, string code)
    {
        Assert.Equal(expected, Fixed(text, code));
        Assert.Empty(Analyze(expected, null).Diagnostics);
    }

    [Fact]
    public void A_column_far_from_every_column_the_show_lists_has_no_fix()
    {
        AssertNoFix("SHOW BACKUP FROM db WHERE Foo = 'x';", "SRB408");
        AssertNoFix("SHOW BACKUP FROM db ORDER BY Foo;", "SRB407");
    }

    [Fact]
    public void A_shows_condition_in_typographic_quotes_gets_straight_ones_rather_than_a_column()
    {
        var diagnostic = Flagged("SHOW BACKUP FROM db WHERE State = “FINISHED”;", "SRB408");
        Assert.StartsWith("Typographic quotes are not SQL quotes", diagnostic.Message);
        Assert.True(Assert.Single(diagnostic.Fixes).Certain);
        Assert.Equal("SHOW BACKUP FROM db WHERE State = \"FINISHED\";", Fixed("SHOW BACKUP FROM db WHERE State = “FINISHED”;", "SRB408"));
    }

    [Fact]
    public void A_drop_snapshot_where_with_comments_inside_is_not_rewritten_unasked()
    {
        var fix = Assert.Single(Flagged("DROP SNAPSHOT ON repo /* keep */ WHERE SNAPSHOT = 'x';", "SRB010").Fixes);
        Assert.False(fix.Certain);
        Assert.EndsWith("(its comments are dropped)", fix.Title);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void A_drop_snapshot_where_is_rewritten_unasked_only_where_the_release_has_drop_snapshot(int minor, bool certain)
    {
        var options = AnalysisOptions.Default with { Version = new StarRocksVersion(4, minor) };
        var analysis = new DocumentAnalyzer().Analyze("DROP SNAPSHOT ON repo WHERE SNAPSHOT = 'x';", new AnalysisContext(options, null));
        var fix = Assert.Single(Assert.Single(analysis.Diagnostics, d => d.Code == "SRB010").Fixes);
        Assert.Equal("Change to DROP SNAPSHOT x ON repo", fix.Title);
        Assert.Equal(certain, fix.Certain);
    }

    // SRB302 temporary-partition

    private static readonly StarRocksCatalog WithStaging = CatalogLoader.Parse("""
        { "databases": { "db": { "tables": { "orders": {}, "staging": { "temporaryPartitions": ["tp1"] }, "order items": {} } } } }
        """).Catalog!;

    // The whole database takes its views, materialized views and functions too, which this catalog does not list: all of them stay.
    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO repo;", "BACKUP SNAPSHOT db.s TO repo ON (`order items`, orders, ALL VIEWS, ALL MATERIALIZED VIEWS, ALL FUNCTIONS);")]
    [InlineData("BACKUP DATABASE db SNAPSHOT s TO repo PROPERTIES (\"type\" = \"full\");",
        "BACKUP DATABASE db SNAPSHOT s TO repo ON (`order items`, orders, ALL VIEWS, ALL MATERIALIZED VIEWS, ALL FUNCTIONS) PROPERTIES (\"type\" = \"full\");")]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (ALL TABLES, VIEW v);", "BACKUP SNAPSHOT db.s TO repo ON (`order items`, orders, VIEW v);")]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (ALL TABLES, orders);", "BACKUP SNAPSHOT db.s TO repo ON (`order items`, orders);")]
    public void A_backup_that_takes_every_table_names_those_without_temporary_partitions_instead(string text, string expected) =>
        Assert.Equal(expected, Fixed(text, "SRB302", WithStaging));

    [Fact]
    public void A_whole_database_backup_keeps_only_the_kinds_of_objects_the_database_has()
    {
        var listed = CatalogLoader.Parse("""
            { "databases": { "db": { "tables": { "orders": {}, "staging": { "temporaryPartitions": ["tp1"] } },
                                     "views": [], "materializedViews": ["mv"], "functions": [] } } }
            """).Catalog!;
        Assert.Equal("BACKUP SNAPSHOT db.s TO repo ON (orders, ALL MATERIALIZED VIEWS);", Fixed("BACKUP SNAPSHOT db.s TO repo;", "SRB302", listed));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (staging PARTITION (p1), orders);", "BACKUP SNAPSHOT db.s TO repo ON (orders);")]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (orders, staging);", "BACKUP SNAPSHOT db.s TO repo ON (orders);")]
    public void A_table_with_temporary_partitions_may_be_left_out_of_the_list(string text, string expected) =>
        Assert.Equal(expected, Fixed(text, "SRB302", WithStaging));

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (staging);")]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (staging PARTITION p1, orders);")]
    public void A_table_with_temporary_partitions_that_is_the_whole_list_or_may_own_the_names_after_it_has_no_fix(string text) =>
        AssertNoFix(text, "SRB302", WithStaging);

    private static readonly StarRocksCatalog WithSnapshotsListed = CatalogLoader.Parse("""
        { "repositories": { "repo": { "location": "s3a://b/r", "snapshots": [] } },
          "databases": { "db": { "tables": { "orders": {}, "order items": {}, "staging": {} }, "views": [], "materializedViews": [], "functions": [] } } }
        """).Catalog!;

    [Fact]
    public void A_restore_of_every_table_onto_one_with_temporary_partitions_restores_the_others_instead()
    {
        const string script = """
            BACKUP SNAPSHOT db.s TO repo;
            ALTER TABLE db.staging ADD TEMPORARY PARTITION tp1 VALUES LESS THAN ("1");
            RESTORE SNAPSHOT db.s FROM repo PROPERTIES ("backup_timestamp" = "x");
            """;

        Assert.Equal(script.Replace("FROM repo PROPERTIES", "FROM repo ON (`order items`, orders) PROPERTIES"), Fixed(script, "SRB302", WithSnapshotsListed));
    }

    // SRB205 invalid-timeout

    private static string WithTimeout(string timeout) => $"BACKUP SNAPSHOT db.s1 TO repo PROPERTIES (\"timeout\" = \"{timeout}\");";

    [Theory]
    [InlineData(" 3600 ", "3600", "Change to \"3600\"")]
    [InlineData("+7200\\t", "7200", "Change to \"7200\"")]
    [InlineData("1h", "3600", "Change to \"3600\" (1h in seconds)")]
    [InlineData("2 Days", "172800", "Change to \"172800\" (2 Days in seconds)")]
    [InlineData("30min", "1800", "Change to \"1800\" (30min in seconds)")]
    [InlineData("900s", "900", "Change to \"900\" (900s in seconds)")]
    [InlineData("3600000ms", "3600", "Change to \"3600\" (3600000ms in seconds)")]
    [InlineData("", "86400", "Change to the default, \"86400\" (one day)")]
    [InlineData("one day", "86400", "Change to the default, \"86400\" (one day)")]
    public void A_timeout_that_plainly_says_its_seconds_or_says_no_number_is_changed(string timeout, string seconds, string title) =>
        Assert.Equal(WithTimeout(seconds), Fixed(WithTimeout(timeout), "SRB205", title: title));

    [Theory]
    [InlineData("5m", "Change to \"600\", the minimum (5m is 300 seconds)")]
    [InlineData(" 60 ", "Change to \"600\", the minimum")]
    public void A_timeout_that_says_less_than_the_minimum_is_offered_the_minimum_as_a_guess(string timeout, string title)
    {
        Assert.Equal(WithTimeout("600"), Fixed(WithTimeout(timeout), "SRB205", title: title));
        Assert.False(Assert.Single(Flagged(WithTimeout(timeout), "SRB205").Fixes).Certain);
    }

    [Fact]
    public void A_timeout_in_capital_m_is_read_as_minutes_as_a_guess()
    {
        Assert.Equal(WithTimeout("900"), Fixed(WithTimeout("15M"), "SRB205", title: "Change to \"900\" (15M in seconds, read as minutes)"));
        Assert.False(Assert.Single(Flagged(WithTimeout("15M"), "SRB205").Fixes).Certain);
        Assert.True(Assert.Single(Flagged(WithTimeout("15m"), "SRB205").Fixes).Certain);
    }

    // SRB200 unknown-property

    [Fact]
    public void A_key_in_another_case_is_changed_unasked_only_where_no_other_key_would_change_to_it_too()
    {
        const string Twice = "BACKUP SNAPSHOT db.s1 TO repo PROPERTIES (\"Timeout\" = \"3600\", \"TIMEOUT\" = \"7200\");";
        var fixes = Analyze(Twice, null).Diagnostics.Where(d => d.Code == "SRB200").Select(d => Assert.Single(d.Fixes)).ToList();
        Assert.Equal(2, fixes.Count);
        Assert.All(fixes, fix => Assert.False(fix.Certain));
        Assert.True(Assert.Single(Flagged("BACKUP SNAPSHOT db.s1 TO repo PROPERTIES (\"Timeout\" = \"3600\");", "SRB200").Fixes).Certain);
    }

    [Fact]
    public void A_backup_timestamp_in_another_case_is_not_also_missing() =>
        Assert.Equal(["SRB200"], Analyze("RESTORE SNAPSHOT db.s FROM repo PROPERTIES (\"Backup_Timestamp\" = \"x\");", null).Diagnostics.Select(d => d.Code));

    [Fact]
    public void A_restore_timeout_is_changed_alike() =>
        Assert.Equal(
            "RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES (\"backup_timestamp\" = \"x\", \"timeout\" = \"7200\");",
            Fixed("RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES (\"backup_timestamp\" = \"x\", \"timeout\" = \"2h\");", "SRB205"));

    [Theory]
    [InlineData("3600.5")] // rounding either way is a guess
    [InlineData("3,600")]
    [InlineData("1h30m")]
    [InlineData("1500ms")] // not whole seconds
    [InlineData("10 fortnights")]
    [InlineData("99999999999999999999")] // beyond the range: the default would be far less than meant
    [InlineData("9999999999999999d")]
    [InlineData("10000000000000000s")] // in milliseconds beyond the 64-bit range StarRocks counts them in
    public void A_timeout_whose_seconds_would_be_a_guess_has_no_fix(string timeout) =>
        AssertNoFix(WithTimeout(timeout), "SRB205");

    // SRB307 duplicate-alias

    private static string RestoreOnto(string on) =>
        $"RESTORE SNAPSHOT db.s1 FROM repo ON ({on}) PROPERTIES (\"backup_timestamp\" = \"x\");";

    [Theory]
    [InlineData("orders AS orders_bak, items AS orders_bak", "orders AS orders_bak, items AS items_bak")]
    [InlineData("orders AS old_orders, items AS old_orders", "orders AS old_orders, items AS old_items")]
    [InlineData("VIEW v1 AS v1_copy, VIEW v2 AS v1_copy", "VIEW v1 AS v1_copy, VIEW v2 AS v2_copy")]
    [InlineData("orders AS orders_bak, VIEW v_orders AS orders_bak", "orders AS orders_bak, VIEW v_orders AS v_orders_bak")]
    public void A_repeated_alias_follows_the_first_aliases_pattern(string on, string expected) =>
        Assert.Equal(RestoreOnto(expected), Fixed(RestoreOnto(on), "SRB307"));

    [Theory]
    [InlineData("t1 AS t1", "t1")]
    [InlineData("t1 PARTITION (p1) AS t1, t2", "t1 PARTITION (p1), t2")]
    public void An_alias_that_is_its_own_tables_name_is_removed(string on, string expected) =>
        Assert.Equal(RestoreOnto(expected), Fixed(RestoreOnto(on), "SRB307"));

    [Theory]
    [InlineData("t1 AS t, t2 AS t")] // the first alias shows no pattern
    [InlineData("t1, t2 AS t1")] // the first object keeps its own name
    [InlineData("orders AS orders_bak, items AS orders_bak, items_bak AS x, x AS items_bak")] // items_bak is listed already
    [InlineData("orders AS orders_bak_orders, items AS orders_bak_orders")] // items_bak_orders or orders_bak_items
    [InlineData("t1 AS t2, t2 AS t3")] // t2 is a listed table's name
    [InlineData("orders AS orders_bak, items AS orders_bak, VIEW items_bak")] // items_bak is a listed view's name
    public void A_repeated_alias_without_a_clear_new_name_has_no_fix(string on)
    {
        var diagnostics = Analyze(RestoreOnto(on), null).Diagnostics.Where(d => d.Code == "SRB307").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    // SRB300 duplicate-table, in RESTORE (BACKUP's are in the diagnostic baselines)

    [Theory]
    [InlineData("t PARTITION (p1), t PARTITION (p2)", "t PARTITION (p1, p2)")]
    [InlineData("t PARTITION (p1) AS t2, t PARTITION (p1, p3) AS t2", "t PARTITION (p1, p3) AS t2")]
    [InlineData("t AS t2, t AS t2", "t AS t2")]
    [InlineData("t, t PARTITION (p1)", "t")]
    public void A_table_restored_twice_under_one_name_is_merged(string on, string expected) =>
        Assert.Equal(RestoreOnto(expected), Fixed(RestoreOnto(on), "SRB300"));

    [Theory]
    [InlineData("t PARTITION (dt = '2024-01-01'), t PARTITION (p2)")] // what the condition covers is unknown
    [InlineData("t AS a, t AS b")] // two copies were meant, which one RESTORE cannot make
    public void A_table_restored_twice_without_a_clear_merge_has_no_fix(string on) =>
        AssertNoFix(RestoreOnto(on), "SRB300");

    [Theory]
    [InlineData("BACKUP SNAPSHOT db.s TO repo ON (t, T);")]
    [InlineData("RESTORE SNAPSHOT db.s FROM repo ON (t, T) PROPERTIES (\"backup_timestamp\" = \"x\");")]
    public void Names_that_differ_only_in_case_are_not_folded_together_by_fix_all_under_3_3(string text)
    {
        var options = AnalysisOptions.Default with { Version = new StarRocksVersion(3, 3) };
        var analysis = new DocumentAnalyzer().Analyze(text, new AnalysisContext(options, null));
        var fix = Assert.Single(Assert.Single(analysis.Diagnostics, d => d.Code == "SRB300").Fixes);
        Assert.False(fix.Certain); // `t` and `T` may be two tables, which StarRocks 3.3 backs up in two statements only
    }

    [Fact]
    public void A_repeated_alias_is_not_renamed_onto_an_existing_table() =>
        AssertNoFix("RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (orders AS orders_bak, items AS orders_bak) "
            + "PROPERTIES (\"backup_timestamp\" = \"2024-01-01-00-00-00\");", "SRB307", TestCatalog);

    // SRB400 invalid-repository-name

    private static string CreateRepository(string name) => $"CREATE REPOSITORY {name} WITH BROKER ON LOCATION \"s3a://bucket/p\";";

    [Theory]
    [InlineData("`my-repo`", "my_repo")]
    [InlineData("`s3 backup.v2`", "s3_backup_v2")]
    [InlineData("`-repo`", "_repo")]
    public void A_repository_name_with_characters_starrocks_rejects_gets_them_replaced(string name, string expected) =>
        Assert.Equal(CreateRepository(expected), Fixed(CreateRepository(name), "SRB400"));

    [Theory]
    [InlineData("`1repo`", null)] // the start is wrong: no character to replace
    [InlineData("`1-repo`", null)] // 1_repo is invalid too
    [InlineData("__repo", null)]
    [InlineData("`репо-1`", null)] // letters of another script
    [InlineData("`my-repo`", "catalog")] // my_repo exists already
    public void A_repository_name_without_a_plain_valid_form_has_no_fix(string name, string? catalog) =>
        AssertNoFix(CreateRepository(name), "SRB400", catalog is null ? null : TestCatalog);

    [Theory]
    [InlineData("DROP REPOSITORY `my-repo`;", "DROP REPOSITORY my_repo;", "catalog")] // the catalog lists my_repo
    [InlineData("DROP SNAPSHOT nightly ON `example-repo`;", "DROP SNAPSHOT nightly ON example_repo;", "catalog")]
    [InlineData("DROP REPOSITORY `my-repo`;", "DROP REPOSITORY my_repo;", null)]
    public void A_dropped_repository_name_starrocks_rejects_gets_the_valid_name_of_one_that_is_there(string text, string expected, string? catalog) =>
        Assert.Equal(expected, Fixed(text, "SRB400", catalog is null ? null : TestCatalog));

    [Fact]
    public void A_dropped_repository_name_has_no_fix_to_a_name_the_catalog_does_not_list() =>
        AssertNoFix("DROP REPOSITORY `other-repo`;", "SRB400", TestCatalog);

    // SRB605 snapshot-exists

    [Theory]
    [InlineData("nightly", "nightly_2")]
    [InlineData("`nightly`", "nightly_2")]
    [InlineData("weekly", "weekly_3")] // weekly_2 is taken
    [InlineData("weekly_2", "weekly_3")]
    [InlineData("monthly_7", "monthly_8")]
    public void A_backup_to_a_snapshot_the_repository_holds_gets_a_fresh_name(string snapshot, string expected) =>
        Assert.Equal($"BACKUP SNAPSHOT example_db.{expected} TO example_repo;",
            Fixed($"BACKUP SNAPSHOT example_db.{snapshot} TO example_repo;", "SRB605", TestCatalog));

    [Fact]
    public void A_dated_snapshot_name_keeps_its_date() =>
        Assert.Equal("snap_20240101_2", Rules.ScriptRules.FreshSnapshotName("snap_20240101", new HashSet<string>(["snap_20240101"], StringComparer.OrdinalIgnoreCase)));

    [Theory]
    [InlineData("weekly_1", "weekly_1", "weekly_1", "weekly_3")] // a second take: weekly_2 is the repository's
    [InlineData("nightly", "nightly_2", "nightly_3", "nightly_2")] // the repository's: nightly_2 is a later BACKUP's
    public void A_fresh_snapshot_name_is_free_in_the_repository_and_the_script(string first, string second, string fixedFirst, string fixedSecond) =>
        Assert.Equal($"BACKUP SNAPSHOT example_db.{fixedFirst} TO example_repo;\nBACKUP SNAPSHOT example_db.{fixedSecond} TO example_repo;",
            Fixed($"BACKUP SNAPSHOT example_db.{first} TO example_repo;\nBACKUP SNAPSHOT example_db.{second} TO example_repo;", "SRB605", TestCatalog));

    [Fact]
    public void A_snapshot_the_repository_holds_and_an_earlier_backup_took_is_reported_once()
    {
        var analysis = Analyze("""
            BACKUP SNAPSHOT example_db.nightly TO example_repo;
            BACKUP SNAPSHOT example_db.nightly TO example_repo;
            """, TestCatalog);
        Assert.Equal(2, analysis.Diagnostics.Count(d => d.Code == "SRB605"));
        Assert.All(analysis.Diagnostics.Where(d => d.Code == "SRB605"), d => Assert.Contains("already exists in repository [example_repo]", d.Message));
    }

    [Fact]
    public void A_snapshot_name_at_the_length_limit_gets_no_fresh_name()
    {
        var longest = new string('s', 128);
        AssertNoFix($$"""BACKUP SNAPSHOT example_db.{{longest}} TO example_repo;""", "SRB605",
            TestCatalog with { Repositories = TestCatalog.Repositories!.SetItem("example_repo",
                new RepositoryInfo("example_repo", null, false, [new SnapshotInfo(longest, null, null)], null)) });
    }

    // SRB607 unknown-timestamp

    private static readonly StarRocksCatalog TwoBackups = TestCatalog with
    {
        Repositories = TestCatalog.Repositories!.SetItem("example_repo", new RepositoryInfo("example_repo", null, false,
            [new SnapshotInfo("nightly", "2024-01-01-01-00-00", null), new SnapshotInfo("nightly", "2024-01-02-01-00-00", null)], null)),
    };

    [Theory]
    [InlineData("2024-01-03-01-00-00", "2024-01-02-01-00-00")] // one edit from both: the latest, as completion lists them first
    [InlineData("2024-01-01-01-00-01", "2024-01-01-01-00-00")] // one edit from the older, two from the latest
    public void An_unknown_timestamp_gets_the_nearest_of_the_snapshot_first_and_the_latest_of_as_near(string typed, string preferred)
    {
        var text = $"RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES (\"backup_timestamp\" = \"{typed}\");";
        var fixes = Flagged(text, "SRB607", TwoBackups).Fixes;
        Assert.Equal(2, fixes.Length);
        Assert.Equal($"Change to \"{preferred}\"", fixes[0].Title);
    }

    [Theory]
    // A table left out of the BACKUP, the other tables named instead of every table: what is backed up is less than written.
    [InlineData("BACKUP SNAPSHOT example_db.s TO r ON (t, u);", "SRB302", "Leave 't' out of this BACKUP")]
    [InlineData("BACKUP SNAPSHOT example_db.s TO r;", "SRB302", "Back up u and the database's other objects")]
    // The regular partitions of that name rather than the temporary ones written.
    [InlineData("BACKUP SNAPSHOT example_db.s TO r ON (u TEMPORARY PARTITION (p1));", "SRB302", "Remove TEMPORARY")]
    public void A_lone_fix_that_leaves_out_part_of_the_statement_is_not_applied_unasked(string text, string code, string title)
    {
        var catalog = CatalogLoader.Parse("""
            { "databases": { "example_db": { "tables": { "t": { "temporaryPartitions": ["tp1"] }, "u": {} } } } }
            """).Catalog;
        var fixes = Flagged(text, code, catalog).Fixes;

        Assert.Equal(title, Assert.Single(fixes).Title);
        Assert.Equal(-1, CodeFix.Preferred(fixes));
    }
}
