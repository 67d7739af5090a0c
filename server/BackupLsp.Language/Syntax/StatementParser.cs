using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Turns one statement's text into a <see cref="ParsedStatement"/>. Never throws on any input.</summary>
public static partial class StatementParser
{
    public const string EndOfStatement = "the end of the statement";

    /// <summary>A lexical error token, and whether it came before the statement's first significant token.</summary>
    private readonly record struct LexicalErrorToken(TokenKind Kind, TextSpan Span, bool Leading);

    // One scratch list per thread for the significant tokens, and one array per thread and length for the exact-size
    // copy Superpower's TokenList needs: no token outlives its parse, so a large script's parse allocates none.
    [ThreadStatic] private static List<Token<TokenKind>>? _scratch;
    [ThreadStatic] private static Token<TokenKind>[]?[]? _arraysByLength;
    [ThreadStatic] private static List<string?>? _firstWords;

    public static ParsedStatement Parse(string text) => Parse(text, findBoundaries: true, StopsPerPart, beforeCut: false);

    /// <summary>
    /// How many times in a row the rest of a statement whose parse stopped at another statement's first word is cut again
    /// where its own parse stops: each rest is read again to its end, so a script of thousands of such lines without a
    /// `;` would take quadratic time; past this, the rest is read as one statement.
    /// </summary>
    private const int StopsPerPart = 16;

    /// <summary>The most tokens the scratch list keeps room for between parses: about 2 MB.</summary>
    internal const int MaxKeptTokens = 1 << 16;

    /// <param name="findBoundaries">Whether to look for family statements that lost their `;` inside this one: a part cut at
    /// such a place is parsed without looking again (the cuts were all made in one pass).</param>
    /// <param name="stopsLeft">How many more times a part may be cut where its parse stops (see <see cref="StopsPerPart"/>).</param>
    /// <param name="beforeCut">Whether the text ends where a statement whose `;` is missing starts (the cut reports that).</param>
    private static ParsedStatement Parse(string text, bool findBoundaries, int stopsLeft, bool beforeCut)
    {
        if (text.Length > LongStatementLength && ParseLongOther(text, findBoundaries, stopsLeft, beforeCut) is { } longOther)
            return longOther;
        var scratch = _scratch ??= new List<Token<TokenKind>>(64);
        scratch.Clear();
        List<LexicalErrorToken>? errors = null;
        List<IgnoreMark>? ignores = null;
        var position = 0;
        var afterComment = -1;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
            IgnoreMark.Collect(text, kind, position, end, ref ignores);
            if (kind == TokenKind.BlockComment)
                afterComment = scratch.Count;
            else if (kind == TokenKind.StrayCommentClose)
                ReadAsCommentedOut(scratch, afterComment);
            if (kind.IsLexicalError())
                (errors ??= []).Add(new LexicalErrorToken(kind, TextSpan.FromBounds(position, end), scratch.Count == 0));
            if (!kind.IsTrivia())
                scratch.Add(SqlTokenizer.Token(text, kind, position, end - position));
            position = end;
        }
        var head = StatementHeads.Recognise(FirstWords(scratch, 0));
        // A family statement that starts a line inside this one lost its `;`: this statement ends there, and says so for
        // each such place; the statements from there on are its continuations, each parsed on its own text.
        var boundaries = findBoundaries ? ForgottenBoundaries(text, scratch) : null;
        // The first cut's `;`, told again if a cut comes before it (as ending the statement from there).
        (Token<TokenKind>, Token<TokenKind>)? firstCut = boundaries is null ? null : (scratch[boundaries[0]], scratch[boundaries[0] - 1]);
        var (forgotten, cuts) = boundaries is null ? default : CutAt(boundaries, scratch, errors);
        // A part after a parse that stopped (BACKUP ... then DROP TABLE t) may be a followed statement that another ends:
        // cut there as a parse that stops is.
        if (!findBoundaries && stopsLeft > 0 && FirstPartCut(text, scratch) is { } afterPart)
            (forgotten, cuts) = CutAt([afterPart], scratch, errors);
        ParsedStatement parsed;
        Diagnostic? fullWidthEnd = null;
        if (head is null)
            parsed = ParseOther(text, errors, forgotten);
        else
        {
            // A `；` that ends a line before another statement ended this one, as meant: what follows is checked on its own
            // (cut as a parse that stops is, so that a script of such lines is not read again line by line to its end).
            if (stopsLeft > 0 && StatementAfterFullWidthSemicolon(text, scratch) is { } next)
            {
                var (nextCut, nextStart) = ((scratch[next], scratch[next - 1]), scratch[next]);
                var (ended, endCut) = CutAt([next], scratch, errors);
                forgotten = [.. ended, .. EndingFrom(forgotten, firstCut, nextStart) ?? []];
                firstCut = nextCut;
                cuts = [.. endCut, .. cuts ?? []];
            }
            if ((fullWidthEnd = EndAtFullWidthSemicolons(text, scratch)) is not null)
                head = StatementHeads.Recognise(FirstWords(scratch, 0)) ?? head;
            // Before a cut, the cut reports the `；` (MissingSemicolon).
            (parsed, var stop) = ParseFamily(text, head, ExactArray(scratch), errors, forgotten, mayStop: stopsLeft > 0,
                cut: cuts is not null || !findBoundaries || fullWidthEnd is not null, cuts is null && !beforeCut ? fullWidthEnd : null);
            // Its parse stopped at another statement starting a line (`SELECT`, `USE`): the `;` before that is missing
            // too, and the statement is cut there as well, so that its own rules still run.
            if (stop is { } index)
            {
                var stopStart = scratch[index];
                var (stopped, stopCut) = CutAt([index], scratch, errors);
                EndAtFullWidthSemicolons(text, scratch);
                (parsed, _) = ParseFamily(text, head, ExactArray(scratch), errors, [.. stopped, .. EndingFrom(forgotten, firstCut, stopStart) ?? []],
                    mayStop: false, cut: true, fullWidthEnd: null);
                cuts = [.. stopCut, .. cuts ?? []];
            }
        }
        // A statement cut at a missing `;` (its tokens end before the cut), one after such a cut, and one that a `；` was
        // meant to end, end at their last token.
        if ((cuts is not null || !findBoundaries || fullWidthEnd is not null) && scratch.Count > 0)
            parsed.OwnEnd = OwnEnd(text, scratch[^1].Span.Position.Absolute + scratch[^1].Span.Length, cuts?[0] ?? text.Length);
        // Parsed last, one after the other: this statement's parse is done with the scratch lists they reuse.
        if (cuts is not null)
            parsed.Continuations = Continuations(text, cuts, stoppedFirst: cuts.Length > (boundaries?.Count ?? 0), stopsLeft, beforeCut);
        if (ignores is not null)
            parsed.IgnoreMarks = [.. ignores];
        // A statement of millions of tokens (a dump pasted whole) would leave its list to the thread for good.
        if (scratch.Capacity > MaxKeptTokens)
            _scratch = null;
        return parsed;
    }

    /// <summary>
    /// Where the own text of a statement cut at a missing `;`, or of a part after one, ends: after its last significant
    /// token, or after a space StarRocks reads as a letter in the trivia from there to <paramref name="limit"/> (the next
    /// part's start), as in <c>USE db　</c>, whose name goes on into it.
    /// </summary>
    private static int OwnEnd(string text, int lastTokenEnd, int limit)
    {
        var end = lastTokenEnd;
        for (var position = lastTokenEnd; position < limit;)
        {
            var kind = Lexer.Scan(text, position, out var next);
            if (kind == TokenKind.SpaceAsLetter)
                end = next;
            else if (!kind.IsTrivia())
                break;
            position = next;
        }
        return end;
    }

    /// <summary>
    /// Drops the tokens a stray <c>*/</c> shows were meant to be commented out: those since the comment before it that
    /// ended at an inner <c>*/</c> (<c>/* a /* b */ c */</c>), or, with no comment before it in the statement (which then
    /// started right after that comment), those from the statement's start, unless they start a statement of the family.
    /// StarRocks fails on them, but the stray <c>*/</c> is reported, and the statement meant is still checked.
    /// </summary>
    private static void ReadAsCommentedOut(List<Token<TokenKind>> scratch, int afterComment)
    {
        var from = afterComment >= 0 ? afterComment : StatementHeads.Recognise(FirstWords(scratch, 0)) is null ? 0 : scratch.Count;
        scratch.RemoveRange(from, scratch.Count - from);
    }

    /// <summary>
    /// Ends the statement's tokens at the first of <paramref name="boundaries"/>, leaving the lexical errors past it to the
    /// continuations; yields a missing-`;` diagnostic for each boundary and where each continuation starts. (Apart from
    /// <see cref="Parse(string, bool, int, bool)"/>, so that its lambdas are not allocated on every statement's parse.)
    /// </summary>
    private static (List<Diagnostic> Forgotten, int[] Cuts) CutAt(List<int> boundaries, List<Token<TokenKind>> scratch, List<LexicalErrorToken>? errors)
    {
        // Each ends the statement from the cut before it, the first the statement itself.
        List<Diagnostic> forgotten = [.. boundaries.Select((boundary, i) => MissingSemicolon(scratch[boundary], scratch[boundary - 1], scratch[i == 0 ? 0 : boundaries[i - 1]]))];
        int[] cuts = [.. boundaries.Select(boundary => scratch[boundary].Span.Position.Absolute)];
        scratch.RemoveRange(boundaries[0], scratch.Count - boundaries[0]);
        errors?.RemoveAll(error => error.Span.Start >= cuts[0]);
        return (forgotten, cuts);
    }

    /// <summary>
    /// The statements from each cut to the next (the last to the end), each parsed on its own text; the first is the rest
    /// of a parse that stopped when <paramref name="stoppedFirst"/>, which may be cut again <paramref name="stopsLeft"/>
    /// less one times. A part cut where its own parse stopped hands its rest on as the next statement, so that every part
    /// is one of the statement's. Every part but the last ends before a cut; the last, where the statement does
    /// (<paramref name="beforeCut"/>).
    /// </summary>
    private static ImmutableArray<(int Offset, ParsedStatement Statement)> Continuations(string text, int[] cuts, bool stoppedFirst, int stopsLeft,
        bool beforeCut)
    {
        var parts = ImmutableArray.CreateBuilder<(int, ParsedStatement)>(cuts.Length);
        for (var i = 0; i < cuts.Length; i++)
        {
            var part = Parse(text[cuts[i]..(i + 1 < cuts.Length ? cuts[i + 1] : text.Length)], findBoundaries: false,
                i == 0 && stoppedFirst ? stopsLeft - 1 : StopsPerPart, beforeCut: i + 1 < cuts.Length || beforeCut);
            parts.Add((cuts[i], part));
            foreach (var (offset, rest) in part.Continuations)
                parts.Add((cuts[i] + offset, rest));
            part.Continuations = [];
        }
        return parts.DrainToImmutable();
    }

    private static Token<TokenKind>[] ExactArray(List<Token<TokenKind>> tokens)
    {
        var byLength = _arraysByLength ??= new Token<TokenKind>[]?[128];
        if (tokens.Count >= byLength.Length)
            return [.. tokens];
        var array = byLength[tokens.Count] ??= new Token<TokenKind>[tokens.Count];
        tokens.CopyTo(array);
        return array;
    }

    /// <summary>
    /// Other SQL gets no diagnostics, except the errors that certainly break it in StarRocks and would otherwise swallow
    /// what follows silently or go unseen: an unterminated string, name or comment, a leading stray character such as a
    /// <c>#</c> line, a <c>*/</c> that closes no comment anywhere (neither StarRocks' grammar nor Trino's, which a
    /// TRANSLATE or a session in the trino dialect parses with, takes a <c>*</c> right before a <c>/</c>), and a family
    /// statement after it on a line of its own with no `;` between them.
    /// </summary>
    private static ParsedStatement ParseOther(string text, List<LexicalErrorToken>? errors, List<Diagnostic>? forgotten)
    {
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (errors is not null)
            foreach (var error in errors)
                if (error.Kind.IsUnterminated() || error.Leading || error.Kind == TokenKind.StrayCommentClose)
                    diagnostics = diagnostics.Add(LexicalError(text, error.Kind, error.Span));
        if (forgotten is not null)
            diagnostics = diagnostics.AddRange(forgotten);
        return new ParsedStatement(text, StatementKind.Other, null, diagnostics);
    }

    /// <summary>
    /// A family statement's parse, and, when <paramref name="mayStop"/>, the index of the token its parse stopped at when
    /// that starts another statement on a line of its own where this one could end (a missing `;`, reported by the cut).
    /// </summary>
    /// <param name="cut">Whether the statement was cut at a missing `;`, or is a part after one: its tree then ends at its last token.</param>
    /// <param name="fullWidthEnd">The full-width `；` the statement ends at, where no statement follows (see <see cref="EndAtFullWidthSemicolons"/>).</param>
    private static (ParsedStatement Parsed, int? Stop) ParseFamily(string text, StatementHeads.Match head, Token<TokenKind>[] significant,
        List<LexicalErrorToken>? errors, List<Diagnostic>? forgotten, bool mayStop, bool cut, Diagnostic? fullWidthEnd)
    {
        // Most statements have no syntax diagnostics: the list is made for the first one (and no empty list for none). A
        // copy of the cuts' list, which a parse that stops is given again.
        var diagnostics = forgotten is null ? null : new List<Diagnostic>(forgotten);
        if (fullWidthEnd is not null)
            (diagnostics ??= []).Add(fullWidthEnd);
        var brokenLexically = false;
        if (errors is not null)
            foreach (var error in errors)
            {
                (diagnostics ??= []).Add(LexicalError(text, error.Kind, error.Span));
                // A `#` line or a `\G` is the exception: the parser reads past it, so the rest of the statement is still checked.
                brokenLexically |= !error.Kind.IsReadPast();
            }
        foreach (var (index, keyword) in head.Misspellings)
        {
            var span = SpanOf(significant[index]);
            var written = Keywords.InCaseOf(text.AsSpan(span.Start, span.Length), keyword);
            (diagnostics ??= []).Add(Diagnostic.Create(SyntaxRules.MisspelledKeyword, span,
                $"Unknown statement `{text.Substring(span.Start, span.Length)}`: did you mean {keyword}?",
                CodeFix.Replace($"Change to {written}", span, written)));
        }
        // A statement broken at the lexical level is not parsed: its parse error would only repeat the lexical one. Unless
        // the error lies past another statement its parse stops at (a missing `;`): it is that statement's.
        if (brokenLexically)
            return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)),
                mayStop ? StopBeforeLexicalError(text, head.Head, significant, errors!) : null);

        var (parsed, failure) = ParseBody(head.Head, significant, farthestWhenParsed: false);
        if (parsed is not null)
        {
            if (MarkedNames(text, head.Head, significant) is var (mended, slips))
            {
                (parsed, diagnostics) = (mended, [.. diagnostics ?? [], .. slips]);
                foreach (var slip in slips)
                    DropSpacesWithin(diagnostics, slip);
            }
            return (new ParsedStatement(text, head.Head.Kind, parsed with { Span = new TextSpan(0, cut ? SpanOf(significant[^1]).End : text.Length) },
                AsImmutable(diagnostics)), null);
        }
        if (mayStop && StopsAtAnotherStatement(text, significant, failure!))
            return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)), failure!.TokenIndex);
        // CREATE's body reads its second head word again: a misspelling of it is reported once, as the misspelled head.
        var parseError = ParseError(text, head.Head, significant, failure!);
        if (!IsAtMisspelling(head, significant, parseError.Span))
        {
            (diagnostics ??= []).Add(parseError);
            DropSpacesWithin(diagnostics, parseError);
        }
        return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)), null);
    }

    /// <summary>The token a parse stops at before the first lexical error that breaks the statement, if any (see <see cref="StopsAtAnotherStatement"/>).</summary>
    private static int? StopBeforeLexicalError(string text, StatementHeads.Head head, Token<TokenKind>[] significant, List<LexicalErrorToken> errors)
    {
        var firstError = errors.Where(error => !error.Kind.IsReadPast()).Min(error => error.Span.Start);
        var (_, failure) = ParseBody(head, significant, farthestWhenParsed: false);
        return failure is not null && StopsAtAnotherStatement(text, significant, failure)
            && significant[failure.TokenIndex].Span.Position.Absolute < firstError ? failure.TokenIndex : null;
    }

    /// <summary>Whether a parse failed where the statement could end, at a word (or `(`) that starts another statement on a line of its own.</summary>
    private static bool StopsAtAnotherStatement(string text, Token<TokenKind>[] tokens, ParseFailure failure) =>
        failure.TokenIndex < tokens.Length && tokens[failure.TokenIndex] is { Kind: TokenKind.Word or TokenKind.LParen } found
        && failure.Expected.Contains(EndOfStatement) && StartsLine(text, found.Span.Position.Absolute)
        && StartsStatement(Grammar.TextOf(found), failure.TokenIndex + 1 < tokens.Length ? Grammar.TextOf(tokens[failure.TokenIndex + 1]) : default);

    private static ImmutableArray<Diagnostic> AsImmutable(List<Diagnostic>? diagnostics) => diagnostics is null ? [] : [.. diagnostics];

    // A loop rather than a lambda: one that captured the tokens would be allocated on every statement's parse.
    private static bool IsAtMisspelling(StatementHeads.Match head, Token<TokenKind>[] significant, TextSpan span)
    {
        foreach (var (index, _) in head.Misspellings)
            if (SpanOf(significant[index]).OverlapsWith(span))
                return true;
        return false;
    }

    /// <summary>
    /// Runs a head's body parser over a statement's significant tokens (head included). Yields the tree when the
    /// tokens parse to the end, and always the farthest failure: the position and everything that could come there
    /// (the end of the statement counts when the tokens so far are complete), which completion reads too; unless
    /// <paramref name="farthestWhenParsed"/> is false, then only when the tokens did not parse.
    /// </summary>
    internal static (Statement? Syntax, ParseFailure? Farthest) ParseBody(StatementHeads.Head head, Token<TokenKind>[] significant,
        bool farthestWhenParsed = true)
    {
        var body = new TokenList<TokenKind>(significant);
        for (var i = 0; i < head.BodyStart; i++)
            body = body.ConsumeToken().Remainder;
        FarthestFailure.Reset();
        var result = head.Body(body);
        if (result.HasValue)
            FarthestFailure.Record(result.Remainder.Position, EndOfStatement);
        var syntax = result.HasValue && result.Remainder.IsAtEnd ? result.Value : null;
        return (syntax, syntax is null || farthestWhenParsed ? new ParseFailure(FarthestFailure.Position, FarthestFailure.Expected) : null);
    }

    private static TextSpan SpanOf(Token<TokenKind> token) => new(token.Span.Position.Absolute, token.Span.Length);

}
