using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class StatementCacheTests
{
    private const string Original = "BACKUP SNAPSHOT db.s1 TO repo;\nSELECT 1;\nBACKUP SNAPSHOT other_db.s2 TO repo PROPERTIES (\"timout\" = \"3600\");\n";

    [Fact]
    public void Unchanged_statements_keep_their_parse_after_an_edit()
    {
        var analyzer = new DocumentAnalyzer();
        var before = analyzer.Analyze(Original, AnalysisContext.Default);
        // An edit in the first statement moves the others: they are reused all the same.
        var after = analyzer.Analyze(Original.Replace("db.s1", "sales_db.snapshot_1"), AnalysisContext.Default);

        Assert.NotSame(before.Statements[0].Parsed, after.Statements[0].Parsed);
        Assert.Same(before.Statements[1].Parsed, after.Statements[1].Parsed);
        Assert.Same(before.Statements[2].Parsed, after.Statements[2].Parsed);
        Assert.NotEqual(before.Statements[2].Start, after.Statements[2].Start);
    }

    [Fact]
    public void Diagnostics_of_a_moved_statement_move_with_it()
    {
        var analyzer = new DocumentAnalyzer();
        var edited = "-- a new first line\n" + Original;
        var before = Assert.Single(analyzer.Analyze(Original, AnalysisContext.Default).Diagnostics);
        var after = Assert.Single(analyzer.Analyze(edited, AnalysisContext.Default).Diagnostics);
        Assert.Equal(Original.Substring(before.Span.Start, before.Span.Length), edited.Substring(after.Span.Start, after.Span.Length));
        Assert.Equal("\"timout\"", edited.Substring(after.Span.Start, after.Span.Length));
    }

    [Fact]
    public void A_new_context_reruns_the_rules_on_cached_parses()
    {
        var analyzer = new DocumentAnalyzer();
        const string text = "BACKUP DATABASE sales SNAPSHOT s TO repo;";
        var latest = analyzer.Analyze(text, AnalysisContext.Default);
        var older = analyzer.Analyze(text, new AnalysisContext(AnalysisOptions.Default with { Version = new StarRocksVersion(3, 3) }, null));
        Assert.Same(latest.Statements[0].Parsed, older.Statements[0].Parsed);
        Assert.Empty(latest.Diagnostics);
        Assert.Equal("SRB500", Assert.Single(older.Diagnostics).Code);
    }

    [Fact]
    public void The_cache_is_shared_and_bounded_in_entries()
    {
        var cache = new StatementCache(capacity: 2);
        var first = cache.GetOrParse("SHOW BACKUP");
        Assert.Same(first, cache.GetOrParse("SHOW BACKUP"));
        foreach (var text in new[] { "SHOW RESTORE", "SHOW REPOSITORIES", "SHOW BACKUP FROM a", "SHOW BACKUP FROM b", "SHOW BACKUP FROM c" })
            cache.GetOrParse(text);
        Assert.True(cache.Count <= 4, $"{cache.Count} entries");
    }

    [Fact]
    public void The_cache_is_bounded_in_characters_and_keeps_the_texts_asked_for_again()
    {
        // As typing a quote mid-script does: each version makes the rest of the script one statement, a text no later version has.
        var cache = new StatementCache(characters: 10_000);
        var kept = cache.GetOrParse("SHOW BACKUP");
        for (var i = 0; i < 200; i++)
        {
            cache.GetOrParse($"BACKUP SNAPSHOT db.s TO r PROPERTIES (\"{i}{new string('x', 1_000)}");
            Assert.Same(kept, cache.GetOrParse("SHOW BACKUP"));
        }
        Assert.True(cache.Count <= 22, $"{cache.Count} entries");
    }

    [Fact]
    public void Threads_asking_for_the_same_texts_at_once_all_get_one_parse_per_text()
    {
        var cache = new StatementCache();
        var texts = Enumerable.Range(0, 400).Select(i => $"BACKUP SNAPSHOT s{i % 50} TO repo ON (t{i % 50})").ToArray();
        var results = new ParsedStatement[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = cache.GetOrParse(texts[i]));

        Assert.All(Enumerable.Range(0, texts.Length).GroupBy(i => texts[i]),
            group => Assert.Single(group.Select(i => results[i]).Distinct(ReferenceEqualityComparer.Instance)));
        Assert.Equal(50, cache.Count);
    }

    [Fact]
    public void The_analyser_keeps_in_the_cache_only_what_the_analyses_it_is_given_parsed()
    {
        var cache = new StatementCache();
        var analyzer = new DocumentAnalyzer(cache);
        var kept = analyzer.Analyze("SHOW BACKUP;\nBACKUP SNAPSHOT db.s1 TO repo;", AnalysisContext.Default);
        var dropped = analyzer.Analyze("SHOW BACKUP;\nSHOW RESTORE;", AnalysisContext.Default);
        Assert.Equal(3, cache.Count);

        analyzer.KeepOnly([kept]);

        Assert.Equal(2, cache.Count);
        Assert.Same(kept.Statements[0].Parsed, cache.GetOrParse("SHOW BACKUP"));
        Assert.Same(kept.Statements[1].Parsed, cache.GetOrParse("BACKUP SNAPSHOT db.s1 TO repo"));
        Assert.NotSame(dropped.Statements[1].Parsed, cache.GetOrParse("SHOW RESTORE"));
    }
}
