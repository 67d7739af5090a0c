using BackupLsp.Language.Syntax;
using BackupLsp.Language.Tests.Robustness;
using CsCheck;
using Superpower.Model;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>The shortcut that parses an ON item starting with a plain name as a table, against trying every object form.</summary>
public sealed class ObjectItemTests
{
    [Fact]
    public void The_plain_table_shortcut_parses_and_expects_exactly_what_trying_every_form_does() =>
        SqlFragments.Soup.Sample(text =>
        {
            var tokens = SignificantTokens(text);
            Assert.Equal(Outcome(Grammar.ObjectForms, tokens), Outcome(Grammar.ObjectItem, tokens));
        }, iter: 5000);

    [Theory]
    [InlineData("t1 PARTITION (p1, p2) AS t2")]
    [InlineData("`view` PARTITION p1")]
    [InlineData("db.t1.x")]
    [InlineData("view v1")]
    [InlineData("order")]
    [InlineData("FROM t1")]
    public void Items_of_every_kind_are_compared(string item)
    {
        var tokens = SignificantTokens(item);
        Assert.Equal(Outcome(Grammar.ObjectForms, tokens), Outcome(Grammar.ObjectItem, tokens));
    }

    private static Token<TokenKind>[] SignificantTokens(string text)
    {
        var tokens = new List<Token<TokenKind>>();
        for (var position = 0; position < text.Length;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (!kind.IsTrivia())
                tokens.Add(SqlTokenizer.Token(text, kind, position, end - position));
            position = end;
        }
        return [.. tokens];
    }

    /// <summary>The item parsed (or where it failed) and the farthest failure with everything expected there.</summary>
    private static string Outcome(Superpower.TokenListParser<TokenKind, ObjectDesc> parser, Token<TokenKind>[] tokens)
    {
        FarthestFailure.Reset();
        var result = parser(new TokenList<TokenKind>(tokens));
        var parsed = result.HasValue ? Describe(result.Value) : "no item";
        return $"{parsed} up to token {result.Remainder.Position}; farthest failure at {FarthestFailure.Position}: {string.Join(", ", FarthestFailure.Expected.Order())}";
    }

    private static string Describe(ObjectDesc item) =>
        $"{item.Kind} {item.KeywordSpan} all={item.All} {Describe(item.Name)} {Describe(item.Partitions)} {Describe(item.Alias?.Name)} {item.Alias?.AsSpan} {item.Span}";

    private static string Describe(QualifiedName? name) => name is null ? "-" : string.Join(".", name.Parts.Select(Describe));

    private static string Describe(Name? name) => name is null ? "-" : $"{name.Value}@{name.Span}/{name.Quoting}";

    private static string Describe(PartitionClause? partitions) => partitions is null ? "-"
        : $"{partitions.TemporarySpan} {partitions.KeywordSpan} ({partitions.Parenthesized}) "
          + string.Join(",", partitions.Partitions.Select(p => $"{Describe(p.Name)}={p.Value?.Value}@{p.Value?.Span}")) + $" {partitions.Span}";
}
