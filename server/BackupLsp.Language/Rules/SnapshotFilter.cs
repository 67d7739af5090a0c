using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>What StarRocks makes of a SHOW SNAPSHOT filter: refused, applied as written, or taken otherwise than written.</summary>
internal readonly record struct SnapshotFilterReading(bool Refused, string? Misreading)
{
    public static readonly SnapshotFilterReading AsWritten = new(false, null);
    public static readonly SnapshotFilterReading Refusal = new(true, null);

    public static SnapshotFilterReading Misread(string why) => new(false, why);
}

/// <summary>
/// Reads a SHOW SNAPSHOT filter as StarRocks' analyzer does. It refuses OR, NOT, more than two conditions joined by AND,
/// an AND of anything but two comparisons, a comparison of anything but SNAPSHOT or TIMESTAMP with a non-empty string, a
/// TIMESTAMP without a SNAPSHOT, and an IN of anything but SNAPSHOT and strings. It lets everything else through without
/// looking closer: a comparison's operator (<c>!=</c> is taken as <c>=</c>), NOT IN (taken as IN), a repeated column (the
/// last counts), an empty name in an IN list (skipped), and conditions of other kinds (LIKE, BETWEEN, IS NULL, a lone value
/// such as TRUE, 1, SNAPSHOT, -1, @v, now() or 1 + 1), which it ignores; a condition it could not parse is refused.
/// A column is compared by name, however quoted (`` `snapshot` `` is the column too). Parentheses around any part are
/// StarRocks' parenthesized expressions, which its parser unwraps: <c>(SNAPSHOT = 'x')</c> is the same filter.
/// </summary>
internal static partial class SnapshotFilter
{
    /// <summary>One comparison: its column (SNAPSHOT or TIMESTAMP) and its operator as written.</summary>
    private sealed record Comparison(string Column, string Operator);

    private static readonly string[] ComparisonOperators = ["=", "==", "!=", "<>", "<", "<=", ">", ">=", "<=>"];

    public static SnapshotFilterReading Read(string text, IReadOnlyList<SyntaxToken> condition)
    {
        var tokens = Unwrapped(condition.Where(t => !t.Kind.IsTrivia()).ToList());
        if (tokens.Count == 0 || !Balanced(tokens) || TopLevel(tokens).Any(i => IsOr(text, tokens, i)))
            return SnapshotFilterReading.Refusal;
        var conjuncts = SplitAtAnd(text, tokens);
        return conjuncts.Count switch
        {
            1 => ReadOne(text, tokens),
            2 => ReadTwo(text, conjuncts),
            // (a AND b) AND c: the first of the two sides is no comparison.
            _ => SnapshotFilterReading.Refusal,
        };
    }

    private static SnapshotFilterReading ReadTwo(string text, List<List<SyntaxToken>> conjuncts)
    {
        var comparisons = conjuncts.Select(c => ComparisonOf(text, Unwrapped(c))).ToList();
        if (comparisons.Any(c => c is null) || !comparisons.Any(c => c!.Column == "SNAPSHOT"))
            return SnapshotFilterReading.Refusal;
        if (comparisons[0]!.Column == comparisons[1]!.Column)
            return SnapshotFilterReading.Misread($"StarRocks keeps one {comparisons[0]!.Column}: only the second comparison counts.");
        return comparisons.FirstOrDefault(c => c!.Operator != "=") is { } other ? OperatorIgnored(other) : SnapshotFilterReading.AsWritten;
    }

    private static SnapshotFilterReading ReadOne(string text, List<SyntaxToken> tokens)
    {
        // NOT, and NOT LIKE (StarRocks' parser makes it a NOT around a LIKE), are logical operators other than AND.
        if (IsNot(text, tokens, 0) || TopLevel(tokens).Any(i => Word(text, tokens, i, "NOT") && (Word(text, tokens, i + 1, "LIKE")
                || Word(text, tokens, i + 1, "REGEXP") || Word(text, tokens, i + 1, "RLIKE"))))
            return SnapshotFilterReading.Refusal;
        if (TopLevel(tokens).Any(i => IsComparisonOperator(text, tokens, i)))
            return ComparisonOf(text, tokens) is { Column: "SNAPSHOT" } comparison
                ? comparison.Operator == "=" ? SnapshotFilterReading.AsWritten : OperatorIgnored(comparison)
                : SnapshotFilterReading.Refusal;
        if (TopLevel(tokens).FirstOrDefault(i => Word(text, tokens, i, "IN"), -1) is >= 0 and var inAt)
            return InList(text, tokens, inAt);
        return IsIgnoredKind(text, tokens)
            ? SnapshotFilterReading.Misread(
                "StarRocks ignores a condition of this kind and lists every snapshot in the repository: filter with SNAPSHOT = 'name' or SNAPSHOT IN ('a', 'b').")
            : SnapshotFilterReading.Refusal;
    }

    /// <summary>
    /// A lone value (<c>TRUE</c>, <c>1</c>, <c>SNAPSHOT</c>, <c>-1</c>, <c>@v</c>, <c>now()</c>, <c>1 + 1</c>), <c>x LIKE y</c>
    /// (or REGEXP, RLIKE), <c>x [NOT] BETWEEN y AND z</c> or <c>x IS [NOT] NULL</c>, of such values (<see cref="Value"/>):
    /// conditions StarRocks parses and its analyzer passes over, as it does all but comparisons, AND, OR, NOT and IN.
    /// Anything else is no condition it parses, or one too far from a filter to say what it makes of it.
    /// </summary>
    private static bool IsIgnoredKind(string text, List<SyntaxToken> tokens)
    {
        var position = 0;
        if (!Value(text, tokens, ref position))
            return false;
        if (position == tokens.Count)
            return true;
        if (Word(text, tokens, position, "LIKE") || Word(text, tokens, position, "REGEXP") || Word(text, tokens, position, "RLIKE"))
        {
            position++;
            return Value(text, tokens, ref position) && position == tokens.Count;
        }
        if (Word(text, tokens, position, "IS"))
        {
            position += Word(text, tokens, position + 1, "NOT") ? 2 : 1;
            return Word(text, tokens, position, "NULL") && position + 1 == tokens.Count;
        }
        if (Word(text, tokens, position, "NOT"))
            position++;
        if (!Word(text, tokens, position++, "BETWEEN") || !Value(text, tokens, ref position) || !Word(text, tokens, position++, "AND"))
            return false;
        return Value(text, tokens, ref position) && position == tokens.Count;
    }

    private static SnapshotFilterReading OperatorIgnored(Comparison comparison) =>
        SnapshotFilterReading.Misread($"StarRocks does not look at the operator: it takes {comparison.Column} {comparison.Operator} '...' as {comparison.Column} = '...'.");

    /// <summary><c>SNAPSHOT [NOT] IN ('a', ...)</c>, with IN at <paramref name="inAt"/>.</summary>
    private static SnapshotFilterReading InList(string text, List<SyntaxToken> tokens, int inAt)
    {
        var negated = Word(text, tokens, inAt - 1, "NOT");
        var column = tokens[..(negated ? inAt - 1 : inAt)];
        var position = 0;
        if (Operand(column, ref position, token => IsColumn(text, token, "SNAPSHOT")) < 0 || position != column.Count)
            return SnapshotFilterReading.Refusal;
        position = inAt + 1;
        if (!StringList(text, tokens, ref position) || position != tokens.Count)
            return SnapshotFilterReading.Refusal;
        if (negated)
            return SnapshotFilterReading.Misread("StarRocks takes NOT IN as IN: it lists the snapshots named, not the others.");
        return tokens[(inAt + 1)..].Any(t => t.Kind == TokenKind.String && Unquote.String(text.AsSpan(t.Span.Start, t.Span.Length)).Length == 0)
            ? SnapshotFilterReading.Misread("StarRocks skips an empty name in the list; with no other name, it lists every snapshot in the repository.")
            : SnapshotFilterReading.AsWritten;
    }

    /// <summary><c>column op 'value'</c> for SNAPSHOT or TIMESTAMP and a non-empty string, each perhaps in parentheses; null for anything else.</summary>
    private static Comparison? ComparisonOf(string text, List<SyntaxToken> tokens)
    {
        var position = 0;
        var column = Operand(tokens, ref position, token => IsColumn(text, token, "SNAPSHOT") || IsColumn(text, token, "TIMESTAMP"));
        if (column < 0)
            return null;
        var operatorStart = position;
        while (position < tokens.Count && IsOperatorCharacter(text, tokens[position])
            && (position == operatorStart || tokens[position - 1].Span.End == tokens[position].Span.Start))
            position++;
        var written = string.Concat(tokens[operatorStart..position].Select(t => text[t.Span.Start]));
        if (!ComparisonOperators.Contains(written) || !StringOperand(text, tokens, ref position, allowEmpty: false) || position != tokens.Count)
            return null;
        return new Comparison(IsColumn(text, tokens[column], "SNAPSHOT") ? "SNAPSHOT" : "TIMESTAMP", written);
    }

    private static bool IsOperatorCharacter(string text, SyntaxToken token) =>
        token.Kind == TokenKind.Equals || (token.Kind == TokenKind.Operator && text[token.Span.Start] is '<' or '>' or '!');

    /// <summary>A comparison operator's first token: =, &lt;, &gt;, or ! of !=.</summary>
    private static bool IsComparisonOperator(string text, List<SyntaxToken> tokens, int i) =>
        tokens[i].Kind == TokenKind.Equals
        || (tokens[i].Kind == TokenKind.Operator && text[tokens[i].Span.Start] is '<' or '>')
        || (IsCharacter(text, tokens, i, '!') && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Equals && Adjacent(tokens, i));

    /// <summary>NOT, or a ! that is not the start of !=.</summary>
    private static bool IsNot(string text, List<SyntaxToken> tokens, int i) =>
        Word(text, tokens, i, "NOT") || (IsCharacter(text, tokens, i, '!') && !IsComparisonOperator(text, tokens, i));

    /// <summary>OR, or <c>||</c>, which StarRocks' grammar reads as the same operator.</summary>
    private static bool IsOr(string text, List<SyntaxToken> tokens, int i) =>
        Word(text, tokens, i, "OR") || (IsCharacter(text, tokens, i, '|') && IsCharacter(text, tokens, i + 1, '|') && Adjacent(tokens, i));

    /// <summary>The conditions joined by AND (or <c>&amp;&amp;</c>) outside parentheses; the AND of a BETWEEN joins none.</summary>
    private static List<List<SyntaxToken>> SplitAtAnd(string text, List<SyntaxToken> tokens)
    {
        var parts = new List<List<SyntaxToken>>();
        var start = 0;
        var between = false;
        foreach (var i in TopLevel(tokens))
        {
            if (Word(text, tokens, i, "BETWEEN"))
                between = true;
            else if (Word(text, tokens, i, "AND") && between)
                between = false;
            else if (Word(text, tokens, i, "AND") || (IsCharacter(text, tokens, i, '&') && IsCharacter(text, tokens, i + 1, '&') && Adjacent(tokens, i)))
            {
                parts.Add(tokens[start..i]);
                start = i + (tokens[i].Kind == TokenKind.Word ? 1 : 2);
            }
        }
        parts.Add(tokens[start..]);
        return parts;
    }

    /// <summary>The indexes of the tokens outside parentheses.</summary>
    private static IEnumerable<int> TopLevel(List<SyntaxToken> tokens)
    {
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.LParen)
                depth++;
            else if (tokens[i].Kind == TokenKind.RParen)
                depth--;
            else if (depth == 0)
                yield return i;
        }
    }

    private static bool Balanced(List<SyntaxToken> tokens)
    {
        var depth = 0;
        foreach (var token in tokens)
            if ((depth += token.Kind == TokenKind.LParen ? 1 : token.Kind == TokenKind.RParen ? -1 : 0) < 0)
                return false;
        return depth == 0;
    }

    /// <summary>The tokens without the parentheses that enclose them all.</summary>
    private static List<SyntaxToken> Unwrapped(List<SyntaxToken> tokens)
    {
        while (tokens.Count >= 2 && tokens[0].Kind == TokenKind.LParen && ClosingOf(tokens, 0) == tokens.Count - 1)
            tokens = tokens[1..^1];
        return tokens;
    }

    private static int ClosingOf(List<SyntaxToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
            if ((depth += tokens[i].Kind == TokenKind.LParen ? 1 : tokens[i].Kind == TokenKind.RParen ? -1 : 0) == 0)
                return i;
        return -1;
    }

    private static bool IsCharacter(string text, List<SyntaxToken> tokens, int i, char character) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Operator && text[tokens[i].Span.Start] == character;

    private static bool Adjacent(List<SyntaxToken> tokens, int i) => tokens[i].Span.End == tokens[i + 1].Span.Start;

    private static bool Word(string text, List<SyntaxToken> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word
        && text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

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

    private static bool Kind(List<SyntaxToken> tokens, ref int position, TokenKind kind)
    {
        if (position >= tokens.Count || tokens[position].Kind != kind)
            return false;
        position++;
        return true;
    }
}
