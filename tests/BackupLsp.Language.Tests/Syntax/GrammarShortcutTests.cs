using BackupLsp.Language.Syntax;
using BackupLsp.Language.Tests.Robustness;
using CsCheck;
using Superpower;
using Superpower.Model;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>
/// The grammar's shortcuts against what they stand for: an ON item that starts with a plain name parsed as a table
/// straight away, and an optional clause found absent from its next token without running it.
/// </summary>
public sealed class GrammarShortcutTests
{
    [Fact]
    public void The_plain_table_shortcut_parses_and_expects_exactly_what_trying_every_form_does() =>
        SqlFragments.Soup.Sample(text =>
        {
            var tokens = SignificantTokens(text);
            Assert.Equal(Outcome(Grammar.ObjectForms, tokens, Describe), Outcome(Grammar.ObjectItem, tokens, Describe));
        }, iter: 5000);

    [Theory]
    [InlineData("t1 PARTITION (p1, p2) AS t2")]
    [InlineData("`view` PARTITION p1")]
    [InlineData("t1 PARTITION p1, 'p2', p3")]
    [InlineData("temporary PARTITION (p1)")]
    [InlineData("t TEMPORARY PARTITION p1")]
    [InlineData("db.t1.x")]
    [InlineData("view v1")]
    [InlineData("order")]
    [InlineData("FROM t1")]
    public void Items_of_every_kind_are_compared(string item)
    {
        var tokens = SignificantTokens(item);
        Assert.Equal(Outcome(Grammar.ObjectForms, tokens, Describe), Outcome(Grammar.ObjectItem, tokens, Describe));
    }

    [Fact]
    public void An_absent_clause_is_recognised_as_running_it_would() =>
        SqlFragments.Soup.Sample(text => AssertEveryOptionalClause(SignificantTokens(text)), iter: 3000);

    [Theory]
    [InlineData("TEMPORARY PARTITION (p1) AS x")]
    [InlineData("partitions p1, p2")]
    [InlineData("partition p1, 'p2'")]
    [InlineData("ALL EXTERNAL CATALOGS")]
    [InlineData("external catalog (c1 AS c2)")]
    [InlineData("DATABASE db AS db2")]
    [InlineData("ON (t1) PROPERTIES (\"a\" = \"b\")")]
    [InlineData("in db WHERE x")]
    [InlineData("t1")]
    [InlineData("")]
    public void Clauses_present_broken_or_absent_are_compared(string text) => AssertEveryOptionalClause(SignificantTokens(text));

    /// <summary>Each optional clause the grammar reads with Maybe, against its plain optional parse.</summary>
    private static void AssertEveryOptionalClause(Token<TokenKind>[] tokens)
    {
        AssertMaybeAsOptional(Grammar.AliasClause, tokens);
        AssertMaybeAsOptional(Grammar.PartitionClauseParser, tokens);
        AssertMaybeAsOptional(Grammar.PropertiesClause, tokens);
        AssertMaybeAsOptional(Grammar.OnClause, tokens);
        AssertMaybeAsOptional(Grammar.ExternalCatalogs, tokens);
        AssertMaybeAsOptional(Grammar.DatabaseClauseParser, tokens);
        AssertMaybeAsOptional(Grammar.Where, tokens);
        AssertMaybeAsOptional(Grammar.FromOrInDatabase, tokens);
    }

    /// <summary>Grammar.Maybe against Superpower's plain optional parse of the same clause.</summary>
    private static void AssertMaybeAsOptional<T>(TokenListParser<TokenKind, T> clause, Token<TokenKind>[] tokens) where T : class
    {
        var optional = clause.Select(value => (T?)value).OptionalOrDefault();
        Assert.Equal(Outcome(optional, tokens, value => value is null ? "absent" : "present"),
            Outcome(Grammar.Maybe(clause), tokens, value => value is null ? "absent" : "present"));
    }

    /// <summary>The tokens the parser reads: the lexer's, without trivia.</summary>
    private static Token<TokenKind>[] SignificantTokens(string text) =>
        [.. SyntaxToken.Scan(text).Where(t => !t.Kind.IsTrivia()).Select(t => SqlTokenizer.Token(text, t.Kind, t.Span.Start, t.Span.Length))];

    /// <summary>The item parsed (or where it failed) and the farthest failure with everything expected there.</summary>
    private static string Outcome<T>(TokenListParser<TokenKind, T> parser, Token<TokenKind>[] tokens, Func<T, string> describe)
    {
        FarthestFailure.Reset();
        var result = parser(new TokenList<TokenKind>(tokens));
        var parsed = result.HasValue ? describe(result.Value) : "nothing";
        return $"{parsed} up to token {result.Remainder.Position}; farthest failure at {FarthestFailure.Position}: {string.Join(", ", FarthestFailure.Expected)}";
    }

    private static string Describe(ObjectDesc item) =>
        $"{item.Kind} {item.KeywordSpan} all={item.All} {Describe(item.Name)} {Describe(item.Partitions)} {Describe(item.Alias?.Name)} {item.Alias?.AsSpan} {item.Span}";

    private static string Describe(QualifiedName? name) => name is null ? "-" : string.Join(".", name.Parts.Select(Describe));

    private static string Describe(Name? name) => name is null ? "-" : $"{name.Value}@{name.Span}/{name.Quoting}";

    private static string Describe(PartitionClause? partitions) => partitions is null ? "-"
        : $"{partitions.TemporarySpan} {partitions.KeywordSpan} ({partitions.Parenthesized}) "
          + string.Join(",", partitions.Partitions.Select(p => $"{Describe(p.Name)}={p.Value?.Value}@{p.Value?.Span}")) + $" {partitions.Span}";
}
