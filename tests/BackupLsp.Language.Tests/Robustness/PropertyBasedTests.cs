using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
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
            var semicolons = SyntaxToken.Scan(text)
                .Where(t => t.Kind == TokenKind.Semicolon).Select(t => t.Span.Start).ToList();
            var statements = StatementSplitter.Split(text);
            for (var i = 1; i < statements.Count; i++)
            {
                var gap = semicolons.Where(s => s >= statements[i - 1].End && s < statements[i].Start);
                Assert.NotEmpty(gap);
            }
            foreach (var statement in statements)
                Assert.DoesNotContain(semicolons, s => statement.Contains(s));
        }, iter: 3000);
}
