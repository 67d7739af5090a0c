using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Syntax errors at forms other statements take, which the family's statements do not: said as such.</summary>
public static partial class StatementParser
{
    /// <summary>
    /// <c>IF [NOT] EXISTS</c> where CREATE REPOSITORY, DROP REPOSITORY or DROP SNAPSHOT name their object: StarRocks' rules
    /// for them have no such clause and IF is reserved, so StarRocks fails at IF. Our grammar reads IF as the name (to
    /// report a reserved word) and fails after it, at <paramref name="index"/>.
    /// </summary>
    private static Diagnostic? NoIfExists(StatementHeads.Head head, Token<TokenKind>[] tokens, int index)
    {
        var (statement, noun) = head.Kind switch
        {
            StatementKind.CreateRepository => ("CREATE REPOSITORY", "repository"),
            StatementKind.DropRepository => ("DROP REPOSITORY", "repository"),
            StatementKind.DropSnapshot => ("DROP SNAPSHOT", "snapshot"),
            _ => (null, null),
        };
        if (statement is null || index < 2 || !IsWord(tokens[index - 1], "IF") || !IsWord(tokens[index - 2], noun!.ToUpperInvariant()))
            return null;
        var not = IsWord(tokens[index], "NOT") && index + 1 < tokens.Length && IsWord(tokens[index + 1], "EXISTS");
        if (!not && !IsWord(tokens[index], "EXISTS"))
            return null;
        var clause = not ? "IF NOT EXISTS" : "IF EXISTS";
        var (ifSpan, existsSpan) = (SpanOf(tokens[index - 1]), SpanOf(tokens[not ? index + 1 : index]));
        var removed = TextSpan.FromBounds(ifSpan.Start, index + (not ? 2 : 1) < tokens.Length ? SpanOf(tokens[index + (not ? 2 : 1)]).Start : existsSpan.End);
        var unless = head.Kind == StatementKind.CreateRepository ? "already exists" : "does not exist";
        return Diagnostic.Create(SyntaxRules.SyntaxError, ifSpan,
            $"Expected a {noun} name after {Describe(tokens[index - 2])}, found `IF`, a reserved word: {statement} has no {clause}. Without it, the statement fails if the {noun} {unless}.",
            CodeFix.Replace($"Remove {clause}", removed, ""));
    }

    /// <summary>
    /// <c>"col" = value</c> in a PARTITION list: a condition's column is a name (keyPartition: partitionColName=identifier
    /// '=' ...), and a string there is a partition's name only, so StarRocks, like the grammar, fails at the `=` after it.
    /// </summary>
    private static Diagnostic? StringColumn(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string message)
    {
        if (head.Kind is not (StatementKind.Backup or StatementKind.Restore) || tokens[index].Kind != TokenKind.Equals
            || tokens[index - 1].Kind != TokenKind.String || !tokens.Take(index).Any(t => IsWord(t, "PARTITION") || IsWord(t, "PARTITIONS")))
            return null;
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]),
            $"{message[..^1]}: the column of PARTITION (col = value) is a name, bare or in backticks, not a string; to back up partitions, list their names, as in PARTITION (p1, p2).");
    }

    private static bool IsWord(Token<TokenKind> token, string word) => token.Kind == TokenKind.Word && token.Span.EqualsValueIgnoreCase(word);
}
