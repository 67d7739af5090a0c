using System.Buffers;
using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Turns one statement's text into a <see cref="ParsedStatement"/>. Never throws on any input.</summary>
public static class StatementParser
{
    public const string EndOfStatement = "the end of the statement";

    /// <summary>Words that start a statement: found where a clause was expected, they mean a forgotten <c>;</c>.</summary>
    private static readonly HashSet<string> StatementStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "BACKUP", "RESTORE", "CREATE", "DROP", "SHOW", "CANCEL", "SELECT", "INSERT", "UPDATE", "DELETE", "ALTER",
        "SET", "USE", "GRANT", "REVOKE", "TRUNCATE", "LOAD", "EXPLAIN", "ADMIN", "REFRESH", "ANALYZE", "SUBMIT",
        "EXPORT", "RECOVER", "INSTALL", "KILL",
    };

    /// <summary>A lexical error token, and whether it came before the statement's first significant token.</summary>
    private readonly record struct LexicalErrorToken(TokenKind Kind, TextSpan Span, bool Leading);

    // One scratch list per thread for the significant tokens, and one array per thread and length for the exact-size
    // copy Superpower's TokenList needs: no token outlives its parse, so a large script's parse allocates none.
    [ThreadStatic] private static List<Token<TokenKind>>? _scratch;
    [ThreadStatic] private static Token<TokenKind>[]?[]? _arraysByLength;
    [ThreadStatic] private static List<string?>? _firstWords;

    public static ParsedStatement Parse(string text) => Parse(text, findBoundaries: true, StopsPerPart);

    /// <summary>
    /// How many times in a row the rest of a statement whose parse stopped at another statement's first word is cut again
    /// where its own parse stops: each rest is read again to its end, so a script of thousands of such lines without a
    /// `;` would take quadratic time; past this, the rest is read as one statement.
    /// </summary>
    private const int StopsPerPart = 16;

    /// <param name="findBoundaries">Whether to look for family statements that lost their `;` inside this one: a part cut at
    /// such a place is parsed without looking again (the cuts were all made in one pass).</param>
    /// <param name="stopsLeft">How many more times a part may be cut where its parse stops (see <see cref="StopsPerPart"/>).</param>
    private static ParsedStatement Parse(string text, bool findBoundaries, int stopsLeft)
    {
        var scratch = _scratch ??= new List<Token<TokenKind>>(64);
        scratch.Clear();
        List<LexicalErrorToken>? errors = null;
        var position = 0;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
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
        var (forgotten, cuts) = boundaries is null ? default : CutAt(boundaries, scratch, errors);
        ParsedStatement parsed;
        if (head is null)
            parsed = ParseOther(text, errors, forgotten);
        else
        {
            (parsed, var stop) = ParseFamily(text, head, ExactArray(scratch), errors, forgotten, mayStop: stopsLeft > 0, cut: cuts is not null || !findBoundaries);
            // Its parse stopped at another statement starting a line (`SELECT`, `USE`): the `;` before that is missing
            // too, and the statement is cut there as well, so that its own rules still run.
            if (stop is { } index)
            {
                var (stopped, stopCut) = CutAt([index], scratch, errors);
                (parsed, _) = ParseFamily(text, head, ExactArray(scratch), errors, [.. stopped, .. forgotten ?? []], mayStop: false, cut: true);
                cuts = [.. stopCut, .. cuts ?? []];
            }
        }
        // A statement cut at a missing `;` (its tokens end before the cut) and one after such a cut end at their last token.
        if ((cuts is not null || !findBoundaries) && scratch.Count > 0)
            parsed.OwnEnd = scratch[^1].Span.Position.Absolute + scratch[^1].Span.Length;
        // Parsed last, one after the other: this statement's parse is done with the scratch lists they reuse.
        if (cuts is not null)
            parsed.Continuations = Continuations(text, cuts, stoppedFirst: cuts.Length > (boundaries?.Count ?? 0), stopsLeft);
        return parsed;
    }

    /// <summary>
    /// Ends the statement's tokens at the first of <paramref name="boundaries"/>, leaving the lexical errors past it to the
    /// continuations; yields a missing-`;` diagnostic for each boundary and where each continuation starts. (Apart from
    /// <see cref="Parse(string, bool, int)"/>, so that its lambdas are not allocated on every statement's parse.)
    /// </summary>
    private static (List<Diagnostic> Forgotten, int[] Cuts) CutAt(List<int> boundaries, List<Token<TokenKind>> scratch, List<LexicalErrorToken>? errors)
    {
        List<Diagnostic> forgotten = [.. boundaries.Select(boundary => MissingSemicolon(scratch[boundary], scratch[boundary - 1]))];
        int[] cuts = [.. boundaries.Select(boundary => scratch[boundary].Span.Position.Absolute)];
        scratch.RemoveRange(boundaries[0], scratch.Count - boundaries[0]);
        errors?.RemoveAll(error => error.Span.Start >= cuts[0]);
        return (forgotten, cuts);
    }

    /// <summary>
    /// The statements from each cut to the next (the last to the end), each parsed on its own text; the first is the rest
    /// of a parse that stopped when <paramref name="stoppedFirst"/>, which may be cut again <paramref name="stopsLeft"/>
    /// less one times. A part cut where its own parse stopped hands its rest on as the next statement, so that every part
    /// is one of the statement's.
    /// </summary>
    private static ImmutableArray<(int Offset, ParsedStatement Statement)> Continuations(string text, int[] cuts, bool stoppedFirst, int stopsLeft)
    {
        var parts = ImmutableArray.CreateBuilder<(int, ParsedStatement)>(cuts.Length);
        for (var i = 0; i < cuts.Length; i++)
        {
            var part = Parse(text[cuts[i]..(i + 1 < cuts.Length ? cuts[i + 1] : text.Length)], findBoundaries: false,
                i == 0 && stoppedFirst ? stopsLeft - 1 : StopsPerPart);
            parts.Add((cuts[i], part));
            foreach (var (offset, rest) in part.Continuations)
                parts.Add((cuts[i] + offset, rest));
            part.Continuations = [];
        }
        return parts.DrainToImmutable();
    }

    /// <summary>
    /// The indexes of the significant tokens after the statement's first that start a line with what can only be the
    /// start of a family statement (<see cref="CertainlyStartsStatement"/>), or null for none (most statements): the
    /// statements there would otherwise be swallowed, unchecked, by other SQL or a WHERE clause.
    /// </summary>
    private static List<int>? ForgottenBoundaries(string text, List<Token<TokenKind>> significant)
    {
        List<int>? boundaries = null;
        for (var i = 1; i < significant.Count; i++)
        {
            var token = significant[i];
            if (token.Kind == TokenKind.Word && char.ToUpperInvariant(token.Span.Source![token.Span.Position.Absolute]) is 'B' or 'R' or 'C' or 'D' or 'S'
                && StartsLine(text, token.Span.Position.Absolute) && CertainlyStartsStatement(significant, i))
                (boundaries ??= []).Add(i);
        }
        return boundaries;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> can only start a family statement. SHOW, CREATE and DROP are reserved,
    /// so their heads are certain; BACKUP, RESTORE and CANCEL are not, and a column and its alias (<c>backup snapshot</c>,
    /// <c>cancel backup</c>) read alike, so BACKUP and RESTORE need the words only their statements go on with (a snapshot
    /// name and TO or FROM, DATABASE db SNAPSHOT, ALL EXTERNAL, EXTERNAL CATALOG (), and CANCEL is never certain.
    /// </summary>
    private static bool CertainlyStartsStatement(List<Token<TokenKind>> tokens, int at)
    {
        bool Word(int k, string word) => at + k < tokens.Count && tokens[at + k].Kind == TokenKind.Word && tokens[at + k].Span.EqualsValueIgnoreCase(word);
        bool Is(int k, TokenKind kind) => at + k < tokens.Count && tokens[at + k].Kind == kind;
        bool Name(int k) => Is(k, TokenKind.BacktickName)
            || (Is(k, TokenKind.Word) && !Keywords.IsReserved(tokens[at + k].Span.Source.AsSpan(tokens[at + k].Span.Position.Absolute, tokens[at + k].Span.Length)));
        // [db .] snapshot, then the keyword after it.
        bool SnapshotThen(int k, string keyword) => Name(k) && (Word(k + 1, keyword) || (Is(k + 1, TokenKind.Dot) && Name(k + 2) && Word(k + 3, keyword)));
        if (Word(0, "BACKUP"))
            return (Word(1, "SNAPSHOT") && SnapshotThen(2, "TO")) || (Word(1, "DATABASE") && Name(2) && Word(3, "SNAPSHOT"))
                || (Word(1, "ALL") && Word(2, "EXTERNAL")) || (Word(1, "EXTERNAL") && (Word(2, "CATALOG") || Word(2, "CATALOGS")) && Is(3, TokenKind.LParen));
        if (Word(0, "RESTORE"))
            return Word(1, "SNAPSHOT") && SnapshotThen(2, "FROM");
        return (Word(0, "SHOW") || Word(0, "CREATE") || Word(0, "DROP")) && StatementHeads.Recognise(FirstWords(tokens, at)) is { Misspellings.Count: 0 };
    }

    /// <summary>The first words of family statements, and of those the cut before a family statement may find (CANCEL is
    /// never certain: see <see cref="CertainlyStartsStatement"/>).</summary>
    private static readonly HashSet<string> FamilyFirstWords = new(StatementHeads.All.Select(head => head.Words[0]), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> BoundaryFirstWords = new(FamilyFirstWords.Except(["CANCEL"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a statement's text has, after its first token, a line that starts with a word the parse may cut it at (a
    /// missing `;`): any statement's first word in a statement that may be of the family (its parse may stop there), a
    /// family statement's in other SQL (an INSERT's SELECT on a line of its own is none). Read without parsing, to tell
    /// which statements must be parsed before the session after them is known.
    /// </summary>
    internal static bool MayHoldAnotherStatement(ReadOnlySpan<char> text)
    {
        var position = 0;
        while (position < text.Length && Lexer.Scan(text, position, out var end).IsTrivia())
            position = end;
        var first = position;
        while (first < text.Length && Lexer.IsWordCharacter(text[first]))
            first++;
        var starters = (FamilyFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[position..first]) ? StatementStarters : BoundaryFirstWords)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        for (var lineBreak = text[position..].IndexOfAny('\n', '\r'); lineBreak >= 0; )
        {
            var line = text[(position + lineBreak + 1)..];
            var start = line.IndexOfAnyExcept(" \t\u3000\r\n");
            if (start < 0)
                return false;
            var word = line[start..];
            var length = 0;
            while (length < word.Length && Lexer.IsWordCharacter(word[length]))
                length++;
            if (starters.Contains(word[..length]))
                return true;
            position += lineBreak + 1 + start;
            lineBreak = text[position..].IndexOfAny('\n', '\r');
        }
        return false;
    }

    private static Diagnostic MissingSemicolon(Token<TokenKind> found, Token<TokenKind> previous) =>
        Diagnostic.Create(SyntaxRules.MissingSemicolon, SpanOf(found),
            $"Missing `;` before {found.Span.ToStringValue().ToUpperInvariant()}: end the previous statement with `;`.",
            CodeFix.Replace("Insert `;`", new TextSpan(SpanOf(previous).End, 0), ";", certain: true));

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
    /// what follows silently: an unterminated string, name or comment, a leading stray character such as a <c>#</c>
    /// line, and a family statement after it on a line of its own with no `;` between them.
    /// </summary>
    private static ParsedStatement ParseOther(string text, List<LexicalErrorToken>? errors, List<Diagnostic>? forgotten)
    {
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (errors is not null)
            foreach (var error in errors)
                if (error.Kind.IsUnterminated() || error.Leading)
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
    private static (ParsedStatement Parsed, int? Stop) ParseFamily(string text, StatementHeads.Match head, Token<TokenKind>[] significant,
        List<LexicalErrorToken>? errors, List<Diagnostic>? forgotten, bool mayStop, bool cut)
    {
        // Most statements have no syntax diagnostics: the list is made for the first one (and no empty list for none). A
        // copy of the cuts' list, which a parse that stops is given again.
        var diagnostics = forgotten is null ? null : new List<Diagnostic>(forgotten);
        var brokenLexically = false;
        if (errors is not null)
            foreach (var error in errors)
            {
                (diagnostics ??= []).Add(LexicalError(text, error.Kind, error.Span));
                // A `#` line is the exception: the parser reads past it, so the rest of the statement is still checked.
                brokenLexically |= error.Kind != TokenKind.HashComment;
            }
        foreach (var (index, keyword) in head.Misspellings)
        {
            var span = SpanOf(significant[index]);
            (diagnostics ??= []).Add(Diagnostic.Create(SyntaxRules.MisspelledKeyword, span,
                $"Unknown statement `{text.Substring(span.Start, span.Length)}`: did you mean {keyword}?",
                CodeFix.Replace($"Change to {keyword}", span, keyword)));
        }
        // A statement broken at the lexical level is not parsed: its parse error would only repeat the lexical one. Unless
        // the error lies past another statement its parse stops at (a missing `;`): it is that statement's.
        if (brokenLexically)
            return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)),
                mayStop ? StopBeforeLexicalError(text, head.Head, significant, errors!) : null);

        var (parsed, failure) = ParseBody(head.Head, significant, farthestWhenParsed: false);
        if (parsed is not null)
            return (new ParsedStatement(text, head.Head.Kind, parsed with { Span = new TextSpan(0, cut ? SpanOf(significant[^1]).End : text.Length) },
                AsImmutable(diagnostics)), null);
        if (mayStop && StopsAtAnotherStatement(text, significant, failure!))
            return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)), failure!.TokenIndex);
        // CREATE's body reads its second head word again: a misspelling of it is reported once, as the misspelled head.
        var parseError = ParseError(text, head.Head, significant, failure!);
        if (!IsAtMisspelling(head, significant, parseError.Span))
            (diagnostics ??= []).Add(parseError);
        return (new ParsedStatement(text, head.Head.Kind, null, AsImmutable(diagnostics)), null);
    }

    /// <summary>The token a parse stops at before the first lexical error that breaks the statement, if any (see <see cref="StopsAtAnotherStatement"/>).</summary>
    private static int? StopBeforeLexicalError(string text, StatementHeads.Head head, Token<TokenKind>[] significant, List<LexicalErrorToken> errors)
    {
        var firstError = errors.Where(error => error.Kind != TokenKind.HashComment).Min(error => error.Span.Start);
        var (_, failure) = ParseBody(head, significant, farthestWhenParsed: false);
        return failure is not null && StopsAtAnotherStatement(text, significant, failure)
            && significant[failure.TokenIndex].Span.Position.Absolute < firstError ? failure.TokenIndex : null;
    }

    /// <summary>Whether a parse failed where the statement could end, at a word that starts another statement on a line of its own.</summary>
    private static bool StopsAtAnotherStatement(string text, Token<TokenKind>[] tokens, ParseFailure failure) =>
        failure.TokenIndex < tokens.Length && tokens[failure.TokenIndex] is { Kind: TokenKind.Word } found
        && StatementStarters.Contains(found.Span.ToStringValue()) && failure.Expected.Contains(EndOfStatement)
        && StartsLine(text, found.Span.Position.Absolute);

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

    private static Diagnostic ParseError(string text, StatementHeads.Head head, Token<TokenKind>[] tokens, ParseFailure failure)
    {
        // Names first ("a table name"), then keywords, punctuation and the end: the likeliest fix leads.
        var expected = failure.Expected.Where(e => e != "`.`" && !AcceptedOnlyToReport(head, tokens, failure.TokenIndex, e))
            .OrderBy(e => e == EndOfStatement ? 3 : e.StartsWith('`') ? 2 : Expectations.IsKeyword(e) ? 1 : 0).ToList();
        var previous = tokens[failure.TokenIndex - 1];
        var after = $" after {Describe(previous)}";
        if (failure.TokenIndex >= tokens.Length)
        {
            var end = new TextSpan(previous.Span.Position.Absolute + previous.Span.Length, 0);
            return Diagnostic.Create(SyntaxRules.SyntaxError, end, $"Expected {Choice(expected)}{after}, but the statement ends here.");
        }

        var found = tokens[failure.TokenIndex];
        var span = SpanOf(found);
        var word = found.Kind == TokenKind.Word ? found.Span.ToStringValue() : null;
        if (StopsAtAnotherStatement(text, tokens, failure))
            return MissingSemicolon(found, previous);

        var message = $"Expected {Choice(expected)}{after}, found {Describe(found)}.";
        var suggestion = word is null ? null : EditDistance.Suggest(word, expected.Where(Expectations.IsKeyword));
        // A reserved word where a name belongs: either the name is missing before the statement's next keyword
        // (`BACKUP SNAPSHOT TO r`), or the word is meant as the name (`DROP REPOSITORY table`), then say how to write it.
        if (suggestion is null && word is not null && Keywords.IsReserved(word) && expected.Any(IsNameExpectation))
            return NameIsMissing(head, tokens, failure.TokenIndex)
                ? Diagnostic.Create(SyntaxRules.SyntaxError, span, $"Expected {Choice(expected)}{after}, found {Describe(found)}: the name is missing.")
                : Diagnostic.Create(SyntaxRules.SyntaxError, span,
                    $"Expected {Choice(expected)}{after}, found `{word}`, a reserved word: write it as ``{word}`` to use it as a name.",
                    CodeFix.Replace("Quote with backticks", span, $"`{word}`", certain: true));
        return suggestion is null
            ? Diagnostic.Create(SyntaxRules.SyntaxError, span, message)
            : Diagnostic.Create(SyntaxRules.MisspelledKeyword, span, $"{message} Did you mean {suggestion}?",
                CodeFix.Replace($"Change to {suggestion}", span, suggestion));
    }

    /// <summary>
    /// Whether the grammar accepts <paramref name="keyword"/> here only for a rule to report it with its fix (an alias in
    /// BACKUP, CREATE REPOSITORY's ON LOCATION before WITH BROKER): not something to offer as what may come.
    /// </summary>
    private static bool AcceptedOnlyToReport(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string keyword) =>
        (head.Kind, keyword) switch
        {
            (StatementKind.Backup, "AS") => true,
            (StatementKind.CreateRepository, "ON") => !tokens.Take(index).Any(t => t.Kind == TokenKind.Word && t.Span.EqualsValueIgnoreCase("WITH")),
            _ => false,
        };

    /// <summary>
    /// Whether the reserved word at <paramref name="index"/> is the statement's own next keyword after a missing name: the
    /// statement fails right after it with the word backticked as the name, and reads past that with a name put before it.
    /// </summary>
    private static bool NameIsMissing(StatementHeads.Head head, Token<TokenKind>[] tokens, int index)
    {
        const string name = "name";
        Token<TokenKind>[] inserted = [.. tokens[..index], SqlTokenizer.Token(name, TokenKind.Word, 0, name.Length), .. tokens[index..]];
        var backticked = (Token<TokenKind>[])tokens.Clone();
        var quoted = $"`{tokens[index].Span.ToStringValue()}`";
        backticked[index] = SqlTokenizer.Token(quoted, TokenKind.BacktickName, 0, quoted.Length);
        return ReadsUpTo(head, backticked) == index + 1 && ReadsUpTo(head, inserted) - 1 > index + 1;
    }

    /// <summary>The index of the token a parse fails at, or past the last token when it parses.</summary>
    private static int ReadsUpTo(StatementHeads.Head head, Token<TokenKind>[] tokens) =>
        ParseBody(head, tokens, farthestWhenParsed: false).Farthest?.TokenIndex ?? tokens.Length + 1;

    private static bool IsNameExpectation(string expectation) =>
        expectation != EndOfStatement && !expectation.StartsWith('`') && !Expectations.IsKeyword(expectation);

    private static Diagnostic LexicalError(string text, TokenKind kind, TextSpan span)
    {
        // An unterminated token runs to the end of the text: underline its first line, not the rest of the file.
        var lineEnd = text.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n');
        var firstLine = lineEnd < 0 ? span : new TextSpan(span.Start, lineEnd);
        return kind switch
        {
            TokenKind.HashComment => Diagnostic.Create(SyntaxRules.InvalidCharacter, new TextSpan(span.Start, 1),
                "`#` does not start a comment in StarRocks: use `--` or `/* */`.", HashFix(text, span)),
            TokenKind.InvalidCharacter => Diagnostic.Create(SyntaxRules.InvalidCharacter, span,
                $"Unexpected character `{text.Substring(span.Start, span.Length)}` (U+{char.ConvertToUtf32(text, span.Start):X4})."),
            TokenKind.UnterminatedString => Diagnostic.Create(SyntaxRules.UnterminatedString, firstLine,
                $"This string has no closing {text[span.Start]}: add one.",
                ClosingFix(text, span, 1, $"Add the closing {text[span.Start]}", text[span.Start].ToString(), AfterString)),
            TokenKind.UnterminatedDollarBody => Diagnostic.Create(SyntaxRules.UnterminatedString, new TextSpan(span.Start, 2),
                "This `$$` body has no closing `$$`: add one.", ClosingFix(text, span, 2, "Add the closing `$$`", "$$", AfterComment)),
            TokenKind.UnterminatedBacktickName => Diagnostic.Create(SyntaxRules.UnterminatedBacktick, firstLine,
                "This name has no closing backtick: add one.", ClosingFix(text, span, 1, "Add the closing backtick", "`", AfterName)),
            _ => Diagnostic.Create(SyntaxRules.UnterminatedComment, new TextSpan(span.Start, 2),
                "This comment has no closing `*/`: add one.", ClosingFix(text, span, 2, "Add the closing `*/`", " */", AfterComment)),
        };
    }

    /// <summary>What in the rest of an unterminated token's line may be meant to come after the token rather than in it.</summary>
    private const string AfterString = "\\'\"`(),;=";
    private const string AfterName = " \t\u3000'\"`.(),;=";
    private const string AfterComment = ";";

    /// <summary>
    /// The closing mark of an unterminated token where it plainly belongs: the token opens on the text's last line (so it
    /// swallows nothing after that line) and nothing in the rest of the line reads as meant to come after it. Then the
    /// mark goes after the line's last character that is not whitespace (a token with nothing there yet is still being typed).
    /// Anywhere else the place to close it is a guess, and closing it at the end of the text would keep what it swallowed.
    /// </summary>
    private static CodeFix[] ClosingFix(string text, TextSpan span, int opening, string title, string closing, string after)
    {
        var rest = text.AsSpan(span.Start + opening, span.Length - opening);
        var lineEnd = rest.IndexOfAny('\r', '\n');
        if (lineEnd >= 0 && !IsWhitespace(rest[lineEnd..]))
            return [];
        var tail = lineEnd < 0 ? rest : rest[..lineEnd];
        while (!tail.IsEmpty && Lexer.IsWhitespace(tail[^1]))
            tail = tail[..^1];
        if (tail.IsEmpty || tail.ContainsAny(after))
            return [];
        return [CodeFix.Replace(title, new TextSpan(span.Start + opening + tail.Length, 0), closing)];
    }

    private static bool IsWhitespace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!Lexer.IsWhitespace(c))
                return false;
        return true;
    }

    /// <summary>
    /// <c>--</c> for a <c>#</c> inside the statement. One that ends it may stop at a <c>;</c>, which a <c>--</c> would hide,
    /// so it becomes a block comment (unless its text holds a <c>*/</c>).
    /// </summary>
    private static CodeFix HashFix(string text, TextSpan span)
    {
        var body = text.Substring(span.Start + 1, span.Length - 1);
        return span.End == text.Length && !body.Contains("*/", StringComparison.Ordinal)
            ? CodeFix.Replace("Change to a block comment", span, $"/*{body}{(body.EndsWith(' ') ? "" : " ")}*/", certain: true)
            : CodeFix.Replace("Change `#` to `--`", new TextSpan(span.Start, 1), "--", certain: true);
    }

    private static string Choice(List<string> expected)
    {
        if (expected.Count == 0)
            return "something else";
        if (expected.Count == 1)
            return expected[0];
        return string.Join(", ", expected.Take(expected.Count - 1)) + " or " + expected[^1];
    }

    private static string Describe(Token<TokenKind> token)
    {
        var text = token.Span.ToStringValue();
        // A space that is no space to StarRocks, as text copied from a web page has, joins the words around it into one.
        var unseen = text.IndexOfAny(SpacesInNames) is >= 0 and var at ? $" (its U+{(int)text[at]:X4} is no space to StarRocks)" : "";
        if (text.Length > 40)
            text = text[..37] + "...";
        return token.Kind == TokenKind.Word && Keywords.IsFamilyKeyword(text) ? text.ToUpperInvariant() : $"`{text}`{unseen}";
    }

    /// <summary>Characters that look like spaces (or like nothing) but are name characters to StarRocks' lexer.</summary>
    private static readonly SearchValues<char> SpacesInNames = SearchValues.Create("\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u202F\u205F\uFEFF");

    private static bool StartsLine(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000')
            i--;
        return i < 0 || text[i] is '\n' or '\r';
    }

    private static TextSpan SpanOf(Token<TokenKind> token) => new(token.Span.Position.Absolute, token.Span.Length);

    /// <summary>
    /// Three significant tokens' texts from <paramref name="from"/>, null for those that are not words: in a list reused per thread (the
    /// head recognised keeps none of it) and as shared strings, since statements start with the same few words.
    /// </summary>
    private static List<string?> FirstWords(List<Token<TokenKind>> significant, int from)
    {
        var words = _firstWords ??= new List<string?>(3);
        words.Clear();
        for (var i = from; i < Math.Min(from + 3, significant.Count); i++)
        {
            var span = significant[i].Span;
            words.Add(significant[i].Kind == TokenKind.Word ? SyntaxStrings.Of(span.Source.AsSpan(span.Position.Absolute, span.Length)) : null);
        }
        return words;
    }
}
