using System.Collections.Frozen;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>One clause of a statement's syntax line: where it stands in the line (offsets into it) and what it does, if told.</summary>
public sealed record SyntaxClause(int Start, int End, string? Markdown, string? PlainText);

/// <summary>
/// The syntax line of the statement the cursor is in, what the statement does (Markdown and plain text), its clauses and
/// the index of the one the cursor is in (the first, before any).
/// </summary>
public sealed record StatementSignature(string Syntax, string Markdown, string PlainText, ImmutableArray<SyntaxClause> Clauses, int ActiveClause);

/// <summary>
/// Signature help for the family's statements: the statement's syntax, as hover shows it, with the clause the cursor is
/// in marked. The clause is the furthest one whose keyword stands before the cursor outside parentheses and not after a
/// dot (there it is a name), read from the tokens alone, so it follows a statement that is still being typed. None in a
/// comment, or after the statement's end.
/// </summary>
public static class SignatureHelpService
{
    /// <summary>The words that open each clause, in the order the syntax line gives them; the head's words are none of them.</summary>
    private static readonly FrozenDictionary<StatementKind, string[][]> ClauseKeywords = new Dictionary<StatementKind, string[][]>
    {
        [StatementKind.Backup] = [["DATABASE"], ["SNAPSHOT"], ["TO"], ["ON"], ["PROPERTIES"]],
        [StatementKind.Restore] = [["SNAPSHOT"], ["FROM"], ["DATABASE"], ["ON"], ["PROPERTIES"]],
        [StatementKind.CreateRepository] = [["WITH"], ["ON"], ["PROPERTIES"]],
        [StatementKind.DropRepository] = [],
        [StatementKind.DropSnapshot] = [["ON"], ["FORCE"]],
        [StatementKind.ShowRepositories] = [["WHERE"], ["ORDER"], ["LIMIT"]],
        [StatementKind.ShowSnapshot] = [["ON"], ["WHERE"], ["ORDER"], ["LIMIT"]],
        [StatementKind.ShowBackup] = [["FROM", "IN"], ["WHERE"], ["ORDER"], ["LIMIT"]],
        [StatementKind.ShowRestore] = [["FROM", "IN"], ["WHERE"], ["ORDER"], ["LIMIT"]],
        [StatementKind.CancelBackup] = [["FROM", "IN"], ["FOR"]],
        [StatementKind.CancelRestore] = [["FROM", "IN"], ["FOR"]],
    }.ToFrozenDictionary();

    /// <summary>Each statement's signature without an active clause, made once.</summary>
    private static readonly FrozenDictionary<StatementKind, StatementSignature> Signatures =
        ClauseKeywords.Keys.ToFrozenDictionary(kind => kind, Describe);

    public static StatementSignature? At(DocumentAnalysis analysis, int offset)
    {
        if (analysis.LastStartingAtOrBefore(offset)?.InnermostAt(offset) is not { Parsed.IsFamily: true } statement)
            return null;
        var cursor = offset - statement.Start;
        var (parsed, active, depth) = (statement.Parsed, 0, 0);
        var clauses = ClauseKeywords[parsed.Kind];
        SyntaxToken? previous = null;
        // The part's own tokens: its parse's text may run on into the statements after a missing `;`.
        foreach (var token in parsed.Tokens)
        {
            if (token.Span.Start >= statement.Span.Length || token.Span.Start >= cursor)
                break;
            if (token.Span.End > cursor || (token.Span.End == cursor && RunsOnAtItsEnd(token.Kind)))
                return token.Kind.IsTrivia() && token.Kind != TokenKind.Whitespace ? null : Signatures[parsed.Kind] with { ActiveClause = active };
            switch (token.Kind)
            {
                case TokenKind.ClientCommand:
                    // The MySQL client's `\G` ends the statement as `;` does, but within its span: the cursor is past it.
                    return null;
                case TokenKind.LParen:
                    depth++;
                    break;
                case TokenKind.RParen:
                    depth = Math.Max(0, depth - 1);
                    break;
                case TokenKind.Word when depth == 0 && previous?.Kind != TokenKind.Dot:
                    active = ClauseOf(token.Text(parsed.Text), clauses, active);
                    break;
            }
            if (!token.Kind.IsTrivia())
                previous = token;
        }
        return EndedBefore(analysis, statement.Span.End, offset) ? null : Signatures[parsed.Kind] with { ActiveClause = active };
    }

    /// <summary>
    /// Whether what stands between the statement's last token and the cursor ends it (a <c>;</c>) or holds the cursor (a
    /// comment): the statement's span leaves both out.
    /// </summary>
    private static bool EndedBefore(DocumentAnalysis analysis, int statementEnd, int offset)
    {
        if (offset <= statementEnd)
            return false;
        var between = analysis.Text.ToString(TextSpan.FromBounds(statementEnd, offset));
        for (var position = 0; position < between.Length;)
        {
            var kind = Lexer.Scan(between, position, out var end);
            if (kind is TokenKind.Semicolon or TokenKind.ClientCommand
                || (end == between.Length && RunsOnAtItsEnd(kind)))
                return true;
            position = end;
        }
        return false;
    }

    /// <summary>A comment that a cursor at its end is still in: one that runs to the end of the line, or an unclosed one.</summary>
    private static bool RunsOnAtItsEnd(TokenKind kind) => kind is TokenKind.LineComment or TokenKind.HashComment or TokenKind.UnterminatedBlockComment;

    /// <summary>
    /// The clause a word opens, where it opens one at or after the <paramref name="active"/> one: clauses only go forward,
    /// so the IN of a WHERE condition does not take SHOW BACKUP back to its FROM/IN clause.
    /// </summary>
    private static int ClauseOf(string word, string[][] clauses, int active)
    {
        for (var clause = active; clause < clauses.Length; clause++)
            if (clauses[clause].Contains(word, StringComparer.OrdinalIgnoreCase))
                return clause;
        return active;
    }

    private static StatementSignature Describe(StatementKind kind)
    {
        var fact = LanguageFacts.Statements[kind];
        var description = new HoverText().Paragraph(fact.Summary);
        var clauses = ClauseKeywords[kind];
        var starts = new int[clauses.Length];
        var searchFrom = 0;
        for (var i = 0; i < clauses.Length; i++)
        {
            var keyword = KeywordAt(fact.Syntax, clauses[i], searchFrom);
            searchFrom = keyword + 1;
            // The clause's optional or alternative brackets open it: [DATABASE db], [{FROM | IN} db].
            while (keyword > 0 && fact.Syntax[keyword - 1] is '[' or '{')
                keyword--;
            starts[i] = keyword;
        }
        var built = ImmutableArray.CreateBuilder<SyntaxClause>(clauses.Length);
        for (var i = 0; i < clauses.Length; i++)
        {
            var (start, end) = Trimmed(fact.Syntax, starts[i], i + 1 < clauses.Length ? starts[i + 1] : fact.Syntax.Length);
            var doc = LanguageFacts.Keyword(clauses[i][0], kind) is { } prose ? new HoverText().Paragraph(prose) : null;
            built.Add(new SyntaxClause(start, end, doc?.Markdown, doc?.PlainText));
        }
        return new StatementSignature(fact.Syntax, description.Markdown, description.PlainText, built.MoveToImmutable(), 0);
    }

    /// <summary>Where the first of <paramref name="keywords"/> stands as a whole word in the syntax line from <paramref name="from"/> on.</summary>
    private static int KeywordAt(string syntax, string[] keywords, int from)
    {
        for (var at = from; at < syntax.Length; at++)
            foreach (var keyword in keywords)
                if (string.CompareOrdinal(syntax, at, keyword, 0, keyword.Length) == 0 && !IsWordPart(syntax, at - 1)
                    && !IsWordPart(syntax, at + keyword.Length))
                    return at;
        throw new InvalidOperationException($"the syntax line {syntax} has no {string.Join(" or ", keywords)}");
    }

    private static bool IsWordPart(string text, int index) => index >= 0 && index < text.Length && char.IsAsciiLetter(text[index]);

    /// <summary>
    /// The clause's label without the separators before the next one (<c> | </c> between alternatives) and without the
    /// closing brackets of a group it does not open (the <c>}</c> of CANCEL's alternatives).
    /// </summary>
    private static (int Start, int End) Trimmed(string syntax, int start, int end)
    {
        while (end > start && syntax[end - 1] is ' ' or '|')
            end--;
        while (end > start && syntax[end - 1] is ']' or '}' && Unbalanced(syntax.AsSpan(start, end - start)))
        {
            end--;
            while (end > start && syntax[end - 1] == ' ')
                end--;
        }
        return (start, end);
    }

    private static bool Unbalanced(ReadOnlySpan<char> label) =>
        label.Count('[') + label.Count('{') < label.Count(']') + label.Count('}');
}
