using System.Buffers;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>The messages and fixes of syntax and lexical errors.</summary>
public static partial class StatementParser
{
    private static Diagnostic ParseError(string text, StatementHeads.Head head, Token<TokenKind>[] tokens, ParseFailure failure)
    {
        if (TypographicSlip(text, head, tokens, failure) is { } slip)
            return slip;
        // Names first ("a table name"), then keywords, punctuation and the end: the likeliest fix leads.
        var expected = failure.Expected.Where(e => e != "`.`" && !AcceptedOnlyToReport(head, tokens, failure.TokenIndex, e))
            .OrderBy(e => e == EndOfStatement ? 3 : e.StartsWith('`') ? 2 : Expectations.IsKeyword(e) ? 1 : 0).ToList();
        var diagnostic = ParseError(text, head, tokens, failure, expected, expected);
        // The parse serves every release: the error for those that lack some of the forms expected is made with it, without
        // them (nor a did-you-mean of one: `LIMT` is no LIMIT where SHOW BACKUP takes none).
        var newer = expected.Select(e => Releases.KeywordSince(e, head.Kind)).Where(since => since is not null).Min();
        if (diagnostic.Rule != SyntaxRules.SyntaxError && diagnostic.Rule != SyntaxRules.MisspelledKeyword || newer is null)
            return diagnostic;
        var older = expected.Where(e => Releases.KeywordSince(e, head.Kind) is null).ToList();
        // Where nothing the older releases take could come, the error names what is expected all the same, but a misspelling
        // is still no misspelling of a newer form.
        var earlier = older.Count > 0 || diagnostic.Rule == SyntaxRules.MisspelledKeyword
            ? ParseError(text, head, tokens, failure, older.Count > 0 ? older : expected, older)
            : null;
        return earlier is not null && earlier.Span == diagnostic.Span && (earlier.Rule != diagnostic.Rule || earlier.Message != diagnostic.Message)
            ? diagnostic with { BeforeRelease = new ReleaseVariant(newer.Value, earlier) }
            : diagnostic;
    }

    /// <param name="suggestable">What a did-you-mean may name.</param>
    private static Diagnostic ParseError(string text, StatementHeads.Head head, Token<TokenKind>[] tokens, ParseFailure failure, List<string> expected,
        List<string> suggestable)
    {
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
            return MissingSemicolon(found, previous, tokens[0]);
        if ((NoIfExists(head, tokens, failure.TokenIndex) ?? DropSnapshotWhere(head, tokens, failure.TokenIndex)
                ?? RepositoryStorageType(head, tokens, failure.TokenIndex)) is { } foreignForm)
            return foreignForm;

        var message = $"Expected {Choice(expected)}{after}, found {Describe(found)}.";
        if ((StringColumn(head, tokens, failure.TokenIndex, message) ?? ExcludeClause(head, tokens, failure.TokenIndex, message)
                ?? CatalogsWithoutParentheses(head, tokens, failure.TokenIndex, message)) is { } foreignClause)
            return foreignClause;
        if ((PunctuationSlip(tokens, failure.TokenIndex, expected, message) ?? NumberAfterName(previous, found, failure, message)) is { } slip)
            return slip;
        var suggestion = word is null ? null : EditDistance.Suggest(word, suggestable.Where(Expectations.IsKeyword));
        // A reserved word where a name belongs: either the name is missing before the statement's next keyword
        // (`BACKUP SNAPSHOT TO r`, `ORDER BY LIMIT 1`), or the word is meant as the name (`DROP REPOSITORY table`,
        // `WHERE limit = 1`), then say how to write it.
        if (suggestion is null && word is not null && Keywords.IsReserved(word) && expected.Any(IsNameExpectation))
            return NameIsMissing(head, tokens, failure.TokenIndex, expected.Any(IsExpressionExpectation))
                ? Diagnostic.Create(SyntaxRules.SyntaxError, span, $"Expected {Choice(expected)}{after}, found {Describe(found)}: {MissingWhat(expected)} is missing.")
                : Diagnostic.Create(SyntaxRules.SyntaxError, span,
                    $"Expected {Choice(expected)}{after}, found {Describe(found)}, a reserved word: write it in backticks to use it as a name.",
                    CodeFix.Replace($"Quote with backticks: `{word}`", span, $"`{word}`", certain: true));
        if (suggestion is null)
            return Diagnostic.Create(SyntaxRules.SyntaxError, span, message);
        // The fix writes the keyword in the case of the word it replaces.
        var written = Keywords.InCaseOf(word, suggestion);
        return Diagnostic.Create(SyntaxRules.MisspelledKeyword, span, $"{message} Did you mean {suggestion}?",
            CodeFix.Replace($"Change to {written}", span, written));
    }

    /// <summary>
    /// A slip with one right edit: a comma before a list's `)`, a `:` for a property's `=`, a value or location in backticks
    /// (which quote names) rather than quotes, BROKER without the WITH before it.
    /// </summary>
    private static Diagnostic? PunctuationSlip(Token<TokenKind>[] tokens, int index, List<string> expected, string message)
    {
        var (found, previous) = (tokens[index], tokens[index - 1]);
        var span = SpanOf(found);
        if (found.Kind == TokenKind.RParen && previous.Kind == TokenKind.Comma)
        {
            // `(a, )` becomes `(a)`: the blanks after the comma go with it, up to the `)` or a line break (a list written a
            // line per item), which stays, as does a comment.
            var text = found.Span.Source!;
            var end = SpanOf(previous).End;
            while (end < span.Start && text[end] is ' ' or '\t')
                end++;
            var removed = end == span.Start || text[end] is '\r' or '\n' ? TextSpan.FromBounds(SpanOf(previous).Start, end) : SpanOf(previous);
            return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(previous), $"{message} A list ends without a comma.",
                CodeFix.Replace("Remove the comma", removed, "", certain: true));
        }
        if (found.Span.EqualsValue(":") && expected.Contains("`=`"))
            return Diagnostic.Create(SyntaxRules.SyntaxError, span, $"{message} A property's key and value are joined by `=`.",
                // `"type": "full"` becomes `"type" = "full"`; written compact (`"type":"full"`) it stays so.
                CodeFix.Replace("Change `:` to `=`", span,
                    SpanOf(previous).End == span.Start && !(index + 1 < tokens.Length && SpanOf(tokens[index + 1]).Start == span.End) ? " =" : "=",
                    certain: true));
        if (found.Kind == TokenKind.BacktickName && (expected.Contains(Expectations.PropertyValue) || expected.Contains(Expectations.Location)
            || expected.Contains(Expectations.PropertyKey)))
        {
            var quoted = $"\"{Unquote.Backtick(found.Span.ToStringValue()).Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
            return Diagnostic.Create(SyntaxRules.SyntaxError, span, $"{message} Backticks quote a name: a property or location is a string, in quotes.",
                CodeFix.Replace("Write it in double quotes", span, quoted, certain: true));
        }
        if (found.Kind == TokenKind.Word && found.Span.EqualsValueIgnoreCase("BROKER") && expected.Contains("WITH"))
            return Diagnostic.Create(SyntaxRules.SyntaxError, span, $"{message} Write WITH BROKER.", InsertBefore(found, "WITH"));
        return LocationWithoutOn(tokens, index, expected, message);
    }

    /// <summary>
    /// CREATE REPOSITORY's LOCATION without the ON before it. After a broker's name it is found where ON is expected; right
    /// after BROKER StarRocks takes it for the broker's name (LOCATION is no reserved word) and fails at the location string,
    /// which would be told as an ON missing after LOCATION: it is said where ON goes instead.
    /// </summary>
    private static Diagnostic? LocationWithoutOn(Token<TokenKind>[] tokens, int index, List<string> expected, string message)
    {
        if (!expected.Contains("ON") || !tokens.Take(index).Any(t => t.Kind == TokenKind.Word && t.Span.EqualsValueIgnoreCase("BROKER")))
            return null;
        var (found, previous) = (tokens[index], tokens[index - 1]);
        if (found.Kind == TokenKind.Word && found.Span.EqualsValueIgnoreCase("LOCATION"))
            return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(found), $"{message} Write ON LOCATION.", InsertBefore(found, "ON"));
        if (found.Kind == TokenKind.String && previous.Kind == TokenKind.Word && previous.Span.EqualsValueIgnoreCase("LOCATION")
            && tokens[index - 2] is { Kind: TokenKind.Word } broker && broker.Span.EqualsValueIgnoreCase("BROKER"))
            return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(previous),
                "Expected ON before LOCATION: without it, StarRocks reads LOCATION as the broker's name and fails at the location. Write ON LOCATION.",
                InsertBefore(previous, "ON"));
        return null;
    }

    /// <summary>The certain fix that writes a missing keyword before the word, in that word's case.</summary>
    private static CodeFix InsertBefore(Token<TokenKind> word, string keyword) =>
        CodeFix.Replace($"Insert {keyword}", new TextSpan(SpanOf(word).Start, 0), Keywords.InCaseOf(word.Span.ToStringValue(), keyword) + " ", certain: true);

    /// <summary>
    /// A number right after a name that a qualified name could go on from (<c>db.20240101</c>, <c>t.5e3</c>): StarRocks'
    /// lexer reads a `.` and digits (and an exponent) as a number, not as a `.` and a name, unless a name character the
    /// number cannot take follows them. Such a name is written in backticks (one with the sign of <c>.5e+3</c> is surely none).
    /// </summary>
    private static Diagnostic? NumberAfterName(Token<TokenKind> previous, Token<TokenKind> found, ParseFailure failure, string message)
    {
        var text = found.Span.ToStringValue();
        if (found.Kind != TokenKind.Number || text[0] != '.' || text.AsSpan().IndexOfAny('+', '-') >= 0
            || SpanOf(previous).End != SpanOf(found).Start || !failure.Expected.Contains("`.`"))
            return null;
        var quoted = $".`{text[1..]}`";
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(found),
            $"{message} StarRocks reads `{text}` as a number, not as a `.` and a name: write the name in backticks ({quoted}).",
            CodeFix.Replace($"Quote with backticks: {quoted}", SpanOf(found), quoted));
    }

    /// <summary>
    /// Whether the grammar accepts <paramref name="keyword"/> here only for a rule to report it (an alias in BACKUP, CREATE
    /// REPOSITORY's ON LOCATION before WITH BROKER, a partition list without its table): not something to offer as what may come.
    /// </summary>
    private static bool AcceptedOnlyToReport(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string keyword) =>
        (head.Kind, keyword) switch
        {
            (StatementKind.Backup, "AS") => true,
            // `PARTITION p1 = v`: a condition is parenthesized only (ObjectRules reports it); p1 p2 wants a comma, not an `=`.
            (_, "`=`") => index >= 2 && tokens[index - 2] is { Kind: TokenKind.Word } partition
                && (partition.Span.EqualsValueIgnoreCase("PARTITION") || partition.Span.EqualsValueIgnoreCase("PARTITIONS")),
            (StatementKind.CreateRepository, "ON") => !tokens.Take(index).Any(t => t.Kind == TokenKind.Word && t.Span.EqualsValueIgnoreCase("WITH")),
            // Where an ON item starts, a PARTITION clause is read only to report the table it lacks (SRB304).
            (_, "PARTITION" or "PARTITIONS") => index >= 1 && tokens[index - 1].Kind is TokenKind.LParen or TokenKind.Comma,
            _ => false,
        };

    /// <summary>
    /// Whether the reserved word at <paramref name="index"/> is the statement's own next keyword after a missing name: the
    /// statement fails right after it with the word backticked as the name, and reads past that with a name put before it.
    /// A condition or sort key takes in whatever follows a backticked word, so there the name is missing when the statement
    /// reads at least as far with one put before the word.
    /// </summary>
    private static bool NameIsMissing(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, bool expression)
    {
        const string name = "name";
        Token<TokenKind>[] inserted = [.. tokens[..index], SqlTokenizer.Token(name, TokenKind.Word, 0, name.Length), .. tokens[index..]];
        var backticked = (Token<TokenKind>[])tokens.Clone();
        var quoted = $"`{tokens[index].Span.ToStringValue()}`";
        backticked[index] = SqlTokenizer.Token(quoted, TokenKind.BacktickName, 0, quoted.Length);
        var readBackticked = ReadsUpTo(head, backticked);
        var readInserted = ReadsUpTo(head, inserted) - 1;
        return expression ? readInserted >= readBackticked : readBackticked == index + 1 && readInserted > index + 1;
    }

    /// <summary>"the name", or "the condition" or "the sort key" where one of those is expected.</summary>
    private static string MissingWhat(List<string> expected) =>
        expected.FirstOrDefault(IsExpressionExpectation) is { } expression ? "the " + expression[(expression.IndexOf(' ') + 1)..] : "the name";

    /// <summary>The index of the token a parse fails at, or past the last token when it parses.</summary>
    private static int ReadsUpTo(StatementHeads.Head head, Token<TokenKind>[] tokens) =>
        ParseBody(head, tokens, farthestWhenParsed: false).Farthest?.TokenIndex ?? tokens.Length + 1;

    /// <summary>Whether a name may stand where this is expected: a bare word there could be one, unlike a row count.</summary>
    private static bool IsNameExpectation(string expectation) =>
        expectation != EndOfStatement && expectation != Expectations.RowCount && !expectation.StartsWith('`') && !Expectations.IsKeyword(expectation);

    /// <summary>A condition or sort key: tokens up to the next clause, which may be or hold a name.</summary>
    private static bool IsExpressionExpectation(string expectation) =>
        expectation is Expectations.Condition or Expectations.SortKey;

    /// <summary>A `\` quoted, as it shows; a control character by its code point alone, as a message would escape it.</summary>
    private static string InvalidCharacter(char c) => c == '\\' ? "`\\` (U+005C)" : $"U+{(int)c:X4}";

    private static Diagnostic LexicalError(string text, TokenKind kind, TextSpan span)
    {
        // An unterminated token runs to the end of the text: underline its first line, not the rest of the file.
        var lineEnd = text.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n');
        var firstLine = lineEnd < 0 ? span : new TextSpan(span.Start, lineEnd);
        return kind switch
        {
            TokenKind.HashComment => Diagnostic.Create(SyntaxRules.InvalidCharacter, new TextSpan(span.Start, 1),
                "`#` does not start a comment in StarRocks: use `--` or `/* */`.", HashFix(text, span)),
            TokenKind.ClientCommand => Diagnostic.Create(SyntaxRules.InvalidCharacter, span,
                $"`{text.Substring(span.Start, span.Length)}` ends a statement in the mysql client only: StarRocks itself, and any other client, drops the `\\` and fails on the `{text[span.Start + 1]}`. End the statement with `;`.",
                CodeFix.Replace($"Change `{text.Substring(span.Start, span.Length)}` to `;`", span, ";", certain: true)),
            // Removing it is a guess: what lies between the `*/` that ended the comment and this one was meant to be
            // commented out too (`/* a /* b */ c */`), and would run once this one is gone.
            TokenKind.StrayCommentClose => Diagnostic.Create(SyntaxRules.SyntaxError, span,
                "This `*/` closes no comment: comments do not nest in StarRocks, so a `/*` comment ends at its first `*/`, and this one is read as `*` and `/`, which fail the statement.",
                CodeFix.Replace("Remove the stray `*/`", span, "")),
            TokenKind.SpaceAsLetter => SpaceAsLetter(text, span),
            TokenKind.DroppedCharacters => DroppedCharacters(text, span),
            TokenKind.InvalidCharacter => Diagnostic.Create(SyntaxRules.InvalidCharacter, span, span.Length == 1
                ? $"Unexpected character {InvalidCharacter(text[span.Start])}."
                : $"{span.Length} unexpected characters in a row, the first {InvalidCharacter(text[span.Start])}."),
            TokenKind.UnterminatedString => Diagnostic.Create(SyntaxRules.UnterminatedString, firstLine,
                $"This string has no closing `{text[span.Start]}`: add one.",
                ClosingFix(text, span, 1, $"Add the closing `{text[span.Start]}`", text[span.Start].ToString(), AfterString)),
            TokenKind.UnterminatedDollarBody => Diagnostic.Create(SyntaxRules.UnterminatedString, new TextSpan(span.Start, 2),
                "This `$$` body has no closing `$$`: add one.", ClosingFix(text, span, 2, "Add the closing `$$`", "$$", AfterComment)),
            TokenKind.UnterminatedBacktickName => Diagnostic.Create(SyntaxRules.UnterminatedBacktick, firstLine,
                "This name has no closing backtick: add one.", ClosingFix(text, span, 1, "Add the closing backtick", "`", AfterName)),
            _ => Diagnostic.Create(SyntaxRules.UnterminatedComment, new TextSpan(span.Start, 2),
                "This comment has no closing `*/`: add one.", ClosingFix(text, span, 2, "Add the closing `*/`", " */", AfterComment)),
        };
    }

    /// <summary>
    /// Characters StarRocks' lexer drops. The fix removes them, or makes them a space where the characters on either side
    /// would run into one token without them, which StarRocks keeps apart, a token starting after them (<c>t😀x</c> is
    /// <c>t x</c>). A guess: the character may have been meant in a name, which backticks keep.
    /// </summary>
    private static Diagnostic DroppedCharacters(string text, TextSpan span)
    {
        var written = text.Substring(span.Start, span.Length);
        var first = char.ConvertToUtf32(text, span.Start);
        var count = written.EnumerateRunes().Count();
        var named = $"`{char.ConvertFromUtf32(first)}` (U+{first:X4})";
        var between = span.Start > 0 && span.End < text.Length && !EndsTokens(text[span.Start - 1]) && !EndsTokens(text[span.End]);
        return Diagnostic.Create(SyntaxRules.DroppedCharacter, span, count == 1
                ? $"StarRocks' lexer has no rule for {named} outside a string, a name in backticks or a comment: StarRocks drops it, and reads the statement without it."
                : $"StarRocks' lexer has no rule for these {count} characters, the first {named}, outside a string, a name in backticks or a comment: StarRocks drops them, and reads the statement without them.",
            between
                ? CodeFix.Replace($"Change `{Shortened(written)}` to a space", span, " ")
                : CodeFix.Replace($"Remove `{Shortened(written)}`", span, ""));
    }

    /// <summary>Whether a character keeps the tokens around it apart on its own: whitespace or a token of one character.</summary>
    private static bool EndsTokens(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or ',' or ';';

    /// <summary>
    /// Spaces beyond ASCII that StarRocks reads as letters: of the name they stand in, from the name StarRocks reads on
    /// into them (if any) over the name characters after them, or of a name of their own. An ASCII space is read as one always.
    /// </summary>
    internal static Diagnostic SpaceAsLetter(string text, TextSpan span)
    {
        var name = NameAt(text, span.Start);
        var several = span.Length > 1;
        var what = name.Length > span.Length
            ? $"{(several ? "letters" : "a letter")} of the name `{Shortened(text.Substring(name.Start, name.Length))}`"
            : several ? "a name of their own" : "a one-character name";
        return Diagnostic.Create(SyntaxRules.InvalidCharacter, span,
            $"StarRocks reads {SpacesNamed(text.AsSpan(span.Start, span.Length))} as {what}, not as {(several ? "spaces" : "a space")}: use an ASCII space.",
            CodeFix.Replace(several ? "Change to ASCII spaces" : "Change to an ASCII space", span, new string(' ', span.Length), certain: true));
    }

    /// <summary>"this full-width space (U+3000)", "these no-break spaces (U+00A0)", "these spaces (U+3000, U+00A0)".</summary>
    private static string SpacesNamed(ReadOnlySpan<char> spaces)
    {
        var several = spaces.Length > 1;
        var distinct = spaces.ToArray().Distinct().ToList();
        var kind = distinct.Count > 1 ? "space" : distinct[0] switch
        {
            '\u3000' => "full-width space",
            '\u00A0' => "no-break space",
            '\u202F' => "narrow no-break space",
            _ => "space",
        };
        return $"{(several ? "these" : "this")} {kind}{(several ? "s" : "")} ({string.Join(", ", distinct.Select(c => $"U+{(int)c:X4}"))})";
    }

    private static string Shortened(string text) => text.Length > 40 ? text[..37] + "..." : text;

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
    /// <c>--</c> for a <c>#</c> inside the statement. One that ends it may stop at a <c>;</c>, which a <c>--</c> would hide
    /// with whatever follows it on the line, so it becomes a block comment; or, where its text holds a <c>*/</c>, a
    /// <c>--</c> offered but never applied unasked.
    /// </summary>
    private static CodeFix HashFix(string text, TextSpan span)
    {
        var body = text.Substring(span.Start + 1, span.Length - 1);
        if (span.End < text.Length)
            return CodeFix.Replace("Change `#` to `--`", new TextSpan(span.Start, 1), "--", certain: true);
        return body.Contains("*/", StringComparison.Ordinal)
            ? CodeFix.Replace("Change `#` to `--` (with any `;` and text after it on the line)", new TextSpan(span.Start, 1), "--")
            : CodeFix.Replace("Change to a block comment", span, $"/*{body}{(body.EndsWith(' ') ? "" : " ")}*/", certain: true);
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
        // A character that looks like nothing, as text copied from a web page may have, joins the words around it into one
        // (a space beyond ASCII is a token of its own, SRB001).
        var unseen = text.IndexOfAny(InvisibleInNames) is >= 0 and var at ? $" (its U+{(int)text[at]:X4} is no space to StarRocks)" : "";
        // Its closing `$$` may lie far off, in a string or a later statement: say why the token runs there.
        if (token.Kind == TokenKind.DollarBody)
        {
            unseen = " (StarRocks reads from a `$$` to the next `$$` as one token, when that is longer than the name the `$$` starts)";
            if (text.AsSpan().IndexOfAny('\r', '\n') is >= 0 and var lineEnd)
                text = text[..lineEnd] + "...";
        }
        if (text.Length > 40)
            text = text[..37] + "...";
        // A keyword is named as keywords are written everywhere else, in capitals and bare.
        return token.Kind == TokenKind.Word && (Keywords.IsFamilyKeyword(text) || Keywords.IsReserved(text)) ? text.ToUpperInvariant() : $"`{text}`{unseen}";
    }

    /// <summary>Characters that look like nothing but are name characters to StarRocks' lexer: the zero-width space and no-break space (U+200B, U+FEFF).</summary>
    private static readonly SearchValues<char> InvisibleInNames = SearchValues.Create("\u200B\uFEFF");
}
