using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>One clause of a statement's syntax line: where it stands in the line (offsets into it) and what it does, if told.</summary>
public sealed record SyntaxClause(int Start, int End, string? Markdown, string? PlainText);

/// <summary>
/// A form of the statement the cursor is in: its syntax line, what it does (Markdown and plain text), its clauses and the
/// index of the one the cursor is in (the first, before any).
/// </summary>
public sealed record StatementSignature(string Syntax, string Markdown, string PlainText, ImmutableArray<SyntaxClause> Clauses, int ActiveClause);

/// <summary>
/// The forms of the statement the cursor is in (BACKUP and RESTORE have one for external catalogs) and the one it is
/// written in; <paramref name="FormDecided"/> is false while its words fit either (<c>RESTORE SNAPSHOT s FROM r |</c>), when
/// the form a person chose to look at may stay.
/// </summary>
public sealed record SignatureHelpResult(ImmutableArray<StatementSignature> Signatures, int ActiveSignature, bool FormDecided);

/// <summary>
/// Signature help for the family's statements: the statement's syntax, as hover shows it (BACKUP and RESTORE also in their
/// form for external catalogs, the one the statement is written in active), with the clause the cursor is in marked. The
/// clause is the furthest one whose keyword stands before the cursor outside parentheses and not after a dot (there it
/// is a name), or the clause after ON once ON's list is closed, read from the tokens alone, so it follows a statement that
/// is still being typed. None in a comment, or after the statement's end.
/// </summary>
public static class SignatureHelpService
{
    /// <summary>A form's documentation and the words that open each of its clauses, in the order its syntax line gives them.</summary>
    private sealed record Form(LanguageFacts.StatementFact Fact, string[][] Clauses);

    /// <summary>Each statement's forms: the first is the one hover shows; a second, BACKUP's and RESTORE's for external catalogs.</summary>
    private static readonly FrozenDictionary<StatementKind, Form[]> Forms = new Dictionary<StatementKind, Form[]>
    {
        [StatementKind.Backup] =
        [
            new(LanguageFacts.Statements[StatementKind.Backup], [["DATABASE"], ["SNAPSHOT"], ["TO"], ["ON"], ["PROPERTIES"]]),
            new(LanguageFacts.ExternalCatalogForms[StatementKind.Backup], [["ALL", "EXTERNAL"], ["SNAPSHOT"], ["TO"], ["PROPERTIES"]]),
        ],
        [StatementKind.Restore] =
        [
            new(LanguageFacts.Statements[StatementKind.Restore], [["SNAPSHOT"], ["FROM"], ["DATABASE"], ["ON"], ["PROPERTIES"]]),
            new(LanguageFacts.ExternalCatalogForms[StatementKind.Restore], [["SNAPSHOT"], ["FROM"], ["ALL", "EXTERNAL"], ["PROPERTIES"]]),
        ],
        [StatementKind.CreateRepository] = [Only(StatementKind.CreateRepository, ["WITH"], ["ON"], ["PROPERTIES"])],
        [StatementKind.DropRepository] = [Only(StatementKind.DropRepository)],
        [StatementKind.DropSnapshot] = [Only(StatementKind.DropSnapshot, ["ON"], ["FORCE"])],
        [StatementKind.ShowRepositories] = [Only(StatementKind.ShowRepositories, ["WHERE"], ["ORDER"], ["LIMIT"])],
        [StatementKind.ShowSnapshot] = [Only(StatementKind.ShowSnapshot, ["ON"], ["WHERE"], ["ORDER"], ["LIMIT"])],
        [StatementKind.ShowBackup] = [Only(StatementKind.ShowBackup, ["FROM", "IN"], ["WHERE"], ["ORDER"], ["LIMIT"])],
        [StatementKind.ShowRestore] = [Only(StatementKind.ShowRestore, ["FROM", "IN"], ["WHERE"], ["ORDER"], ["LIMIT"])],
        [StatementKind.CancelBackup] = [Only(StatementKind.CancelBackup, ["FROM", "IN"], ["FOR"])],
        [StatementKind.CancelRestore] = [Only(StatementKind.CancelRestore, ["FROM", "IN"], ["FOR"])],
    }.ToFrozenDictionary();

    /// <summary>The one form of a statement, the head's words none of its clauses'.</summary>
    private static Form Only(StatementKind kind, params string[][] clauses) => new(LanguageFacts.Statements[kind], clauses);

    /// <summary>
    /// Each statement's signatures without an active clause, made once for each release configured: what a SHOW's WHERE
    /// does depends on it.
    /// </summary>
    private static readonly ConcurrentDictionary<(StatementKind, StarRocksVersion?), StatementSignature[]> Signatures = new();

    private static StatementSignature[] SignaturesOf(StatementKind kind, StarRocksVersion? version) =>
        Signatures.GetOrAdd((kind, version), key => [.. Forms[key.Item1].Select(form => Describe(key.Item1, form, key.Item2))]);

    public static SignatureHelpResult? At(DocumentAnalysis analysis, int offset)
    {
        if (analysis.LastStartingAtOrBefore(offset)?.InnermostAt(offset) is not { Parsed.IsFamily: true } statement)
            return null;
        var parsed = statement.Parsed;
        // The part's own tokens: its parse's text may run on into the statements after a missing `;`.
        var own = parsed.Tokens.Where(t => t.Span.Start < statement.Span.Length).ToList();
        if (SignificantBefore(own, offset - statement.Start) is not { } split || EndedBefore(analysis, statement.Span.End, offset))
            return null;
        var tokens = new StatementTokens(parsed.Text, [.. own.Where(t => !t.Kind.IsTrivia())], split);
        var forms = Forms[parsed.Kind];
        var signatures = SignaturesOf(parsed.Kind, analysis.SessionAt(offset).Options.Version)
            .Select((signature, i) => signature with { ActiveClause = ActiveClause(tokens, forms[i].Clauses) })
            .ToImmutableArray();
        if (forms.Length == 1)
            return new SignatureHelpResult(signatures, 0, FormDecided: true);
        // The second form is the external catalogs': the statement is written in it once it says EXTERNAL CATALOG(S),
        // and in the first once it says DATABASE or ON.
        var external = StatementClues.IsExternalCatalogForm(tokens);
        return new SignatureHelpResult(signatures, external ? 1 : 0,
            FormDecided: external || StatementClues.HasDatabaseClause(tokens) || tokens.IndexOfWord("ON") >= 0);
    }

    /// <summary>
    /// How many significant tokens stand before the cursor (not one it stands in, but for a word it stands inside: a keyword
    /// the cursor was put into, <c>T|O</c>, is the clause looked at); null in a comment, or past a `\G`.
    /// </summary>
    private static int? SignificantBefore(List<SyntaxToken> tokens, int cursor)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start >= cursor)
                break;
            if (token.Span.End > cursor && token.Kind == TokenKind.Word)
                return count + 1;
            if (token.Span.End > cursor || (token.Span.End == cursor && RunsOnAtItsEnd(token.Kind)))
                return token.Kind.IsTrivia() && token.Kind != TokenKind.Whitespace ? null : count;
            // The MySQL client's `\G` ends the statement as `;` does, but within its span: the cursor is past it.
            if (token.Kind == TokenKind.ClientCommand)
                return null;
            if (!token.Kind.IsTrivia())
                count++;
        }
        return count;
    }

    /// <summary>
    /// The furthest clause whose keyword stands before the split outside parentheses and not after a dot (there a word is a
    /// name); once ON's list is closed, right before the split, the clause after it, which is what comes next.
    /// </summary>
    private static int ActiveClause(StatementTokens tokens, string[][] clauses)
    {
        var (active, depth, keywordAt, onListClosed) = (0, 0, -1, false);
        for (var i = 0; i < tokens.Split; i++)
        {
            onListClosed = false;
            if (tokens.IsKind(i, TokenKind.LParen))
                depth++;
            else if (tokens.IsKind(i, TokenKind.RParen))
            {
                depth = Math.Max(0, depth - 1);
                onListClosed = depth == 0 && keywordAt >= 0 && tokens.IsKind(keywordAt + 1, TokenKind.LParen)
                    && tokens.TextOf(tokens.Tokens[keywordAt]).Equals("ON", StringComparison.OrdinalIgnoreCase);
            }
            else if (depth == 0 && tokens.IsKind(i, TokenKind.Word) && !tokens.IsKind(i - 1, TokenKind.Dot))
            {
                var word = tokens.TextOf(tokens.Tokens[i]);
                active = ClauseOf(word, clauses, active);
                if (clauses.Length > 0 && clauses[active].Contains(word, StringComparer.OrdinalIgnoreCase))
                    keywordAt = i;
            }
        }
        return onListClosed && active + 1 < clauses.Length ? active + 1 : active;
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

    private static StatementSignature Describe(StatementKind kind, Form form, StarRocksVersion? version)
    {
        var (fact, clauses) = (form.Fact, form.Clauses);
        var description = new HoverText().Paragraph(fact.Summary);
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
            // The external-catalog forms name the snapshot alone: metadata of other catalogs belongs to no database here.
            var prose = clauses[i][^1] == "SNAPSHOT" && LanguageFacts.ExternalCatalogForms.TryGetValue(kind, out var external) && external == fact
                ? "Names the snapshot by itself: no `db.` prefix, as the external catalogs' metadata belongs to no database of this cluster."
                : clauses[i][^1] == "WHERE" ? LanguageFacts.Where(kind, version)
                : LanguageFacts.Keyword(clauses[i][^1], kind);
            var doc = prose is null ? null : new HoverText().Paragraph(prose);
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
