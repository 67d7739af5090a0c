using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Typographic quotes and full-width punctuation where a statement fails or ends (see <see cref="TypographicMarks"/>):
/// StarRocks reads them as letters, and so does the lexer; the diagnostics there say what they were meant as.
/// </summary>
public static partial class StatementParser
{
    /// <summary>
    /// A parse that fails inside text in typographic quotes (<c>‘2023-05-04-16-45-08’</c>, <c>“s3://bucket/path”</c>), or
    /// at a name holding full-width punctuation (<c>，</c>, <c>（orders）</c>, <c>db；</c> before more on its line), where
    /// the ASCII marks make the statement read past them: that edit is the fix.
    /// </summary>
    private static Diagnostic? TypographicSlip(string text, StatementHeads.Head head, Token<TokenKind>[] tokens, ParseFailure failure)
    {
        if (StopsAtAnotherStatement(text, tokens, failure))
            return null;
        var index = failure.TokenIndex;
        if (QuotedTextAt(text, tokens, index) is { } quoted
            && MeantSpaces.BesideQuoted(text, quoted.Edits, [quoted.Span]).Spaces is var quoteSpaces
            && ReadsPast(text, head, MeantSpaces.With(quoted.Edits, quoteSpaces), quoted.Close))
            return QuotesSlip(text, quoted, quoteSpaces);
        // The marks in the token the parse fails at and in the one before it (`orders，` then `t2）`), all of them or those of one.
        List<TextSpan> holders = [.. new[] { index - 1, index }.Where(k => k < tokens.Length && HasFullWidthPunctuation(tokens[k])).Select(k => SpanOf(tokens[k]))];
        List<List<TextSpan>> choices = holders.Count == 2 ? [holders, [holders[1]], [holders[0]]] : [holders];
        foreach (var names in choices)
        {
            ImmutableArray<TextEdit> marks = [.. names.SelectMany(name => FullWidthPunctuation(text, name))];
            if (marks.IsEmpty)
                continue;
            // A `（` with the `）` that closes its group (`（t1　）`, `（"type"="full"）`), or a `）` with its `（`, is one slip, mended in one fix.
            var closed = WithPairedParentheses(text, tokens, marks);
            foreach (var edits in closed.Length > marks.Length ? [closed, marks] : new[] { marks })
            {
                var spaces = SpacesMendedWith(text, edits);
                if (ReadsPast(text, head, MeantSpaces.With(edits, spaces), edits[^1].Span.Start))
                    return FullWidthMarks(SyntaxRules.SyntaxError, text, edits, spaces);
            }
        }
        return null;
    }

    /// <summary>
    /// The diagnostic of typographic quotes where a string was meant, with straight quotes and the ASCII
    /// <paramref name="spaces"/> beside them (see <see cref="MeantSpaces"/>) as the fix, certain for a pair of one kind.
    /// </summary>
    private static Diagnostic QuotesSlip(string text, TypographicMarks.QuotedText quoted, ImmutableArray<TextEdit> spaces)
    {
        var written = text.AsSpan(quoted.Open, quoted.Close + 1 - quoted.Open);
        var straight = quoted.Straight(text);
        return Diagnostic.Create(SyntaxRules.SyntaxError, quoted.Span,
            $"{TypographicMarks.QuotesNamed(written)} are not SQL quotes: StarRocks reads them as letters, so `{Shortened(written.ToString())}` is no string. Write {Shortened(straight)}.",
            new CodeFix($"Change to {Shortened(straight)}{MeantSpaces.Named(spaces)}", MeantSpaces.With(quoted.Edits, spaces), quoted.Matched));
    }

    /// <summary>
    /// <paramref name="marks"/> with the full-width <c>）</c> that closes the group of each full-width <c>（</c> among them,
    /// and the <c>（</c> that opens the group of each <c>）</c> (<c>（p1 , p2 ）</c> fails at its <c>）</c>), the parentheses of
    /// either width between counted; a group an ASCII parenthesis closes or opens, or none, adds nothing.
    /// </summary>
    private static ImmutableArray<TextEdit> WithPairedParentheses(string text, Token<TokenKind>[] tokens, ImmutableArray<TextEdit> marks)
    {
        var pairs = new List<TextEdit>();
        foreach (var mark in marks)
            if (text[mark.Span.Start] is '\uFF08' or '\uFF09' && PairedParenthesis(text, tokens, mark.Span.Start) is { } pair
                && marks.All(other => other.Span.Start != pair))
                pairs.Add(new TextEdit(new TextSpan(pair, 1), text[pair] == '\uFF08' ? "(" : ")"));
        return pairs.Count == 0 ? marks : [.. marks.Concat(pairs).DistinctBy(edit => edit.Span.Start).OrderBy(edit => edit.Span.Start)];
    }

    /// <summary>
    /// Where the full-width parenthesis that pairs with the one at <paramref name="at"/> stands: the <c>）</c> that closes the
    /// group of a <c>（</c>, read forward, or the <c>（</c> that opens the group of a <c>）</c>, read backward; the parentheses
    /// of either width between counted. Null where an ASCII parenthesis pairs with it, or none.
    /// </summary>
    private static int? PairedParenthesis(string text, Token<TokenKind>[] tokens, int at)
    {
        var forward = text[at] == '\uFF08';
        var (deeper, deeperWide, step) = forward ? (TokenKind.LParen, '\uFF08', 1) : (TokenKind.RParen, '\uFF09', -1);
        var depth = 0;
        for (var n = 0; n < tokens.Length; n++)
        {
            var token = tokens[forward ? n : tokens.Length - 1 - n];
            var span = SpanOf(token);
            if (forward ? span.End <= at : span.Start > at)
                continue;
            if (token.Kind is TokenKind.LParen or TokenKind.RParen)
            {
                depth += token.Kind == deeper ? 1 : -1;
                if (depth == 0)
                    return null;
                continue;
            }
            if (token.Kind != TokenKind.Word)
                continue;
            for (var i = forward ? Math.Max(span.Start, at) : Math.Min(span.End - 1, at); i >= span.Start && i < span.End; i += step)
                if (text[i] is '\uFF08' or '\uFF09')
                {
                    depth += text[i] == deeperWide ? 1 : -1;
                    if (depth == 0)
                        return i;
                }
        }
        return null;
    }

    /// <summary>
    /// The spaces StarRocks reads as letters that the fix of full-width marks makes ASCII: those beside them (see
    /// <see cref="MeantSpaces.Beside"/>), and where it mends a <c>（</c> with the <c>）</c> that closes its group, every one
    /// between the two (<c>（ p1　, p2 ）</c>), part of the one slip.
    /// </summary>
    private static ImmutableArray<TextEdit> SpacesMendedWith(string text, ImmutableArray<TextEdit> edits)
    {
        var (edited, spaces) = MeantSpaces.Beside(text, edits);
        var open = edits.FirstOrDefault(edit => text[edit.Span.Start] == '\uFF08');
        var close = edits.LastOrDefault(edit => text[edit.Span.Start] == '\uFF09');
        if (open is null || close is null || close.Span.Start < open.Span.End)
            return spaces;
        var (_, inside) = MeantSpaces.InOrAfter(edited, TextSpan.FromBounds(open.Span.End, close.Span.Start));
        return inside.IsEmpty ? spaces : [.. spaces.Concat(inside).OrderBy(edit => edit.Span.Start)];
    }

    /// <summary>
    /// The diagnostic of <paramref name="rule"/> on full-width marks where the ASCII ones were meant: what StarRocks reads
    /// them as (and <paramref name="consequence"/>, what that makes it do), with the ASCII
    /// marks, and the ASCII <paramref name="spaces"/> the statement was checked with (see <see cref="MeantSpaces"/>), as
    /// the certain fix.
    /// </summary>
    /// <param name="edits">Each mark made the ASCII one, in the order they stand.</param>
    internal static Diagnostic FullWidthMarks(RuleDescriptor rule, string text, ImmutableArray<TextEdit> edits,
        ImmutableArray<TextEdit> spaces, string? consequence = null) =>
        Diagnostic.Create(rule, TextSpan.FromBounds(edits[0].Span.Start, edits[^1].Span.End), FullWidthMessage(text, edits, consequence),
            PunctuationFix(edits, spaces));

    private static CodeFix PunctuationFix(ImmutableArray<TextEdit> edits, ImmutableArray<TextEdit> spaces) =>
        new((edits.Length == 1 ? $"Change to `{edits[0].NewText}`"
            : edits.All(edit => edit.NewText == edits[0].NewText) ? $"Change to `{edits[0].NewText}`s" : "Change to ASCII punctuation")
            + MeantSpaces.Named(spaces), MeantSpaces.With(edits, spaces), Certain: true);

    /// <summary>
    /// The quoted text a failure at <paramref name="index"/> lies in: opened by a typographic quote at the start of a word on
    /// the failure's line, at or before it, and closed at or after it.
    /// </summary>
    private static TypographicMarks.QuotedText? QuotedTextAt(string text, Token<TokenKind>[] tokens, int index)
    {
        var last = Math.Min(index, tokens.Length - 1);
        var at = SpanOf(tokens[last]).Start;
        var lineStart = text.AsSpan(0, at).LastIndexOfAny('\r', '\n') + 1;
        for (var k = last; k > 0 && SpanOf(tokens[k]).Start >= lineStart; k--)
        {
            var start = SpanOf(tokens[k]).Start;
            if (tokens[k].Kind != TokenKind.Word || TypographicMarks.StraightQuote(text[start]) == '\0')
                continue;
            // Quoted text closes at the first mark after its opening one: one that closed before the failure ends the search.
            return TypographicMarks.QuotedFrom(text, start, text.Length) is { } quoted && quoted.Close >= at ? quoted : null;
        }
        return null;
    }

    private static bool HasFullWidthPunctuation(Token<TokenKind> token)
    {
        if (token.Kind != TokenKind.Word)
            return false;
        foreach (var c in Grammar.TextOf(token))
            if (TypographicMarks.AsciiPunctuation(c) != '\0')
                return true;
        return false;
    }

    /// <summary>Each full-width mark in <paramref name="name"/> made the ASCII one it stands for.</summary>
    internal static IEnumerable<TextEdit> FullWidthPunctuation(string text, TextSpan name)
    {
        for (var i = name.Start; i < name.End; i++)
            if (TypographicMarks.AsciiPunctuation(text[i]) is not '\0' and var ascii)
                yield return new TextEdit(new TextSpan(i, 1), ascii.ToString());
    }

    /// <summary>
    /// "A full-width `，` is not a comma: StarRocks reads it as a letter of the name `a，b`. Use `,`.", or of several marks,
    /// that they are not SQL punctuation; with <paramref name="consequence"/> after what StarRocks reads them as.
    /// </summary>
    private static string FullWidthMessage(string text, ImmutableArray<TextEdit> edits, string? consequence)
    {
        List<TextSpan> names = [.. edits.Select(edit => NameAt(text, edit.Span.Start)).Distinct()];
        var marks = edits.Select(edit => text[edit.Span.Start]).Distinct().ToList();
        var one = edits.Length == 1;
        var what = one ? $"A full-width `{marks[0]}` is not {TypographicMarks.PunctuationMeant(marks[0])}"
            : marks.Count == 1 ? $"Full-width `{marks[0]}` marks are not {TypographicMarks.PunctuationMeant(marks[0], several: true)}"
            : $"Full-width {Listed(marks.Select(mark => $"`{mark}`"))} are not SQL punctuation";
        var letters = names.Count == 1 ? LettersOf(text, names[0], edits.Length)
            : names.All(name => name.Length == 1) ? "one-character names"
            : $"letters of the names {Listed(names.Select(name => $"`{Shortened(text.Substring(name.Start, name.Length))}`"))}";
        var use = Listed(marks.Select(mark => $"`{TypographicMarks.AsciiPunctuation(mark)}`"));
        return $"{what}: StarRocks reads {(one ? "it" : "them")} as {letters}{(consequence is null ? "" : $", and {consequence}")}. Use {use}.";
    }

    /// <summary>"`a`", "`a` and `b`", "`a`, `b` and `c`".</summary>
    private static string Listed(IEnumerable<string> items) =>
        items.ToList() is [.. var init, var last] && init.Count > 0 ? $"{string.Join(", ", init)} and {last}" : string.Concat(items);

    /// <summary>
    /// The name StarRocks' lexer reads the letter at <paramref name="at"/> in: from where it reads a name on into it (if
    /// anywhere) over the name characters after it, the spaces it reads as letters too (<c>t1，　t2</c> is one name).
    /// </summary>
    internal static TextSpan NameAt(string text, int at) =>
        TextSpan.FromBounds(Lexer.NameGoingOnAt(text, at) is >= 0 and var start ? start : at, Lexer.NameEnd(text, at));

    /// <summary>What <paramref name="count"/> marks StarRocks reads as letters make: letters of the name they stand in, or a name of their own.</summary>
    private static string LettersOf(string text, TextSpan name, int count) =>
        name.Length > count
            ? $"{(count == 1 ? "a letter" : "letters")} of the name `{Shortened(text.Substring(name.Start, name.Length))}`"
            : count == 1 ? "a one-character name" : "a name of their own";

    /// <summary>
    /// Whether the statement, with <paramref name="edits"/> made (one character for one), parses past
    /// <paramref name="last"/>, the last character they change: up to its first `;`, which a <c>；</c> made one ends it at.
    /// A statement that such a `;` ends is read to it even where it lacks more there (<c>BACKUP； SHOW BACKUP</c>): the
    /// <c>；</c> was meant as its end all the same.
    /// </summary>
    private static bool ReadsPast(string text, StatementHeads.Head head, IEnumerable<TextEdit> edits, int last)
    {
        var edited = TypographicMarks.WithMarks(text, edits);
        var tokens = new List<Token<TokenKind>>();
        var endedByEdit = false;
        for (var position = 0; position < edited.Length;)
        {
            var kind = Lexer.Scan(edited, position, out var end);
            if (kind == TokenKind.Semicolon)
            {
                endedByEdit = text[position] == TypographicMarks.FullWidthSemicolon;
                break;
            }
            if (kind.IsLexicalError())
                return false;
            if (!kind.IsTrivia())
                tokens.Add(SqlTokenizer.Token(edited, kind, position, end - position));
            position = end;
        }
        if (tokens.Count < head.BodyStart)
            return false;
        var (syntax, failure) = ParseBody(head, [.. tokens], farthestWhenParsed: false);
        if (syntax is not null || (endedByEdit && failure!.TokenIndex >= tokens.Count))
            return true;
        var stopsAt = failure!.TokenIndex < tokens.Count ? SpanOf(tokens[failure.TokenIndex]).Start : SpanOf(tokens[^1]).End;
        return stopsAt > last;
    }

    /// <summary>
    /// A full-width <c>；</c> (or a run of them) that ends <paramref name="token"/>, where a <c>;</c> was meant: null when
    /// the token ends otherwise.
    /// </summary>
    private static TextSpan? TrailingFullWidthSemicolons(Token<TokenKind> token)
    {
        if (token.Kind != TokenKind.Word)
            return null;
        var word = Grammar.TextOf(token);
        var marks = word.Length - word.TrimEnd(TypographicMarks.FullWidthSemicolon).Length;
        return marks == 0 ? null : new TextSpan(SpanOf(token).End - marks, marks);
    }

    /// <summary>
    /// A family statement whose last name ends in a full-width <c>；</c> (<c>FROM db；</c>) or whose last token is one: it is
    /// read as ending before it, as meant (the lexer reads it as StarRocks does, a letter), so that the statement is
    /// checked, and a fix inserted at its end goes before the mark. The diagnostic that says so, or null for a statement
    /// that ends otherwise.
    /// </summary>
    private static Diagnostic? EndAtFullWidthSemicolons(string text, List<Token<TokenKind>> scratch)
    {
        if (scratch.Count == 0 || TrailingFullWidthSemicolons(scratch[^1]) is not { } marks)
            return null;
        var name = SpanOf(scratch[^1]);
        if (marks.Start == name.Start)
        {
            if (scratch.Count == 1)
                return null;
            scratch.RemoveAt(scratch.Count - 1);
        }
        else if (Lexer.Scan(text.AsSpan(0, marks.Start), name.Start, out var end) is var kind && end == marks.Start)
            scratch[^1] = SqlTokenizer.Token(text, kind, name.Start, end - name.Start); // `10；` is a number once the mark is gone
        return Diagnostic.Create(SyntaxRules.InvalidCharacter, marks, $"{FullWidthSemicolonMessage(text, marks)}. Use `;`.", SemicolonFix(text, marks));
    }

    /// <summary>
    /// The index of the first token after a full-width <c>；</c> at a line's end (<c>SHOW BACKUP；</c>, <c>ON (t)；</c>) that
    /// starts another statement on the next line: the statement was meant to end at the <c>；</c>, whatever its parse
    /// expects there (<c>BACKUP；</c> is a BACKUP without its snapshot). Null for none.
    /// </summary>
    private static int? StatementAfterFullWidthSemicolon(string text, List<Token<TokenKind>> tokens)
    {
        if (!text.Contains(TypographicMarks.FullWidthSemicolon))
            return null;
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.LParen && TrailingFullWidthSemicolons(tokens[i - 1]) is not null
                && StartsLine(text, tokens[i].Span.Position.Absolute)
                && StartsStatement(Grammar.TextOf(tokens[i]).TrimEnd(TypographicMarks.FullWidthSemicolon),
                    i + 1 < tokens.Count ? Grammar.TextOf(tokens[i + 1]) : default))
                return i;
        return null;
    }

    /// <summary>
    /// The diagnostic of full-width <c>；</c> marks at the end of <paramref name="name"/>, where the `;` of a statement a
    /// rule checks was meant (a USE's or SET CATALOG's, which the parse leaves to it): at the statement's end SRB001, before
    /// another statement on a line of its own SRB012, before more on its line SRB010, as in a statement of the family.
    /// </summary>
    /// <param name="statement">The statement's own text (<see cref="ParsedStatement.OwnText"/>), what follows the marks in it.</param>
    internal static Diagnostic FullWidthSemicolonEnding(string text, ReadOnlySpan<char> statement, TextSpan marks)
    {
        var message = FullWidthSemicolonMessage(text, marks);
        var fix = SemicolonFix(text, marks);
        var next = SignificantFrom(statement, marks.End);
        if (next >= statement.Length)
            return Diagnostic.Create(SyntaxRules.InvalidCharacter, marks, $"{message}. Use `;`.", fix);
        Lexer.Scan(statement, next, out var end);
        var after = SignificantFrom(statement, end);
        var afterEnd = after;
        if (after < statement.Length)
            Lexer.Scan(statement, after, out afterEnd);
        return StartsLine(statement, next) && StartsStatement(statement[next..end], statement[after..afterEnd])
            ? Diagnostic.Create(SyntaxRules.MissingSemicolon, marks,
                $"{message}, so the statement runs on into the {StatementNamed(statement, next)} after it. Use `;`.", fix)
            : Diagnostic.Create(SyntaxRules.SyntaxError, marks, $"{message}. Use `;`.", fix);
    }

    /// <summary>Where the first significant token at or after <paramref name="position"/> starts, or the text's length for none.</summary>
    private static int SignificantFrom(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && Lexer.Scan(text, position, out var end).IsTrivia())
            position = end;
        return position;
    }

    /// <summary>"A full-width `；` is not a statement end: StarRocks reads it as a letter of the name `db；`."</summary>
    private static string FullWidthSemicolonMessage(string text, TextSpan marks) =>
        $"{(marks.Length == 1 ? "A full-width `；` is not a statement end: StarRocks reads it" : "Full-width `；` marks are not a statement end: StarRocks reads them")} as {LettersOf(text, NameAt(text, marks.Start), marks.Length)}";

    /// <summary>The <c>；</c> marks made `;`, with the spaces beside them StarRocks would then read as letters (<c>db　；</c>) made ASCII.</summary>
    private static CodeFix SemicolonFix(string text, TextSpan marks)
    {
        ImmutableArray<TextEdit> edits = [new(marks, new string(';', marks.Length))];
        var (_, spaces) = MeantSpaces.Beside(text, edits);
        return new CodeFix((marks.Length == 1 ? "Change to `;`" : "Change to `;`s") + MeantSpaces.Named(spaces), MeantSpaces.With(edits, spaces), Certain: true);
    }
}
