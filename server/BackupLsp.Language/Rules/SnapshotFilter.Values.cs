using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>The values StarRocks parses in a SHOW SNAPSHOT filter and its analyzer passes over.</summary>
internal static partial class SnapshotFilter
{
    /// <summary>
    /// An expression of values, as StarRocks' grammar reads one (valueExpression): names, strings, numbers, TRUE, FALSE
    /// and NULL, user and system variables (<c>@v</c>, <c>@'v'</c>, <c>@@session.v</c>), function calls of such
    /// expressions (<c>now()</c>, <c>db.f(1, 'a')</c>), a sign before any (<c>-1</c>), arithmetic between them (<c>+ - * /
    /// % DIV MOD &amp; | ^</c>) and parentheses. None is a comparison, AND, OR, NOT or IN, the only kinds ShowSnapshotAnalyzer
    /// looks at. Anything else (a comparison inside a call, CAST, CASE, <c>count(*)</c>) is left unread: too far from a
    /// filter to say here that StarRocks parses it.
    /// </summary>
    private static bool Value(string text, List<SyntaxToken> tokens, ref int position)
    {
        if (!Term(text, tokens, ref position))
            return false;
        while (IsArithmeticOperator(text, tokens, position))
        {
            position++;
            if (!Term(text, tokens, ref position))
                return false;
        }
        return true;
    }

    private static bool Term(string text, List<SyntaxToken> tokens, ref int position)
    {
        while (IsCharacter(text, tokens, position, '-') || IsCharacter(text, tokens, position, '+') || IsCharacter(text, tokens, position, '~'))
            position++;
        if (position >= tokens.Count)
            return false;
        var token = tokens[position];
        if (Kind(tokens, ref position, TokenKind.LParen))
            return Value(text, tokens, ref position) && Kind(tokens, ref position, TokenKind.RParen);
        if (IsCharacter(text, tokens, position, '@'))
            return Variable(text, tokens, ref position);
        if (Kind(tokens, ref position, TokenKind.String))
            return true;
        if (Kind(tokens, ref position, TokenKind.Number))
        {
            // 1.5: the lexer's number, dot and digits, touching.
            if (position + 1 < tokens.Count && tokens[position].Kind == TokenKind.Dot && tokens[position + 1].Kind == TokenKind.Number
                && Adjacent(tokens, position - 1) && Adjacent(tokens, position))
                position += 2;
            return true;
        }
        if (Word(text, tokens, position, "TRUE") || Word(text, tokens, position, "FALSE") || Word(text, tokens, position, "NULL"))
        {
            position++;
            return true;
        }
        if (!IsName(text, token))
            return false;
        position++;
        while (position + 1 < tokens.Count && tokens[position].Kind == TokenKind.Dot && IsName(text, tokens[position + 1]))
            position += 2;
        return position >= tokens.Count || tokens[position].Kind != TokenKind.LParen || Arguments(text, tokens, ref position);
    }

    /// <summary><c>( [value { , value }] )</c> after a function's name.</summary>
    private static bool Arguments(string text, List<SyntaxToken> tokens, ref int position)
    {
        position++;
        if (Kind(tokens, ref position, TokenKind.RParen))
            return true;
        do
        {
            if (!Value(text, tokens, ref position))
                return false;
        }
        while (Kind(tokens, ref position, TokenKind.Comma));
        return Kind(tokens, ref position, TokenKind.RParen);
    }

    /// <summary><c>@name</c> or <c>@'name'</c> (userVariable), <c>@@name</c> or <c>@@scope.name</c> (systemVariable).</summary>
    private static bool Variable(string text, List<SyntaxToken> tokens, ref int position)
    {
        var system = IsCharacter(text, tokens, ++position, '@');
        if (system)
            position++;
        if (position >= tokens.Count || !(IsName(text, tokens[position]) || (!system && tokens[position].Kind == TokenKind.String)))
            return false;
        position++;
        if (!system)
            return true;
        if (position + 1 < tokens.Count && tokens[position].Kind == TokenKind.Dot && IsName(text, tokens[position + 1]))
            position += 2;
        return true;
    }

    /// <summary>An identifier: a backtick name or a word StarRocks does not reserve.</summary>
    private static bool IsName(string text, SyntaxToken token) =>
        token.Kind == TokenKind.BacktickName || (token.Kind == TokenKind.Word && !Keywords.IsReserved(text.AsSpan(token.Span.Start, token.Span.Length)));

    private static bool IsArithmeticOperator(string text, List<SyntaxToken> tokens, int i) =>
        i < tokens.Count && ((tokens[i].Kind == TokenKind.Operator && text[tokens[i].Span.Start] is '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^')
            || Word(text, tokens, i, "DIV") || Word(text, tokens, i, "MOD"));
}
