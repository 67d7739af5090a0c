using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>Statements that lost their `;` inside another are cut from it, each checked on its own text.</summary>
public sealed class MissingSemicolonTests
{
    [Fact]
    public void Each_statement_after_a_missing_semicolon_is_a_continuation_of_its_own_text()
    {
        var parsed = StatementParser.Parse("SELECT 1\nSHOW BACKUP FROM a\nSHOW RESTORE FROM b");

        Assert.Equal([(9, "SHOW BACKUP FROM a\n"), (28, "SHOW RESTORE FROM b")], parsed.Continuations.Select(c => (c.Offset, c.Statement.Text)));
        Assert.All(parsed.Continuations, c => Assert.Empty(c.Statement.Continuations));
        Assert.Equal(2, parsed.Diagnostics.Count(d => d.Code == "SRB012"));
    }

    /// <summary>
    /// A statement cut at a missing `;` ends at its last token, and after a space StarRocks reads as a letter there: of the
    /// name before it (<c>USE db　</c>), or of one of its own; so what the statement changes is read with it, as nothing.
    /// </summary>
    [Theory]
    [InlineData("USE db\u3000\nBACKUP SNAPSHOT s TO r;", "USE db\u3000", false)]
    [InlineData("USE db\u00a0-- c\nBACKUP SNAPSHOT s TO r;", "USE db\u00a0", false)]
    [InlineData("USE db /* c */\u3000-- c\nBACKUP SNAPSHOT s TO r;", "USE db /* c */\u3000", false)]
    [InlineData("USE db \u3000\nBACKUP SNAPSHOT s TO r;", "USE db", true)] // after an ASCII blank, whitespace
    [InlineData("SELECT 1\nUSE db\u3000\nBACKUP SNAPSHOT s TO r;", "USE db\u3000", false)]
    public void A_space_read_as_a_letter_before_a_missing_semicolon_is_the_statement_s_own(string text, string own, bool switches)
    {
        var parsed = StatementParser.Parse(text);
        var use = parsed.Text.StartsWith("USE", StringComparison.Ordinal) ? parsed : parsed.Continuations[0].Statement;

        Assert.Equal(own, use.OwnText.ToString());
        Assert.Equal(switches, SessionEffect.Of(use) is not null);
    }

    /// <summary>
    /// A full-width `；` glued onto a statement's head (<c>BACKUP；</c>, <c>SHOW BACKUP；</c>) or its last word at a line's end
    /// ends the statement there, as meant: that head is read without it, and the statement on the next line is one of its
    /// own, whatever the one before lacks. The `；` is reported there, as the `;` missing.
    /// </summary>
    [Theory]
    [InlineData("BACKUP；\nSHOW BACKUP FROM d", StatementKind.Backup, StatementKind.ShowBackup)]
    [InlineData("SHOW BACKUP；\nCANCEL BACKUP FROM d", StatementKind.ShowBackup, StatementKind.CancelBackup)]
    [InlineData("CANCEL BACKUP；\nSELECT 1", StatementKind.CancelBackup, StatementKind.Other)]
    [InlineData("SHOW REPOSITORIES；\nUSE d", StatementKind.ShowRepositories, StatementKind.Other)]
    [InlineData("BACKUP SNAPSHOT s TO；\nSET CATALOG c", StatementKind.Backup, StatementKind.Other)]
    [InlineData("SELECT 1；\nBACKUP；", StatementKind.Other, StatementKind.Backup)]
    public void A_full_width_semicolon_at_a_line_s_end_ends_the_statement_there(string text, StatementKind first, StatementKind next)
    {
        var parsed = StatementParser.Parse(text);

        var continuation = Assert.Single(parsed.Continuations);
        Assert.Equal((first, next), (parsed.Kind, continuation.Statement.Kind));
        Assert.Equal(text.IndexOf('\n', StringComparison.Ordinal) + 1, continuation.Offset);
        var missing = Assert.Single(parsed.Diagnostics, d => d.Code == "SRB012");
        Assert.Equal((text.IndexOf('；', StringComparison.Ordinal), ";"), (missing.Span.Start, Assert.Single(missing.Fixes).Edits.Single().NewText));
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Code == "SRB011");
        Assert.True(StatementParser.MayHoldAnotherStatement(text));
    }

    [Fact]
    public void Twenty_thousand_heads_that_full_width_semicolons_end_are_cut_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("BACKUP；\n", 20_000));

        var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);

        Assert.Equal(19_999, analysis.Diagnostics.Count(d => d.Code == "SRB012"));
    }

    [Fact]
    public void A_stray_comment_close_before_a_statement_is_no_missing_semicolon()
    {
        // The comment ends at the inner `*/`: the statement is `*/ BACKUP ...`, which fails at the `*`, where no `;` helps.
        const string text = "/*\nBACKUP SNAPSHOT example_db.old TO example_repo; /* old one */\n*/\nBACKUP SNAPSHOT example_db.s TO example_repo;";

        var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);

        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal(("SRB010", text.LastIndexOf("*/", StringComparison.Ordinal)), (diagnostic.Code, diagnostic.Span.Start));
        Assert.Contains("comments do not nest", diagnostic.Message);
        Assert.DoesNotContain(diagnostic.Fixes, fix => fix.Certain);
        Assert.Equal("s", Assert.IsType<SnapshotJobStatement>(Assert.Single(analysis.Statements).Parsed.Syntax).Snapshot.Last.Value);
    }

    [Fact]
    public void Twenty_thousand_statements_without_semicolons_are_cut_in_one_pass()
    {
        // Cut once each, never the rest of the text again for each: a recursion as deep as the statements are many
        // would overflow the stack (which kills the server), and copying each one's rest would take quadratic time.
        var text = string.Concat(Enumerable.Repeat("SHOW SNAPSHOT ON r\n", 20_000));

        var analysis = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default);

        Assert.Equal(19_999, analysis.Diagnostics.Count(d => d.Code == "SRB012"));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT s TO r\nSELECT 1")]
    [InlineData("SELECT 1\r  SHOW BACKUP FROM a")]
    [InlineData("-- a comment\nBACKUP SNAPSHOT s TO r ON (t)\n\u3000USE db2")]
    [InlineData("BACKUP SNAPSHOT s TO r PROPERTIES (\"timeout\"=\"5\")\nSELECT a \\ b")]
    [InlineData("CANCEL BACKUP FROM d\nCANCEL BACKUP FROM d\nCANCEL BACKUP FROM d")]
    [InlineData("c */ BACKUP SNAPSHOT s TO r\nSELECT 1")] // `c` was meant to be commented out
    [InlineData("BACKUP SNAPSHOT s TO r ON (t)\nWITH x AS (SELECT 1) SELECT 1")]
    [InlineData("SHOW BACKUP FROM d\nCOMMIT")]
    [InlineData("SHOW BACKUP FROM d\n(SELECT 1)")]
    [InlineData("CANCEL BACKUP FROM d\nSTART TRANSACTION")]
    [InlineData("SET CATALOG c\nSELECT 1")]
    [InlineData("ALTER TABLE t RENAME t2\nINSERT INTO t2 VALUES (1)")]
    [InlineData("RECOVER TABLE t\nTRUNCATE TABLE t\nUPDATE t SET a = 1")]
    [InlineData("CREATE TABLE t1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)\nCREATE TABLE t2 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)")]
    [InlineData("ALTER TABLE t1 ADD PARTITION p1 VALUES LESS THAN (\"10\")\nDROP TABLE t2")]
    [InlineData("CREATE DATABASE d PROPERTIES (\"replication_num\" = \"1\")\nCREATE TABLE d.t (k INT)")]
    [InlineData("CREATE TABLE t AS SELECT 1 AS k\nINSERT INTO t VALUES (1)")]
    [InlineData("CREATE VIEW v AS SELECT 1\nGRANT SELECT ON v TO USER u")]
    [InlineData("CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT k FROM t\nALTER TABLE t RENAME t2")]
    [InlineData("CREATE EXTERNAL CATALOG c PROPERTIES (\"type\" = \"hive\")\nSET CATALOG c")]
    [InlineData("INSERT INTO t VALUES (1)\nDELETE FROM t WHERE k = 1")]
    [InlineData("ALTER TABLE t RENAME PARTITION p1 p2\nALTER TABLE t DROP PARTITION p2")]
    [InlineData("CREATE TABLE t1 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)\nSELECT * FROM t1")]
    [InlineData("CREATE TABLE t2 LIKE t1\nWITH x AS (SELECT 1) SELECT * FROM x")]
    [InlineData("CREATE DATABASE d PROPERTIES (\"replication_num\" = \"1\")\nSELECT 1")]
    [InlineData("ALTER TABLE t DROP PARTITION p1\nWITH RECURSIVE x AS (SELECT 1) SELECT * FROM x")]
    [InlineData("CREATE TABLE t2 (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k)\nTRUNCATE TABLE t1")]
    [InlineData("ALTER TABLE t1 ADD PARTITION p1 VALUES LESS THAN (\"10\")\nREFRESH MATERIALIZED VIEW mv1")]
    [InlineData("CREATE MATERIALIZED VIEW mv DISTRIBUTED BY HASH(k)\nREFRESH EXTERNAL TABLE t")]
    [InlineData("CREATE EXTERNAL CATALOG c PROPERTIES (\"type\" = \"hive\")\nADMIN SHOW FRONTEND CONFIG")]
    [InlineData("CREATE VIEW v (c)\nRECOVER TABLE t")]
    [InlineData("USE CATALOG c\nSELECT 1")]
    [InlineData("USE catalog\nTRUNCATE TABLE t")] // a database named catalog
    public void A_statement_the_parse_cuts_is_one_that_may_hold_another_statement(string text)
    {
        // The session pass parses only these before it reads what the statement changes for those after it.
        Assert.NotEmpty(StatementParser.Parse(text).Continuations);
        Assert.True(StatementParser.MayHoldAnotherStatement(text));
    }

    [Theory]
    [InlineData("BACKUP SNAPSHOT s\n  TO r\n  ON (t)")]
    [InlineData("-- table t\nCREATE TABLE t (id INT)")]
    [InlineData("SELECT id\nFROM t\nWHERE x = 1")]
    [InlineData("INSERT INTO t\nSELECT * FROM u")] // other SQL is cut only before a family statement
    [InlineData("ALTER TABLE t\nADD PARTITION p1 VALUES LESS THAN (\"2024-01-01\")")]
    [InlineData("SET CATALOG c junk\nSELECT 1")] // not the whole statement before the line
    [InlineData("INSERT INTO t SELECT * FROM (SELECT 1)\nTRUNCATE TABLE u")] // an alias there
    [InlineData("TRUNCATE TABLE t\nPARTITION (p1)")]
    public void A_statement_with_no_line_that_starts_another_is_read_without_a_parse(string text) =>
        Assert.False(StatementParser.MayHoldAnotherStatement(text));

    /// <summary>What may go on with a followed statement on a line of its own is left to it (StarRocks.g4's alterClause, queryStatement, charsetDesc).</summary>
    [Theory]
    [InlineData("ALTER TABLE t\nDROP PARTITION p")]
    [InlineData("ALTER TABLE t DROP PARTITION p1,\nDROP PARTITION p2")]
    [InlineData("ALTER TABLE t DROP PARTITION p1\nDROP PARTITION p2")] // a missing `,`, not a `;`
    [InlineData("ALTER TABLE t ADD PARTITION p1 VALUES LESS THAN (\"1\")\nADD PARTITION p2 VALUES LESS THAN (\"2\")")]
    [InlineData("ALTER TABLE t DROP PARTITION p1\nSET (\"replication_num\" = \"1\")")]
    [InlineData("ALTER TABLE t DROP PARTITION p1\nCREATE BRANCH b")]
    [InlineData("CREATE VIEW v AS\nSELECT 1")]
    [InlineData("CREATE VIEW v AS\nWITH x AS (SELECT 1) SELECT * FROM x")]
    [InlineData("CREATE VIEW v AS SELECT 1\nUNION ALL\nSELECT 2")]
    [InlineData("INSERT INTO t\nSELECT 1")]
    [InlineData("INSERT INTO t\nWITH x AS (SELECT 1) SELECT * FROM x")]
    [InlineData("INSERT INTO t\nVALUES (1)")]
    [InlineData("INSERT INTO t\nEXPLAIN SELECT 1")]
    [InlineData("CREATE TABLE t AS\nSELECT 1")]
    [InlineData("CREATE TABLE t AS SELECT a FROM u ORDER BY a\nDESC")]
    [InlineData("CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS\nSELECT 1")]
    [InlineData("SUBMIT TASK AS\nCREATE TABLE t AS SELECT 1")]
    [InlineData("SUBMIT TASK AS\nINSERT INTO t SELECT 1")]
    [InlineData("UPDATE t\nSET a = 1")]
    [InlineData("CREATE DATABASE d DEFAULT CHARACTER\nSET utf8")]
    [InlineData("CREATE TABLE t (\n  k INT\n)\nDISTRIBUTED BY HASH(k)")]
    [InlineData("INSERT INTO t SELECT * FROM u WHERE k IN (\nSELECT k FROM v\n)")]
    [InlineData("CREATE TABLE t (k INT) COMMENT \"a\nDROP TABLE u\"")]
    [InlineData("CREATE TABLE t (k INT) /* a\nDROP TABLE u */")]
    [InlineData("CREATE TABLE t AS SELECT k FROM u\nTRUNCATE TABLE u")] // TRUNCATE may be an alias there
    [InlineData("CREATE TABLE t (k INT\nDROP TABLE u")] // inside the parenthesis it leaves open
    [InlineData("CREATE TABLE t AS SELECT k FROM (SELECT 1 AS k)\nTRUNCATE TABLE u")] // an alias after the AS
    [InlineData("CREATE TABLE t (k INT\nSELECT 1)")]
    [InlineData("CREATE MATERIALIZED VIEW mv PARTITION BY date_trunc('day', k)\nREFRESH ASYNC AS SELECT k FROM t")]
    [InlineData("ALTER TABLE t REPLACE PARTITION (p1)\nWITH TEMPORARY PARTITION (tp1)")]
    [InlineData("CREATE TABLE t (k INT)\nWITH ROW ACCESS POLICY p ON (k)")]
    [InlineData("ALTER TABLE t DROP PARTITION p1\nTRUNCATE PARTITION (p2)")] // a missing `,`, not a `;`
    [InlineData("ALTER TABLE t RENAME PARTITION p1\nTRUNCATE")] // the new name
    [InlineData("ALTER TABLE t ADD PARTITION p2\nVALUES LESS THAN (\"20\")")]
    public void A_line_that_may_go_on_with_a_followed_statement_is_no_cut(string text) =>
        Assert.Empty(StatementParser.Parse(text).Continuations);

    /// <summary>A missing `;` names the statement it ends where the server knows it: a family statement or a followed one.</summary>
    [Theory]
    [InlineData("SHOW BACKUP FROM d\nSELECT 1", "SHOW BACKUP")]
    [InlineData("CREATE TABLE t (k INT)\nDROP TABLE u", "CREATE TABLE")]
    [InlineData("CREATE OR REPLACE VIEW v AS SELECT 1\nDROP TABLE u", "CREATE VIEW")]
    [InlineData("DROP SCHEMA d\nSELECT 1", "DROP SCHEMA")]
    [InlineData("INSERT OVERWRITE t SELECT 1\nSHOW BACKUP FROM d", "INSERT")]
    [InlineData("BACKUP SNAPSHOT s TO r\nDROP TABLE t\nSHOW BACKUP FROM d", "DROP TABLE")] // the part its parse stopped at
    [InlineData("CREATE TABLE t LIKE s\nSELECT 1", "CREATE TABLE")]
    [InlineData("ALTER TABLE t ADD PARTITION p VALUES LESS THAN (\"1\")\nREFRESH MATERIALIZED VIEW mv", "ALTER TABLE")]
    [InlineData("USE CATALOG c\nSELECT 1", "USE")]
    [InlineData("SELECT 1\nSHOW BACKUP FROM d", null)]
    [InlineData("BACKUP SNAPSHOT s TO r\nSELECT 1\nSHOW BACKUP FROM d", null)]
    [InlineData("BAKUP SNAPSHOT s TO r\nSHOW BACKUP FROM d", null)]
    public void A_missing_semicolon_names_the_statement_it_ends(string text, string? ended)
    {
        var missing = new DocumentAnalyzer().Analyze(text, AnalysisContext.Default).Diagnostics.Last(d => d.Code == "SRB012");

        Assert.EndsWith(ended is null ? ": end the previous statement with `;`."
            : $": StarRocks reads it as more of the {ended} before it and fails both. End the {ended} with `;`.", missing.Message);
    }

    [Theory]
    [InlineData("SHOW BACKUP FROM d ORDER BY CreateTime\nDESC")]
    [InlineData("SHOW BACKUP FROM d ORDER BY CreateTime\nDESC\nLIMIT 1")]
    [InlineData("SHOW BACKUP FROM d ORDER BY CreateTime\nDESC NULLS LAST")]
    [InlineData("SHOW SNAPSHOT ON r WHERE SNAPSHOT IN\n(SELECT 1)")]
    public void A_line_that_goes_on_with_the_statement_before_it_is_no_statement_head(string text) =>
        Assert.Empty(StatementParser.Parse(text).Continuations);

    [Theory]
    [InlineData("DESC", "t", true)]
    [InlineData("describe", "`t`", true)]
    [InlineData("DESC", "", false)]
    [InlineData("DESC", ",", false)]
    [InlineData("DESC", "LIMIT", false)]
    [InlineData("START", "TRANSACTION", true)]
    [InlineData("START", "", false)]
    [InlineData("(", "SELECT", true)]
    [InlineData("(", "t", false)]
    [InlineData("Commit", "", true)]
    [InlineData("snapshot", "", false)]
    public void A_head_that_also_goes_on_with_another_statement_needs_what_follows_it(string first, string next, bool starts) =>
        Assert.Equal(starts, StatementParser.StartsStatement(first, next));
}
