using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Robustness;

public sealed class PropertyBasedTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    /// <summary>An old version and a catalog, so that the version gate and the catalog rules run too.</summary>
    private static readonly AnalysisContext Configured = new(
        AnalysisOptions.Default with { Version = new StarRocksVersion(2, 5) },
        CatalogLoader.Load(Path.Combine(RepositoryPaths.TestProject, "Baselines", "Catalogs", "demo.json")).Catalog);

    private static void AssertSound(string text)
    {
        AnalysisInvariants.AssertSound(Analyzer, text, AnalysisContext.Default);
        AnalysisInvariants.AssertSound(Analyzer, text, Configured);
    }

    [Fact]
    public void Token_soups_are_analysed_soundly() =>
        SqlFragments.Soup.Sample(AssertSound, iter: 3000);

    [Fact]
    public void Edited_valid_statements_are_analysed_soundly() =>
        SqlFragments.EditedStatement.Sample(AssertSound, iter: 3000);

    [Fact]
    public void Random_text_is_analysed_soundly() =>
        Gen.String.Sample(AssertSound, iter: 2000);

    /// <summary>
    /// A SHOW SNAPSHOT filter of full-width marks, typographic quotes and full-width spaces (U+3000) about them, which
    /// StarRocks reads as letters or as whitespace by where they stand: each certain fix of its SRB404, applied alone,
    /// leaves a filter StarRocks takes, with no SRB404 and no SRB001 left.
    /// </summary>
    [Fact]
    public void A_filters_certain_fix_leaves_a_filter_StarRocks_takes()
    {
        var gap = Gen.OneOf("", " ", "\u3000", "\u3000 ", " \u3000", "\u3000\u3000");
        var value = Gen.OneOf("'s1'", "“s1”", "‘s1’");
        var filter = Gen.OneOf(
            from before in gap from sign in Gen.OneOf("=", "＝") from after in gap from name in value from end in gap
            select $"SNAPSHOT{before}{sign}{after}{name}{end}",
            from open in gap from first in value from before in gap from comma in Gen.OneOf(",", "，") from after in gap
            from second in value from close in gap
            select $"SNAPSHOT IN ({open}{first}{before}{comma}{after}{second}{close})");
        filter.Select(condition => $"SHOW SNAPSHOT ON r WHERE {condition};").Sample(text =>
        {
            foreach (var fix in Analyzer.Analyze(text, AnalysisContext.Default).Diagnostics
                .Where(d => d.Code == "SRB404").SelectMany(d => d.Fixes).Where(f => f.Certain))
            {
                var result = FixAll.ApplyEdits(text, [.. fix.Edits.OrderBy(edit => edit.Span.Start)]);
                var left = Analyzer.Analyze(result, AnalysisContext.Default).Diagnostics.Where(d => d.Code is "SRB404" or "SRB001");
                Assert.True(!left.Any(), $"{fix.Title} on {System.Text.Json.JsonSerializer.Serialize(text)} leaves {System.Text.Json.JsonSerializer.Serialize(result)}");
            }
        }, iter: 3000);
    }

    /// <summary>Partition lists of full-width parentheses or typographic quotes, which StarRocks reads as names.</summary>
    private static readonly string[] PartitionForms =
    [
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION {0}（{1}p1{0}）{1});",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （{1}p1{0}, {1}p2{0}）{1});",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION ({0}“p1”{1}, p2));",
        "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION {0}‘p1’{1});",
    ];

    /// <summary>
    /// A full-width <c>，</c>, <c>＝</c>, <c>；</c> or pair of <c>（</c> <c>）</c> where the ASCII marks were meant (an ON list, a
    /// partition list, a property list, a statement's end), or typographic quotes where a string was meant (a property's
    /// key or value, a partition's name or value, a repository's location, a backup_timestamp), with full-width spaces (U+3000)
    /// beside them, which StarRocks reads as letters or as whitespace by where they stand: each certain fix of the marks (in a
    /// partition list StarRocks parses, there is one), applied alone, and Fix All's first round leave text that parses and
    /// names what was meant, with no SRB001, SRB010, SRB012 or SRB106 left.
    /// </summary>
    [Fact]
    public void A_full_width_marks_certain_fix_leaves_the_statement_meant()
    {
        var before = Gen.OneOf("", " ", "\u3000", " \u3000", "\u3000\u3000");
        var after = Gen.OneOf("", " ", "\u3000", "\u3000 ", "\u3000\u3000");
        var text =
            from b in before from a in after
            from form in Gen.OneOf(
                "BACKUP SNAPSHOT db.s TO r ON (t1{0}，{1}t2);",
                "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (p1{0}，{1}p2));",
                "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\"{0}＝{1}\"full\");",
                "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\" = \"full\"{0}，{1}\"timeout\" = \"60\");",
                "SHOW BACKUP FROM db{0}；{1}\nSHOW RESTORE;",
                "SHOW BACKUP{0}；{1}\nSHOW RESTORE;",
                "USE db{0}；{1}\nSHOW RESTORE;",
                "BACKUP SNAPSHOT db.s TO r ON {0}（{1}t1{0}）{1} PROPERTIES (\"type\" = \"full\");",
                "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION （p1{0}，{1}p2）);",
                "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES{0}（{1}\"type\" = \"full\"{0}）{1};",
                "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES (\"type\" ={0}“full”{1});",
                "BACKUP SNAPSHOT db.s TO r ON (t1) PROPERTIES ({0}“type”{1}= \"full\");",
                "BACKUP SNAPSHOT db.s TO r ON (t1 PARTITION (dt ={0}“2024-01-01”{1}));",
                "CREATE REPOSITORY r WITH BROKER ON LOCATION{0}“s3a://b/p”{1}PROPERTIES (\"k\" = \"v\");",
                "RESTORE SNAPSHOT db.s FROM r PROPERTIES (\"backup_timestamp\" ={0}‘2024-01-01-00-00-00’{1});",
                PartitionForms[0], PartitionForms[1], PartitionForms[2], PartitionForms[3])
            select (Text: string.Format(form, b, a), Form: form);
        static bool IsMark(char c) => TypographicMarks.AsciiPunctuation(c) != '\0' || TypographicMarks.StraightQuote(c) != '\0';
        text.Sample(sample =>
        {
            var text = sample.Text;
            var analysis = Analyzer.Analyze(text, AnalysisContext.Default);
            var fixes = analysis.Diagnostics.SelectMany(d => d.Fixes).Where(f => f.Certain && f.Edits.Any(edit => IsMark(text[edit.Span.Start]))).ToList();
            // StarRocks parses these as written, so nothing but the marks' own diagnostic tells them.
            Assert.True(fixes.Count > 0 || !PartitionForms.Contains(sample.Form), $"no fix of the marks in {System.Text.Json.JsonSerializer.Serialize(text)}");
            foreach (var fix in fixes)
                AssertMeant(text, FixAll.ApplyEdits(text, [.. fix.Edits.OrderBy(edit => edit.Span.Start)]), fix.Title);
            if (fixes.Count > 0)
                AssertMeant(text, FixAll.ApplyEdits(text, FixAll.Edits(analysis)), "Fix All");
        }, iter: 3000);

        static void AssertMeant(string text, string result, string fix)
        {
            var left = Analyzer.Analyze(result, AnalysisContext.Default).Diagnostics.Where(d => d.Code is "SRB001" or "SRB010" or "SRB012" or "SRB106");
            Assert.True(!left.Any(), $"{fix} on {System.Text.Json.JsonSerializer.Serialize(text)} leaves {System.Text.Json.JsonSerializer.Serialize(result)}");
        }
    }

    [Fact]
    public void Tokens_cover_every_character_exactly_once() =>
        SqlFragments.Soup.Sample(text =>
        {
            var next = 0;
            foreach (var token in SyntaxToken.Scan(text))
            {
                Assert.Equal(next, token.Span.Start);
                Assert.True(token.Span.Length > 0);
                next += token.Span.Length;
            }
            Assert.Equal(text.Length, next);
        }, iter: 3000);

    [Fact]
    public void Splitter_and_tokenizer_agree_on_statement_boundaries() =>
        SqlFragments.Soup.Sample(text =>
        {
            var tokens = SyntaxToken.Scan(text);
            var semicolons = tokens.Where(t => t.Kind == TokenKind.Semicolon).Select(t => t.Span.Start).ToList();
            var clientEnds = tokens.Where(t => t.Kind == TokenKind.ClientCommand).Select(t => t.Span.End).ToHashSet();
            var statements = StatementSplitter.Split(text);
            for (var i = 1; i < statements.Count; i++)
            {
                // Statements are apart at a `;` between them, or after a `\G` that ends the first.
                var gap = semicolons.Where(s => s >= statements[i - 1].End && s < statements[i].Start);
                Assert.True(gap.Any() || clientEnds.Contains(statements[i - 1].End));
            }
            foreach (var statement in statements)
                Assert.DoesNotContain(semicolons, s => statement.Contains(s));
        }, iter: 3000);

    /// <summary>
    /// The splitter reads the stretches between quotes, comments and semicolons without the lexer: its statements must be
    /// exactly the runs of significant tokens (lexical errors included) between `;` tokens that the lexer gives, each run
    /// also ending after a `\G`.
    /// </summary>
    [Fact]
    public void Splitter_gives_the_statements_the_tokens_give()
    {
        static void Check(string text)
        {
            var expected = new List<TextSpan>();
            int first = -1, last = -1;
            foreach (var token in SyntaxToken.Scan(text))
            {
                if (token.Kind == TokenKind.Semicolon)
                {
                    if (first >= 0)
                        expected.Add(TextSpan.FromBounds(first, last));
                    first = -1;
                }
                else if (!token.Kind.IsTrivia() || token.Kind.IsLexicalError())
                {
                    if (first < 0)
                        first = token.Span.Start;
                    last = token.Span.End;
                    if (token.Kind == TokenKind.ClientCommand)
                    {
                        expected.Add(TextSpan.FromBounds(first, last));
                        first = -1;
                    }
                }
            }
            if (first >= 0)
                expected.Add(TextSpan.FromBounds(first, last));
            Assert.Equal(expected, StatementSplitter.Split(text));
        }
        SqlFragments.Soup.Sample(Check, iter: 3000);
        Gen.String.Sample(Check, iter: 3000);
        Gen.Char["; \t\r\n\u3000-#/*'\"`\\abG1.\u00e9\u000b$"].Array[0, 40].Select(chars => new string(chars)).Sample(Check, iter: 5000);
        // The spaces StarRocks reads as letters and the halves of characters beyond U+FFFF (an emoji, CJK Extension B),
        // paired or not, around the `$$`, quotes, comments and numbers they may run into.
        Gen.Char["; \t\n\u3000\u00a0\u2000\u200a\ufeff\uD83D\uDE00\uD840\uDC00-/*'`x1.5e+$"].Array[0, 40].Select(chars => new string(chars)).Sample(Check, iter: 5000);
    }
}
