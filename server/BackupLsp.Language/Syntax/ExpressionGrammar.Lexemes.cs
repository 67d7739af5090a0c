using System.Text.RegularExpressions;
using Superpower.Model;

namespace BackupLsp.Language.Syntax;

internal static partial class ExpressionGrammar
{
    // StarRocks' operators of more than one character, longest first (StarRocksLex.g4). `==` is none: it is `=` twice.
    private static readonly string[] LongOperators = ["<=>", "<=", ">=", "<>", "!=", "->", "||", "&&", "::", "=>"];

    /// <summary>
    /// The condition's tokens as StarRocks' lexer cuts them, which this server's lexer cuts finer: a number with a fraction
    /// (<c>1.5</c>, <c>.5</c>, <c>1.e+3</c>) and an operator of two or three characters (<c>&lt;=</c>,
    /// <c>-&gt;</c>, <c>||</c>) are one token, written without spaces. Trivia are left out.
    /// </summary>
    private static Token<TokenKind>[] Lexemes(string text, IEnumerable<SyntaxToken> condition)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        var lexemes = new List<Token<TokenKind>>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var (count, kind) = NumberLength(text, tokens, i) is > 1 and var digits ? (digits, TokenKind.Number)
                : OperatorLength(text, tokens, i) is > 1 and var symbols ? (symbols, TokenKind.Operator)
                : (1, tokens[i].Kind);
            var start = tokens[i].Span.Start;
            lexemes.Add(SqlTokenizer.Token(text, kind, start, tokens[i + count - 1].Span.End - start));
            i += count;
        }
        return [.. lexemes];
    }

    /// <summary>How many touching tokens from <paramref name="first"/> make the longest number StarRocks reads there.</summary>
    private static int NumberLength(string text, List<SyntaxToken> tokens, int first)
    {
        var start = tokens[first];
        if (!(start.Kind is TokenKind.Number or TokenKind.Dot || (start.Kind == TokenKind.Word && char.IsAsciiDigit(text[start.Span.Start]))))
            return 1;
        // The run of touching tokens a number may span: an operator only as an exponent's sign, right after its `e`, so
        // that `1+1+1...` is not one run searched from its end for every number in it (quadratic in the chain's length).
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Span.Start == tokens[last].Span.End
            && (tokens[last + 1].Kind is TokenKind.Number or TokenKind.Dot or TokenKind.Word || IsExponentSign(text, tokens[last], tokens[last + 1])))
            last++;
        for (; last > first; last--)
            if (NumberLiteral().IsMatch(text.AsSpan(start.Span.Start, tokens[last].Span.End - start.Span.Start)))
                return last - first + 1;
        return 1;
    }

    private static bool IsExponentSign(string text, SyntaxToken before, SyntaxToken token) =>
        token.Kind == TokenKind.Operator && text[token.Span.Start] is '+' or '-' && text[before.Span.End - 1] is 'e' or 'E';

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

    [GeneratedRegex(@"^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\z")]
    private static partial Regex NumberLiteral();
}
