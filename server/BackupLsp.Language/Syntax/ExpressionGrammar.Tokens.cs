using System.Globalization;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace BackupLsp.Language.Syntax;

// The token parsers the grammar is built from. Like everything outside ExpressionGrammar.cs that the grammar's fields use
// as they initialise, they are methods and properties: C# does not order static field initialisers across the files of a class.
internal static partial class ExpressionGrammar
{
    private static TokenListParser<TokenKind, Token<TokenKind>> Keyword(string word) => Token.EqualToValueIgnoreCase(TokenKind.Word, word);

    /// <summary>One of <paramref name="words"/>, in any case; yields it as listed.</summary>
    private static TokenListParser<TokenKind, string> OneOf(params string[] words) => input =>
    {
        var next = input.ConsumeToken();
        if (next.HasValue && next.Value.Kind == TokenKind.Word)
            foreach (var word in words)
                if (next.Value.Span.EqualsValueIgnoreCase(word))
                    return TokenListParserResult.Value(word, input, next.Remainder);
        return TokenListParserResult.Empty<TokenKind, string>(input);
    };

    /// <summary>An operator (see <see cref="Lexemes"/>), or <c>=</c>.</summary>
    private static TokenListParser<TokenKind, Token<TokenKind>> Symbol(string symbol) =>
        symbol == "=" ? Token.EqualTo(TokenKind.Equals) : Token.EqualToValue(TokenKind.Operator, symbol);

    private static TokenListParser<TokenKind, Token<TokenKind>> Comma => Token.EqualTo(TokenKind.Comma);

    /// <summary>An optional part, or null (Superpower's Optional takes value types only).</summary>
    private static TokenListParser<TokenKind, T?> Maybe<T>(TokenListParser<TokenKind, T> parser) where T : class =>
        parser.Select(value => (T?)value).OptionalOrDefault();

    /// <summary>An optional part whose value nothing reads; yields whether it is there.</summary>
    private static TokenListParser<TokenKind, bool> Optionally<T>(TokenListParser<TokenKind, T> parser) => parser.Value(true).OptionalOrDefault();

    private static TokenListParser<TokenKind, T> Parenthesized<T>(TokenListParser<TokenKind, T> parser) =>
        parser.Between(Token.EqualTo(TokenKind.LParen), Token.EqualTo(TokenKind.RParen));

    /// <summary>An identifier: a backtick name or a word the release checked for does not reserve; yields the name.</summary>
    private static TokenListParser<TokenKind, string> Name => static input =>
    {
        var next = input.ConsumeToken();
        if (!next.HasValue || !(next.Value.Kind == TokenKind.BacktickName
                || (next.Value.Kind == TokenKind.Word && !Keywords.IsReserved(next.Value.Span.ToStringValue(), _release))))
            return TokenListParserResult.Empty<TokenKind, string>(input);
        var text = next.Value.ToStringValue();
        return TokenListParserResult.Value(next.Value.Kind == TokenKind.BacktickName ? Unquote.Backtick(text) : text, input, next.Remainder);
    };

    private static TokenListParser<TokenKind, string> StringValue =>
        Token.EqualTo(TokenKind.String).Select(token => Unquote.String(token.ToStringValue()));

    /// <summary>Digits StarRocks reads with Integer.parseInt: a type's length, precision or scale.</summary>
    private static TokenListParser<TokenKind, Token<TokenKind>> SmallInteger =>
        Token.EqualTo(TokenKind.Number).Where(token => int.TryParse(token.ToStringValue(), NumberStyles.None, CultureInfo.InvariantCulture, out _));
}
