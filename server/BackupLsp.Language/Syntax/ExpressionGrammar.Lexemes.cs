using Superpower.Model;

namespace BackupLsp.Language.Syntax;

internal static partial class ExpressionGrammar
{
    // StarRocks' operators of more than one character, longest first (StarRocksLex.g4). `==` is none: it is `=` twice.
    private static readonly string[] LongOperators = ["<=>", "<=", ">=", "<>", "!=", "->", "||", "&&", "::", "=>"];

    /// <summary>
    /// The condition's tokens as StarRocks' lexer cuts them, which this server's lexer cuts finer: an operator of two or
    /// three characters (<c>&lt;=</c>, <c>-&gt;</c>, <c>||</c>) is one token, written without spaces. Trivia are left out.
    /// </summary>
    private static Token<TokenKind>[] Lexemes(string text, IEnumerable<SyntaxToken> condition)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        var lexemes = new List<Token<TokenKind>>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var (count, kind) = OperatorLength(text, tokens, i) is > 1 and var symbols ? (symbols, TokenKind.Operator) : (1, tokens[i].Kind);
            var start = tokens[i].Span.Start;
            lexemes.Add(SqlTokenizer.Token(text, kind, start, tokens[i + count - 1].Span.End - start));
            i += count;
        }
        return [.. lexemes];
    }

    /// <summary>How many touching one-character tokens from <paramref name="first"/> make one of <see cref="LongOperators"/>.</summary>
    private static int OperatorLength(string text, List<SyntaxToken> tokens, int first)
    {
        foreach (var symbol in LongOperators)
        {
            var fits = first + symbol.Length <= tokens.Count;
            for (var i = 0; fits && i < symbol.Length; i++)
                fits = tokens[first + i].Kind is TokenKind.Operator or TokenKind.Equals && text[tokens[first + i].Span.Start] == symbol[i]
                    && (i == 0 || tokens[first + i].Span.Start == tokens[first + i - 1].Span.End);
            if (fits)
                return symbol.Length;
        }
        return 1;
    }
}
