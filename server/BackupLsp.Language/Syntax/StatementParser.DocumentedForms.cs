using BackupLsp.Language.Analysis;
using Superpower.Model;

namespace BackupLsp.Language.Syntax;

/// <summary>Syntax errors at forms StarRocks' reference pages write but its grammar refuses: said as such, with the fix.</summary>
public static partial class StatementParser
{
    /// <summary>
    /// <c>EXTERNAL CATALOG c AS c2</c> without parentheses, as the syntax of the 3.4+ BACKUP and RESTORE pages writes it:
    /// StarRocks.g4's backupStatement and restoreStatement take the catalogs as an identifierList or an
    /// identifierWithAliasList, both in parentheses, so StarRocks fails at the first catalog. Where names, aliases and
    /// commas run up to the statement's next clause, the fix puts them in parentheses.
    /// </summary>
    private static Diagnostic? CatalogsWithoutParentheses(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string message)
    {
        if (head.Kind is not (StatementKind.Backup or StatementKind.Restore) || index < 2 || !IsWord(tokens[index - 2], "EXTERNAL")
            || !(IsWord(tokens[index - 1], "CATALOG") || IsWord(tokens[index - 1], "CATALOGS")) || !IsCatalogName(tokens[index]))
            return null;
        var text = $"{message[..^1]}: StarRocks takes the catalogs of EXTERNAL {tokens[index - 1].Span.ToStringValue().ToUpperInvariant()} in parentheses only, as in (c1, c2).";
        if (CatalogListEnd(tokens, index) is not { } last)
            return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]), text);
        var list = Text.TextSpan.FromBounds(SpanOf(tokens[index]).Start, SpanOf(tokens[last]).End);
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]), text,
            CodeFix.Parenthesize($"Add parentheses: ({string.Join(" ", tokens[index..(last + 1)].Select(t => t.Span.ToStringValue())).Replace(" ,", ",")})", list, certain: true));
    }

    /// <summary>
    /// The last token of <c>c [AS c2], ...</c> from <paramref name="first"/>, where the clause after it (DATABASE, SNAPSHOT,
    /// ON, PROPERTIES) or the statement's end follows; otherwise null, as parentheses would not make the statement whole.
    /// </summary>
    private static int? CatalogListEnd(Token<TokenKind>[] tokens, int first)
    {
        var i = first;
        while (true)
        {
            if (i >= tokens.Length || !IsCatalogName(tokens[i]))
                return null;
            if (i + 2 < tokens.Length && IsWord(tokens[i + 1], "AS"))
            {
                if (!IsCatalogName(tokens[i + 2]))
                    return null;
                i += 2;
            }
            if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Comma)
            {
                i += 2;
                continue;
            }
            var next = i + 1;
            return next == tokens.Length || tokens[next].Kind == TokenKind.Semicolon
                || new[] { "DATABASE", "SNAPSHOT", "ON", "PROPERTIES" }.Any(word => IsWord(tokens[next], word)) ? i : null;
        }
    }

    private static bool IsCatalogName(Token<TokenKind> token) =>
        token.Kind == TokenKind.BacktickName || token.Kind == TokenKind.Word && !Keywords.IsAlwaysReserved(token.Span.ToStringValue());
}
