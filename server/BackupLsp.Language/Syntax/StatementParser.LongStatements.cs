using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// A long statement of other SQL (a dump's INSERT pasted whole, a generated expression) read without a list of its tokens:
/// that list, 32 bytes a token, took 0.9 GB for a statement of 10 million. Its diagnostics are those of <see cref="ParseOther"/>
/// on the list <see cref="Parse(string, bool, int, bool)"/> makes, found in two passes over the text.
/// </summary>
public static partial class StatementParser
{
    /// <summary>Statements longer than this (in characters) that are not of the family are read in two passes instead of listed.</summary>
    private const int LongStatementLength = 1 << 16;

    /// <summary>How many tokens from one that may start a statement <see cref="CertainlyStartsStatement"/> reads.</summary>
    private const int StatementStartReach = 6;

    /// <summary>
    /// The parse of a long statement whose head is not of the family, or null for one of the family (parsed from its tokens).
    /// The first pass finds the head and which tokens a stray <c>*/</c> drops; the second goes through the tokens kept
    /// with a window of the few around each one that may start a statement (<see cref="ForgottenBoundaries"/>).
    /// </summary>
    private static ParsedStatement? ParseLongOther(string text, bool findBoundaries, int stopsLeft, bool beforeCut)
    {
        // The cuts no later cut goes under, as (tokens read before it, the list's length after it): rising in both.
        var lasting = new List<(long Read, int Length)>();
        var list = new ListLength();
        for (var position = 0; position < text.Length;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (list.Cut(kind) is { } cutTo)
            {
                while (lasting.Count > 0 && lasting[^1].Length >= cutTo)
                    lasting.RemoveAt(lasting.Count - 1);
                lasting.Add((list.TokensRead, cutTo));
            }
            list.Add(text, kind, position, end);
            position = end;
        }
        if (StatementHeads.Recognise(FirstWords(list.First, 0)) is not null)
            return null;

        list = new ListLength();
        var nextCut = 0;
        List<LexicalErrorToken>? errors = null;
        var window = new List<Token<TokenKind>>(StatementStartReach + 1);
        List<(Token<TokenKind> Found, Token<TokenKind> Previous)>? boundaries = null;
        Token<TokenKind>? last = null, first = null;
        // The part the token after the window's first is read in (ForgottenBoundaries).
        var part = default(PartCuts);
        List<IgnoreMark>? ignores = null;
        for (var position = 0; position < text.Length;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            IgnoreMark.Collect(text, kind, position, end, ref ignores);
            list.Cut(kind);
            // Only the errors ParseOther reports are kept.
            if (kind.IsLexicalError() && (kind.IsUnterminated() || kind == TokenKind.StrayCommentClose || list.Count == 0))
                (errors ??= []).Add(new LexicalErrorToken(kind, TextSpan.FromBounds(position, end), list.Count == 0));
            var (read, index) = (list.TokensRead, list.Count);
            list.Add(text, kind, position, end);
            if (!kind.IsTrivia())
            {
                while (nextCut < lasting.Count && lasting[nextCut].Read <= read)
                    nextCut++;
                // A token stays in the list unless a later cut goes under its place.
                if (nextCut == lasting.Count || index < lasting[nextCut].Length)
                {
                    var token = SqlTokenizer.Token(text, kind, position, end - position);
                    last = token;
                    if (index == 0)
                    {
                        first = token;
                        if (findBoundaries)
                            part = PartCuts.At(text, token);
                    }
                    if (findBoundaries)
                    {
                        window.Add(token);
                        if (window.Count == StatementStartReach + 1)
                        {
                            AddIfBoundary(text, window, 1, ref part, ref boundaries);
                            window.RemoveAt(0);
                        }
                    }
                }
            }
            position = end;
        }
        for (var i = 1; i < window.Count; i++)
            AddIfBoundary(text, window, i, ref part, ref boundaries);

        List<Diagnostic>? forgotten = null;
        int[]? cuts = null;
        if (boundaries is not null)
        {
            forgotten = [.. boundaries.Select((boundary, i) => MissingSemicolon(boundary.Found, boundary.Previous, i == 0 ? first!.Value : boundaries[i - 1].Found))];
            cuts = [.. boundaries.Select(boundary => boundary.Found.Span.Position.Absolute)];
            errors?.RemoveAll(error => error.Span.Start >= cuts[0]);
            last = boundaries[0].Previous;
        }
        var parsed = ParseOther(text, errors, forgotten);
        if ((cuts is not null || !findBoundaries) && last is { } lastKept)
            parsed.OwnEnd = OwnEnd(text, lastKept.Span.Position.Absolute + lastKept.Span.Length, cuts?[0] ?? text.Length);
        if (cuts is not null)
            parsed.Continuations = Continuations(text, cuts, stoppedFirst: false, stopsLeft, beforeCut);
        if (ignores is not null)
            parsed.IgnoreMarks = [.. ignores];
        return parsed;
    }

    /// <summary>
    /// The test of <see cref="ForgottenBoundaries"/> for the token at <paramref name="at"/> of a window that holds the one
    /// before it and up to <see cref="StatementStartReach"/> from it, in the <paramref name="part"/> read as far as it.
    /// </summary>
    private static void AddIfBoundary(string text, List<Token<TokenKind>> window, int at, ref PartCuts part,
        ref List<(Token<TokenKind> Found, Token<TokenKind> Previous)>? boundaries)
    {
        if (part.EndsBefore(text, window, at) || IsForgottenBoundary(text, window, at))
        {
            (boundaries ??= []).Add((window[at], window[at - 1]));
            part = PartCuts.At(text, window[at]);
        }
        else
            part.Read(window[at]);
    }

    /// <summary>
    /// The length of <see cref="Parse(string, bool, int, bool)"/>'s list of significant tokens as its loop reads the text, and its
    /// first three tokens, which tell where a stray <c>*/</c> cuts it back to (<see cref="ReadAsCommentedOut"/>).
    /// </summary>
    private sealed class ListLength
    {
        private int _afterComment = -1;

        public int Count { get; private set; }

        public long TokensRead { get; private set; }

        public List<Token<TokenKind>> First { get; } = new(3);

        /// <summary>Reads a comment or a stray <c>*/</c>; yields the length the latter cuts the list back to.</summary>
        public int? Cut(TokenKind kind)
        {
            if (kind == TokenKind.BlockComment)
                _afterComment = Count;
            if (kind != TokenKind.StrayCommentClose)
                return null;
            Count = _afterComment >= 0 ? _afterComment : StatementHeads.Recognise(FirstWords(First, 0)) is null ? 0 : Count;
            if (First.Count > Count)
                First.RemoveRange(Count, First.Count - Count);
            return Count;
        }

        /// <summary>Reads a token after <see cref="Cut"/>: a significant one goes on the list.</summary>
        public void Add(string text, TokenKind kind, int position, int end)
        {
            if (kind.IsTrivia())
                return;
            if (First.Count < 3)
                First.Add(SqlTokenizer.Token(text, kind, position, end - position));
            Count++;
            TokensRead++;
        }
    }
}
