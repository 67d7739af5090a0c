using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>
/// The only WHERE shapes SHOW SNAPSHOT accepts: <c>SNAPSHOT = 'x'</c>, that and <c>TIMESTAMP = 'y'</c> joined by AND in
/// either order, or <c>SNAPSHOT IN ('a', ...)</c>. A column is compared by name, however quoted (`` `snapshot` `` is the
/// column too); a compared value may not be empty (StarRocks rejects <c>SNAPSHOT = ''</c> with the same message).
/// Parentheses around any part are StarRocks' parenthesized expressions, which its parser unwraps: <c>(SNAPSHOT = 'x')</c>
/// is the same filter.
/// </summary>
internal static class SnapshotFilter
{
    /// <summary>One comparison of the filter: the column and, for <c>IN</c>, that it was a list.</summary>
    private readonly record struct Predicate(string Column, bool IsList);

    public static bool IsValid(string text, IReadOnlyList<SyntaxToken> condition)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        var position = 0;
        var predicates = new List<Predicate>(2);
        if (!Conjunction(text, tokens, ref position, predicates) || position != tokens.Count)
            return false;
        return predicates switch
        {
            [{ Column: "SNAPSHOT" }] => true,
            [{ Column: "SNAPSHOT", IsList: false }, { Column: "TIMESTAMP", IsList: false }] => true,
            [{ Column: "TIMESTAMP", IsList: false }, { Column: "SNAPSHOT", IsList: false }] => true,
            _ => false,
        };
    }

    /// <summary>Predicates joined by AND, each perhaps in parentheses, as are the joined ones.</summary>
    private static bool Conjunction(string text, List<SyntaxToken> tokens, ref int position, List<Predicate> predicates)
    {
        do
        {
            if (predicates.Count > 2 || !Primary(text, tokens, ref position, predicates))
                return false;
        }
        while (And(text, tokens, ref position));
        return true;
    }

    private static bool Primary(string text, List<SyntaxToken> tokens, ref int position, List<Predicate> predicates)
    {
        // A parenthesis opens either a conjunction or a parenthesized column: the column's is tried when the other fails.
        var start = position;
        var count = predicates.Count;
        if (Kind(tokens, ref position, TokenKind.LParen) && Conjunction(text, tokens, ref position, predicates) && Kind(tokens, ref position, TokenKind.RParen))
            return true;
        position = start;
        predicates.RemoveRange(count, predicates.Count - count);
        return Comparison(text, tokens, ref position, predicates);
    }

    /// <summary><c>column = 'value'</c> or <c>column IN ('a', ...)</c>, for SNAPSHOT or TIMESTAMP.</summary>
    private static bool Comparison(string text, List<SyntaxToken> tokens, ref int position, List<Predicate> predicates)
    {
        var column = ColumnName(text, tokens, ref position);
        if (column is null)
            return false;
        if (Kind(tokens, ref position, TokenKind.Equals))
        {
            if (!StringOperand(text, tokens, ref position, allowEmpty: false))
                return false;
            predicates.Add(new Predicate(column, IsList: false));
            return true;
        }
        if (!Word(text, tokens, ref position, "IN") || !StringList(text, tokens, ref position))
            return false;
        predicates.Add(new Predicate(column, IsList: true));
        return true;
    }

    /// <summary>SNAPSHOT or TIMESTAMP (upper case), perhaps in parentheses; null for anything else.</summary>
    private static string? ColumnName(string text, List<SyntaxToken> tokens, ref int position) =>
        Operand(tokens, ref position, token => IsColumn(text, token, "SNAPSHOT") || IsColumn(text, token, "TIMESTAMP")) is >= 0 and var at
            ? IsColumn(text, tokens[at], "SNAPSHOT") ? "SNAPSHOT" : "TIMESTAMP"
            : null;

    /// <summary>A string, perhaps in parentheses; an empty one only where <paramref name="allowEmpty"/>.</summary>
    private static bool StringOperand(string text, List<SyntaxToken> tokens, ref int position, bool allowEmpty) =>
        Operand(tokens, ref position, token => token.Kind == TokenKind.String
            && (allowEmpty || Unquote.String(text.AsSpan(token.Span.Start, token.Span.Length)).Length > 0)) >= 0;

    /// <summary>The index of the one token, perhaps in parentheses, that <paramref name="accepts"/>; -1 when there is none.</summary>
    private static int Operand(List<SyntaxToken> tokens, ref int position, Func<SyntaxToken, bool> accepts)
    {
        var opened = 0;
        while (Kind(tokens, ref position, TokenKind.LParen))
            opened++;
        if (position >= tokens.Count || !accepts(tokens[position]))
            return -1;
        var operand = position++;
        for (; opened > 0; opened--)
            if (!Kind(tokens, ref position, TokenKind.RParen))
                return -1;
        return operand;
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

    private static bool StringList(string text, List<SyntaxToken> tokens, ref int position)
    {
        if (!Kind(tokens, ref position, TokenKind.LParen) || !StringOperand(text, tokens, ref position, allowEmpty: true))
            return false;
        while (Kind(tokens, ref position, TokenKind.Comma))
            if (!StringOperand(text, tokens, ref position, allowEmpty: true))
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
