using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>
/// The only WHERE shapes SHOW SNAPSHOT accepts. A column is compared by name, however quoted (`` `snapshot` `` is the
/// column too); a compared value may not be empty (StarRocks rejects <c>SNAPSHOT = ''</c> with the same message).
/// </summary>
internal static class SnapshotFilter
{
    public static bool IsValid(string text, IReadOnlyList<SyntaxToken> condition)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        var position = 0;
        if (Comparison(text, tokens, ref position, "SNAPSHOT"))
            return position == tokens.Count || (And(text, tokens, ref position) && Comparison(text, tokens, ref position, "TIMESTAMP") && position == tokens.Count);
        position = 0;
        if (Comparison(text, tokens, ref position, "TIMESTAMP"))
            return And(text, tokens, ref position) && Comparison(text, tokens, ref position, "SNAPSHOT") && position == tokens.Count;
        position = 0;
        return Column(text, tokens, ref position, "SNAPSHOT") && Word(text, tokens, ref position, "IN") && StringList(tokens, ref position) && position == tokens.Count;
    }

    private static bool Comparison(string text, List<SyntaxToken> tokens, ref int position, string column) =>
        Column(text, tokens, ref position, column) && Kind(tokens, ref position, TokenKind.Equals)
        && position < tokens.Count && tokens[position].Kind == TokenKind.String
        && Unquote.String(text.AsSpan(tokens[position].Span.Start, tokens[position].Span.Length)).Length > 0
        && Kind(tokens, ref position, TokenKind.String);

    private static bool Column(string text, List<SyntaxToken> tokens, ref int position, string column)
    {
        if (position >= tokens.Count || !IsColumn(text, tokens[position], column))
            return false;
        position++;
        return true;
    }

    /// <summary>Whether a token names <paramref name="column"/>, bare or backticked, in any case.</summary>
    internal static bool IsColumn(string text, SyntaxToken token, string column)
    {
        var written = text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Kind switch
        {
            TokenKind.Word => written.Equals(column, StringComparison.OrdinalIgnoreCase),
            TokenKind.BacktickName => Unquote.Backtick(written).Equals(column, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static bool StringList(List<SyntaxToken> tokens, ref int position)
    {
        if (!Kind(tokens, ref position, TokenKind.LParen) || !Kind(tokens, ref position, TokenKind.String))
            return false;
        while (Kind(tokens, ref position, TokenKind.Comma))
            if (!Kind(tokens, ref position, TokenKind.String))
                return false;
        return Kind(tokens, ref position, TokenKind.RParen);
    }

    /// <summary><c>AND</c>, or <c>&amp;&amp;</c>, which StarRocks' grammar reads as the same operator.</summary>
    private static bool And(string text, List<SyntaxToken> tokens, ref int position)
    {
        if (Word(text, tokens, ref position, "AND"))
            return true;
        if (position + 1 >= tokens.Count || !IsAmpersand(text, tokens[position]) || !IsAmpersand(text, tokens[position + 1])
            || tokens[position].Span.End != tokens[position + 1].Span.Start)
            return false;
        position += 2;
        return true;
    }

    private static bool IsAmpersand(string text, SyntaxToken token) => token.Kind == TokenKind.Operator && text[token.Span.Start] == '&';

    private static bool Word(string text, List<SyntaxToken> tokens, ref int position, string word)
    {
        if (position >= tokens.Count || tokens[position].Kind != TokenKind.Word
            || !text.AsSpan(tokens[position].Span.Start, tokens[position].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            return false;
        position++;
        return true;
    }

    private static bool Kind(List<SyntaxToken> tokens, ref int position, TokenKind kind)
    {
        if (position >= tokens.Count || tokens[position].Kind != kind)
            return false;
        position++;
        return true;
    }
}
