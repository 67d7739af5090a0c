using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace BackupLsp.Language.Syntax;

// primaryExpression's alternatives other than literals and calls (ExpressionGrammar.Literals, .Functions).
internal static partial class ExpressionGrammar
{
    /// <summary>
    /// <c>( query )</c>: a subquery, read to its closing parenthesis. Its body is a SELECT, whose syntax this server does not
    /// read: what starts as a query does (SELECT or WITH, after any parentheses) is taken as one.
    /// </summary>
    private static TokenListParser<TokenKind, SqlExpression> Query => static input =>
    {
        var first = input.ConsumeToken();
        if (!first.HasValue || first.Value.Kind != TokenKind.LParen)
            return TokenListParserResult.Empty<TokenKind, SqlExpression>(input);
        while (first.HasValue && first.Value.Kind == TokenKind.LParen)
            first = first.Remainder.ConsumeToken();
        if (!first.HasValue || first.Value.Kind != TokenKind.Word
            || !(first.Value.Span.EqualsValueIgnoreCase("SELECT") || first.Value.Span.EqualsValueIgnoreCase("WITH")))
            return TokenListParserResult.Empty<TokenKind, SqlExpression>(input);
        var rest = input;
        var depth = 0;
        do
        {
            var next = rest.ConsumeToken();
            if (!next.HasValue)
                return TokenListParserResult.Empty<TokenKind, SqlExpression>(input);
            depth += next.Value.Kind switch { TokenKind.LParen => 1, TokenKind.RParen => -1, _ => 0 };
            rest = next.Remainder;
        }
        while (depth > 0);
        return TokenListParserResult.Value(SqlExpression.Other, input, rest);
    };

    /// <summary><c>( expression )</c>, which StarRocks unwraps, or <c>(a, b, ...)</c>, a row.</summary>
    private static TokenListParser<TokenKind, SqlExpression> ParenthesizedOrRow =>
        Parenthesized(ExpressionList).Select(items => items.Length == 1 ? items[0] : new Row());

    /// <summary>
    /// <c>x -&gt; body</c> or <c>(x, y) -&gt; body</c>; after a parenthesized list the body may be <c>(k, v)</c>, two exactly
    /// (AstBuilder). <c>x -&gt; 'path'</c> and <c>(x) -&gt; 'path'</c> are the arrow operator on a column: StarRocks' grammar
    /// reads them both ways and takes its first alternative.
    /// </summary>
    private static TokenListParser<TokenKind, SqlExpression> Lambda =>
        Name.IgnoreThen(Symbol("->")).IgnoreThen(Parse.Not(Token.EqualTo(TokenKind.String))).IgnoreThen(Expression)
            .Or(Parenthesized(Name).Try().IgnoreThen(Symbol("->")).IgnoreThen(Parse.Not(Token.EqualTo(TokenKind.String))).IgnoreThen(LambdaBody))
            .Or(Parenthesized(Name.AtLeastOnceDelimitedBy(Comma)).IgnoreThen(Symbol("->")).IgnoreThen(LambdaBody))
            .Value(SqlExpression.Other);

    private static TokenListParser<TokenKind, SqlExpression> LambdaBody =>
        Expression.Or(Parenthesized(Expression.ManyDelimitedBy(Comma)).Where(pair => pair.Length == 2).Value(SqlExpression.Other));

    private static TokenListParser<TokenKind, SqlExpression> Case =>
        from keyword in Keyword("CASE")
        from operand in Optionally(Expression)
        from whens in Keyword("WHEN").IgnoreThen(Expression).IgnoreThen(Keyword("THEN")).IgnoreThen(Expression).AtLeastOnce()
        from otherwise in Optionally(Keyword("ELSE").IgnoreThen(Expression))
        from end in Keyword("END")
        select SqlExpression.Other;

    private static TokenListParser<TokenKind, SqlExpression> Cast =>
        Keyword("CAST").IgnoreThen(Parenthesized(Expression.IgnoreThen(Keyword("AS")).IgnoreThen(TypeName))).Value(SqlExpression.Other);

    private static TokenListParser<TokenKind, SqlExpression> Convert =>
        Keyword("CONVERT").IgnoreThen(Parenthesized(Expression.IgnoreThen(Comma).IgnoreThen(TypeName))).Value(SqlExpression.Other);

    /// <summary><c>[a, b]</c> or <c>ARRAY&lt;type&gt;[a, b]</c>.</summary>
    private static TokenListParser<TokenKind, SqlExpression> ArrayConstructor =>
        Optionally(Keyword("ARRAY").IgnoreThen(TypeName.Between(Symbol("<"), Symbol(">"))))
            .IgnoreThen(Expression.ManyDelimitedBy(Comma).Between(Symbol("["), Symbol("]")))
            .Value(SqlExpression.Other);

    /// <summary><c>MAP{k: v}</c> or <c>MAP&lt;type, type&gt;{k: v}</c>.</summary>
    private static TokenListParser<TokenKind, SqlExpression> MapConstructor =>
        Keyword("MAP").IgnoreThen(Optionally(MapTypeArguments))
            .IgnoreThen(Expression.IgnoreThen(Symbol(":")).IgnoreThen(Expression).ManyDelimitedBy(Comma).Between(Symbol("{"), Symbol("}")))
            .Value(SqlExpression.Other);

    /// <summary><c>@name</c>, <c>@'name'</c> (a user variable), <c>@@name</c> (a system one; <c>@@session.name</c> reads as a field).</summary>
    private static TokenListParser<TokenKind, SqlExpression> Variable =>
        Symbol("@").IgnoreThen(Symbol("@").IgnoreThen(Name).Or(Name).Or(StringValue)).Value(SqlExpression.Other);
}
