using System.Collections.Immutable;
using BackupLsp.Language.Syntax;
using Superpower.Model;

namespace BackupLsp.Language.Features;

/// <summary>
/// What may come after a statement's first tokens (at its start: any statement head). <see cref="Keywords"/> are
/// upper-case words or phrases; <see cref="Names"/> are the name and literal categories of <see cref="Expectations"/>.
/// <see cref="Kind"/> is <see cref="StatementKind.Other"/> until the statement's head words are complete.
/// <see cref="MayEnd"/>: whether the statement is whole there, so that its `;` may come next.
/// </summary>
internal sealed record ParserPosition(
    StatementKind Kind, ImmutableArray<string> Keywords, ImmutableArray<string> Names, bool AtStatementStart = false, bool MayEnd = false)
{
    public bool Expects(string expectation) => Names.Contains(expectation);
}

/// <summary>
/// Runs a statement's body parser over the tokens before a position and reads what the grammar expected at
/// the end (see <see cref="FarthestFailure"/>): exactly the keywords and name categories that may come next.
/// </summary>
internal static class ExpectationProbe
{
    /// <returns>Null when the tokens are other SQL, or already wrong before the position.</returns>
    public static ParserPosition? After(string text, ReadOnlySpan<SyntaxToken> before)
    {
        if (before.IsEmpty)
            return new ParserPosition(StatementKind.Other, [], [], AtStatementStart: true);
        var words = FirstWords(text, before);
        // USE is other SQL, but it chooses the database of the statements after it, and its database is checked: after
        // USE, or after its catalog's name and dot.
        if (string.Equals(words[0], "USE", StringComparison.OrdinalIgnoreCase)
            && (before.Length == 1 || (before.Length == 3 && before[1].Kind is TokenKind.Word or TokenKind.BacktickName && before[2].Kind == TokenKind.Dot)))
            return new ParserPosition(StatementKind.Other, [], [Expectations.DatabaseName]);
        // SET CATALOG (and before 3.0 USE CATALOG) is other SQL too, but the catalog it switches to is the one the statements
        // after it work in.
        if (before.Length == 2 && string.Equals(words[1], "CATALOG", StringComparison.OrdinalIgnoreCase)
            && (string.Equals(words[0], "SET", StringComparison.OrdinalIgnoreCase) || string.Equals(words[0], "USE", StringComparison.OrdinalIgnoreCase)))
            return new ParserPosition(StatementKind.Other, [], [Expectations.CatalogName]);
        var match = StatementHeads.Recognise(words);
        // A head recognised before its phrase is complete (CREATE READ) goes on with the phrase (ONLY REPOSITORY).
        var continuation = match is null || before.Length < match.Head.Phrase.Length ? HeadContinuation(words, before.Length) : null;
        return continuation ?? (match is null ? null : Body(text, before, match.Head));
    }

    /// <summary>Whether the tokens start a backup or restore statement, as its head is recognised.</summary>
    public static bool StartsFamilyStatement(string text, ReadOnlySpan<SyntaxToken> before) => StatementHeads.Recognise(FirstWords(text, before)) is not null;

    /// <summary>The first three tokens' texts, null for those that are not words: what a statement's head is told by.</summary>
    private static List<string?> FirstWords(string text, ReadOnlySpan<SyntaxToken> before)
    {
        var words = new List<string?>(3);
        foreach (var token in before[..Math.Min(3, before.Length)])
            words.Add(token.Kind == TokenKind.Word ? token.Text(text) : null);
        return words;
    }

    /// <summary>How many tokens of slips before the cursor are read past, at most.</summary>
    private const int MaxSkippedTokens = 3;

    private static ParserPosition? Body(string text, ReadOnlySpan<SyntaxToken> before, StatementHeads.Head head)
    {
        var tokens = new Token<TokenKind>[before.Length];
        for (var i = 0; i < before.Length; i++)
            tokens[i] = SqlTokenizer.Token(text, before[i].Kind, before[i].Span.Start, before[i].Span.Length);
        var farthest = StatementParser.ParseBody(head, tokens).Farthest!;
        // A slip earlier in the statement (`PARTITION (p1, )`) leaves the parse short of the cursor: read on past it as if
        // the token before the failure, or the failing one, were not there, as what is typed since is likely right. Not
        // a slip at the last token before the cursor (`TO TO |`), where what comes next is anyone's guess.
        for (var attempt = 0; attempt < MaxSkippedTokens && farthest.TokenIndex < tokens.Length - 1; attempt++)
        {
            var failedAt = farthest.TokenIndex;
            var (bestTokens, best) = (tokens, farthest);
            foreach (var skipped in (ReadOnlySpan<int>)[failedAt - 1, failedAt])
            {
                if (skipped < 1)
                    continue;
                Token<TokenKind>[] without = [.. tokens[..skipped], .. tokens[(skipped + 1)..]];
                var reached = StatementParser.ParseBody(head, without).Farthest!;
                // Reaching the end of the shorter list, or getting past the place it failed at before.
                if (reached.TokenIndex == without.Length || reached.TokenIndex > best.TokenIndex)
                    (bestTokens, best) = (without, reached);
                if (reached.TokenIndex == without.Length)
                    break;
            }
            if (ReferenceEquals(bestTokens, tokens))
                return null;
            (tokens, farthest) = (bestTokens, best);
        }
        if (farthest.TokenIndex != tokens.Length)
            return null;
        var expected = farthest.Expected;
        return new ParserPosition(head.Kind,
            [.. expected.Where(Expectations.IsKeyword)],
            [.. expected.Where(e => !Expectations.IsKeyword(e) && !e.StartsWith('`') && e != StatementParser.EndOfStatement)],
            MayEnd: expected.Contains(StatementParser.EndOfStatement));
    }

    /// <summary>Some words of a statement head's phrase (<c>SHOW</c>, <c>CREATE READ</c>): the rest of each phrase they begin.</summary>
    private static ParserPosition? HeadContinuation(List<string?> words, int tokenCount)
    {
        if (tokenCount != words.Count)
            return null;
        var phrases = StatementHeads.All
            .Where(h => h.Phrase.Length > words.Count
                && words.Select((w, i) => string.Equals(w, h.Phrase[i], StringComparison.OrdinalIgnoreCase)).All(same => same))
            .Select(h => string.Join(' ', h.Phrase[words.Count..]))
            .Distinct()
            .ToImmutableArray();
        return phrases.IsEmpty ? null : new ParserPosition(StatementKind.Other, phrases, []);
    }
}
