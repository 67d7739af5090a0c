using BackupLsp.Language.Syntax;
using BackupLsp.Language.Tests.Robustness;
using CsCheck;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>A long statement of other SQL is read without a list of its tokens, and gets the diagnostics a short one does.</summary>
public sealed class LongStatementTests
{
    [Fact]
    public void A_statement_of_a_million_ordinary_tokens_is_parsed_without_a_list_of_them()
    {
        var text = "SELECT 1" + string.Concat(Enumerable.Repeat("+1", 500_000)) + "\nSHOW BACKUP FROM db";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var parsed = StatementParser.Parse(text);

        // The list took 32 bytes a token: 32 MB here.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1 << 20);
        Assert.Equal("SRB012", Assert.Single(parsed.Diagnostics).Code);
        Assert.Equal(text.IndexOf("SHOW", StringComparison.Ordinal), Assert.Single(parsed.Continuations).Offset);
    }

    /// <summary>A line of fragments (comments, stray <c>*/</c> among them) that may start with a statement's first words.</summary>
    private static readonly Gen<string> Line =
        from start in Gen.OneOf("", "SHOW BACKUP FROM db ", "BACKUP SNAPSHOT s TO r ", "RESTORE SNAPSHOT db.s FROM r ", "USE db", "USE db ", "SELECT ", "DROP REPOSITORY r ",
            "DROP TABLE t", "SET CATALOG c", "ALTER TABLE t RENAME t2 ", "CREATE TABLE t (k INT) ", "INSERT INTO t ", "ALTER TABLE t DROP PARTITION p ",
            "CREATE DATABASE d PROPERTIES (\"a\" = \"b\")", "SET a = 1 ", "UPDATE t ", "USE CATALOG c", "TRUNCATE TABLE t ", "REFRESH MATERIALIZED VIEW mv ",
            "WITH x AS ", "CREATE TABLE t LIKE s")
        from end in Gen.OneOf("", "*/ ", "/* c */ ")
        from soup in SqlFragments.Soup
        select start + soup + end;

    /// <summary>Lines after a first word of other SQL or none (<c>*/</c>, <c>USE</c>, a followed session statement and a followed statement's tail, before its AS or after, change which statements a line starts).</summary>
    private static readonly Gen<string> Lines =
        from first in Gen.OneOf("SELECT ", "INSERT INTO t ", "", "c */ ", "/* c */ ", "USE ", "BAKUP ", "DROP TABLE t\n", "c */ DROP CATALOG c\n",
            "CREATE TABLE t AS ", "ALTER TABLE t ADD PARTITION p VALUES LESS THAN (\"1\")\n", "CREATE TABLE t (k INT) DISTRIBUTED BY HASH(k)\n", "USE CATALOG c\n")
        from lines in Line.Array[1, 8]
        select first + string.Join("\n", lines);

    [Fact]
    public void A_long_statement_is_parsed_as_it_would_be_short() =>
        Lines.Sample(text =>
        {
            // A comment before the statement makes it long, moving the rest as a short one does.
            const string ShortComment = "-- c\n";
            var longComment = "-- " + new string('c', 70_000) + "\n";
            var shift = longComment.Length - ShortComment.Length;

            Assert.Equal(Describe(StatementParser.Parse(ShortComment + text), 0), Describe(StatementParser.Parse(longComment + text), shift));
        }, iter: 2000);

    private static string Describe(ParsedStatement parsed, int shift) =>
        string.Join("\n", [
            $"{parsed.Kind} own end {parsed.OwnEnd - shift}",
            .. parsed.Diagnostics.Select(d => $"{d.Code} {d.Span.Start - shift}+{d.Span.Length} {d.Message} "
                + string.Join(" | ", d.Fixes.Select(f => $"{f.Title} {f.Certain} " + string.Join(", ", f.Edits.Select(e => $"{e.Span.Start - shift}+{e.Span.Length} {e.NewText}"))))),
            .. parsed.Continuations.Select(c => $"at {c.Offset - shift}: {c.Statement.Text}\n{Describe(c.Statement, 0)}"),
        ]);
}
