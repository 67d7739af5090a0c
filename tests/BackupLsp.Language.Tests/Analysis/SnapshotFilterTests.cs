using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>
/// SHOW SNAPSHOT's WHERE against what StarRocks does with it: its parser (StarRocks.g4 and AstBuilder) fails on some
/// (SRB404), ShowSnapshotAnalyzer refuses OR, NOT and malformed comparisons (SRB404), and passes every other expression
/// over, listing every snapshot (SRB405).
/// </summary>
public sealed class SnapshotFilterTests
{
    private static string? CodeOf(string filter)
    {
        var analysis = new DocumentAnalyzer().Analyze($"SHOW SNAPSHOT ON example_repo WHERE {filter};", AnalysisContext.Default);
        return Assert.Single(analysis.Diagnostics.Select(d => d.Code).DefaultIfEmpty(null).Distinct());
    }

    [Theory]
    [InlineData("SNAPSHOT = 'a'")]
    [InlineData("SNAPSHOT = 'a' AND TIMESTAMP = 'b'")]
    [InlineData("TIMESTAMP = 'b' && `snapshot` = \"a\"")]
    [InlineData("SNAPSHOT IN ('a', ('b'))")]
    [InlineData("(SNAPSHOT) = ('a')")]
    [InlineData("BINARY SNAPSHOT = 'a'")]
    [InlineData("SNAPSHOT COLLATE utf8mb4_bin = 'a' COLLATE utf8mb4_bin")]
    [InlineData("t.SNAPSHOT = 'a'")]
    [InlineData("c.db.t.snapshot = 'a'")]
    [InlineData("(t).snapshot = 'a'")]
    [InlineData("SNAPSHOT = +'a'")]
    [InlineData("SNAPSHOT = PASSWORD('a')")]
    [InlineData("SNAPSHOT = 'a' -- note\n")]
    // Java's equalsIgnoreCase upper-cases the long s and the dotless i to S and I
    [InlineData("ſnapshot = 'a'")]
    [InlineData("SNAPSHOT = 'a' AND tımestamp = 'b'")]
    [InlineData("`ſnapshot` IN ('a')")]
    public void StarRocks_filters_as_written(string filter) => Assert.Null(CodeOf(filter));

    [Theory]
    // a value, a call, a literal of any kind
    [InlineData("TRUE")]
    [InlineData("-1")]
    [InlineData("now()")]
    [InlineData("@v")]
    [InlineData("@@session.sql_mode")]
    [InlineData("1 + 1")]
    [InlineData("1.5e+3 * .5")]
    [InlineData("CAST(1 AS INT)")]
    [InlineData("CAST(SNAPSHOT AS VARCHAR(64))")]
    [InlineData("CONVERT(SNAPSHOT, DECIMAL(10, 2))")]
    [InlineData("SNAPSHOT::ARRAY<MAP<INT, STRUCT<a INT, b STRING>>>")]
    [InlineData("CASE WHEN 1 THEN 2 END")]
    [InlineData("CASE SNAPSHOT WHEN 'a' THEN TRUE ELSE FALSE END")]
    [InlineData("DATE '2020-01-01'")]
    [InlineData("DATETIME '2020-02-29 10:20:30.123'")]
    [InlineData("DATE '20200101'")]
    [InlineData("x'ab'")]
    [InlineData("X'0a 1B'")]
    [InlineData("INTERVAL 1 DAY")]
    [InlineData("now() - INTERVAL 2 + 1 MICROSECOND")]
    [InlineData("[1, 2]")]
    [InlineData("ARRAY<INT>[]")]
    [InlineData("[1, 2][1]")]
    [InlineData("MAP{1: 'a'}")]
    [InlineData("MAP<STRING, INT>{'a': 1}")]
    [InlineData("EXISTS (SELECT 1)")]
    [InlineData("(SELECT SNAPSHOT FROM t WHERE (a = 1))")]
    [InlineData("((SELECT 1) UNION (SELECT 2))")]
    [InlineData("(SNAPSHOT, TIMESTAMP) IN (SELECT 'a', 'b')")]
    [InlineData("f(a = 1)")]
    [InlineData("f(SNAPSHOT = 'a' AND TIMESTAMP = 'b')")]
    [InlineData("db.f(1, 'a', g(-2))")]
    [InlineData("IF(SNAPSHOT = 'a', 1, 0)")]
    [InlineData("LEFT(SNAPSHOT, 2)")]
    [InlineData("CURRENT_DATE")]
    [InlineData("CURRENT_TIMESTAMP(3)")]
    [InlineData("count(*)")]
    [InlineData("count(DISTINCT SNAPSHOT, TIMESTAMP)")]
    [InlineData("group_concat(DISTINCT SNAPSHOT ORDER BY 1 DESC NULLS LAST SEPARATOR ',')")]
    [InlineData("sum(1) FILTER (WHERE SNAPSHOT = 'a') OVER (PARTITION BY a ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)")]
    [InlineData("row_number() OVER ()")]
    [InlineData("lag(SNAPSHOT IGNORE NULLS, 1) IGNORE NULLS OVER (ORDER BY TIMESTAMP)")]
    [InlineData("EXTRACT(year FROM now())")]
    [InlineData("TIMESTAMPADD(MILLISECOND, 1, now())")]
    [InlineData("TRIM(BOTH 'x' FROM SNAPSHOT)")]
    [InlineData("date_add(now(), INTERVAL 1 DAY)")]
    [InlineData("time_slice(now(), 1, FLOOR)")]
    [InlineData("array_map(x -> x + 1, [1, 2])")]
    [InlineData("array_map((x, y) -> x + y, [1], [2])")]
    [InlineData("map_apply((k, v) -> (k, v + 1), MAP{1: 2})")]
    [InlineData("j -> '$.a'")]
    [InlineData("SNAPSHOT MATCH 'a'")]
    [InlineData("(1)")]
    [InlineData("?")]
    // LIKE, BETWEEN, IS NULL, and comparisons under something else
    [InlineData("SNAPSHOT LIKE 'a%'")]
    [InlineData("SNAPSHOT REGEXP 'a' ")]
    [InlineData("SNAPSHOT NOT BETWEEN 'a' AND 'b'")]
    [InlineData("SNAPSHOT IS NOT NULL")]
    [InlineData("SNAPSHOT = 'a' IS NULL")]
    [InlineData("(SNAPSHOT = 'a') IS NULL")]
    [InlineData("!SNAPSHOT[1]")]
    [InlineData("BINARY")]
    public void StarRocks_ignores_the_filter(string filter) => Assert.Equal("SRB405", CodeOf(filter));

    [Theory]
    // what StarRocks' analyzer refuses
    [InlineData("SNAPSHOT = 'a' OR SNAPSHOT = 'b'")]
    [InlineData("NOT SNAPSHOT = 'a'")]
    [InlineData("!SNAPSHOT")]
    [InlineData("SNAPSHOT NOT LIKE 'a%'")]
    [InlineData("SNAPSHOT NOT MATCH 'a'")]
    [InlineData("TIMESTAMP = 'b'")]
    [InlineData("SNAPSHOT = ''")]
    [InlineData("SNAPSHOT = CAST('a' AS STRING)")]
    [InlineData("CAST(SNAPSHOT AS STRING) = 'a'")]
    [InlineData("SNAPSHOT = DATE '2020-01-01'")]
    [InlineData("SNAPSHOT = (SELECT 'a')")]
    [InlineData("SNAPSHOT IN (SELECT 'a')")]
    [InlineData("SNAPSHOT = 'a' AND TRUE")]
    [InlineData("SNAPSHOT = 'a' AND TIMESTAMP = 'b' IS NOT NULL")]
    [InlineData("(SNAPSHOT = 'a' AND TIMESTAMP = 'b') AND SNAPSHOT = 'c'")]
    [InlineData("a.b.c.d.snapshot = 'a'")]
    [InlineData("SNAPSHOT = -'a'")]
    [InlineData("((SELECT 1) = 'a')")]
    // what StarRocks' parser fails on
    [InlineData("SNAPSHOT == 'a'")]
    [InlineData("f(1,)")]
    [InlineData("1 +")]
    [InlineData("@")]
    [InlineData("(1, 2)")]
    [InlineData("(1, 2) IN (1, 2)")]
    [InlineData("SNAPSHOT 'a'")]
    [InlineData("DATE '2020-02-30'")]
    [InlineData("DATE '2020-01'")]
    [InlineData("DATETIME '2020-01-01 10:20.5'")]
    [InlineData("x'abc'")]
    [InlineData("x'zz'")]
    [InlineData("x 'ab'")]
    [InlineData("CAST(1 AS FOO)")]
    [InlineData("CAST(1 AS INT(99999999999))")]
    [InlineData("MAP<ARRAY<INT>, INT>{}")]
    [InlineData("CASE END")]
    [InlineData("EXISTS (1)")]
    [InlineData("[1, 2][1:2]")]
    [InlineData("isnull()")]
    [InlineData("add(1)")]
    [InlineData("date_add(now())")]
    [InlineData("time_slice(now())")]
    [InlineData("map(1)")]
    [InlineData("count(DISTINCT)")]
    [InlineData("sum(DISTINCT a, b)")]
    [InlineData("array_agg(a ORDER BY 2)")]
    [InlineData("count(DISTINCT a) FILTER (WHERE b)")]
    [InlineData("f(DISTINCT a)")]
    [InlineData("f(*)")]
    [InlineData("IF(1) OVER ()")]
    [InlineData("row_number()")]
    [InlineData("LEFT(SNAPSHOT)")]
    [InlineData("DATABASE")]
    [InlineData("(a, b) -> (a, b, 1)")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890123456789012345678")]
    [InlineData("SNAPSHOT IN ()")]
    [InlineData("1 = = 1")]
    [InlineData("SNAPSHOT ! = 'a'")]
    [InlineData("a - > 'x'")]
    [InlineData("SNAPSHOT = 'a' | | TIMESTAMP = 'b'")]
    [InlineData("snapshoт = 'a'")] // a Cyrillic т, which no casing makes a T
    public void StarRocks_refuses_the_filter(string filter) => Assert.Equal("SRB404", CodeOf(filter));

    [Theory]
    [InlineData("(")]
    [InlineData("f(")]
    [InlineData("BINARY (")]
    [InlineData("INTERVAL (")]
    [InlineData("CAST((")]
    [InlineData("x -> (")]
    [InlineData("CASE WHEN (")]
    [InlineData("(a, ")]
    [InlineData("a.b(")]
    [InlineData("-(")]
    [InlineData("sum(DISTINCT ")]
    [InlineData("a[")]
    public void A_deep_nesting_is_read_in_time_linear_in_its_depth(string open)
    {
        // Unclosed once, so that every level fails, and is read again each other way StarRocks' grammar allows: read
        // without the memo, twice the depth is thousands of times the work (and depths of 100 never end).
        var close = open.EndsWith('[') ? "]" : ")";
        long ReadAt(int depth)
        {
            var filter = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth - 1));
            var before = ExpressionGrammar.ExpressionsRead;
            Assert.Equal("SRB404", CodeOf(filter));
            return ExpressionGrammar.ExpressionsRead - before;
        }
        var (shallow, deep) = (ReadAt(8), ReadAt(16));
        Assert.True(shallow > 0 && deep <= 3 * shallow, $"{shallow} expressions read at depth 8, {deep} at depth 16, for {open}");
        Assert.Equal("SRB404", CodeOf(string.Concat(Enumerable.Repeat(open, 100)) + "1" + string.Concat(Enumerable.Repeat(close, 99))));
    }

    [Fact]
    public void A_nesting_deeper_than_the_stack_allows_is_refused_rather_than_ending_the_server() =>
        Assert.Equal("SRB404", CodeOf(new string('(', 100_000) + "1" + new string(')', 100_000)));
}
