using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>The only WHERE shapes SHOW SNAPSHOT accepts.</summary>
internal static class SnapshotFilter
{
    public static bool IsValid(string text, IReadOnlyList<SyntaxToken> condition)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        var position = 0;
        if (Comparison(text, tokens, ref position, "SNAPSHOT"))
            return position == tokens.Count || (Word(text, tokens, ref position, "AND") && Comparison(text, tokens, ref position, "TIMESTAMP") && position == tokens.Count);
        position = 0;
        if (Comparison(text, tokens, ref position, "TIMESTAMP"))
            return Word(text, tokens, ref position, "AND") && Comparison(text, tokens, ref position, "SNAPSHOT") && position == tokens.Count;
        position = 0;
        return Word(text, tokens, ref position, "SNAPSHOT") && Word(text, tokens, ref position, "IN") && StringList(tokens, ref position) && position == tokens.Count;
    }

    private static bool Comparison(string text, List<SyntaxToken> tokens, ref int position, string column) =>
        Word(text, tokens, ref position, column) && Kind(tokens, ref position, TokenKind.Equals) && Kind(tokens, ref position, TokenKind.String);

    private static bool StringList(List<SyntaxToken> tokens, ref int position)
    {
        if (!Kind(tokens, ref position, TokenKind.LParen) || !Kind(tokens, ref position, TokenKind.String))
            return false;
        while (Kind(tokens, ref position, TokenKind.Comma))
            if (!Kind(tokens, ref position, TokenKind.String))
                return false;
        return Kind(tokens, ref position, TokenKind.RParen);
    }

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
