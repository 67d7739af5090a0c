using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// Where completion stands: the statement's significant tokens split at the cursor (document spans), the partial
/// token being typed (excluded from the tokens), the part of it before the cursor and the span a suggestion replaces.
/// </summary>
/// <param name="AfterStatementEnd">Whether the statement before the cursor ended at a <c>;</c> or <c>\G</c>: the cursor starts the next.</param>
/// <param name="PastOpeningQuote">
/// Whether the cursor stands past the opening quote or backtick of the partial token: a suggestion then replaces from
/// after it and writes only the rest. Every client filters by the word it sees (Neovim's omnifunc and Emacs' eglot by
/// the letters before the cursor, leaving the quote aside) and some insert from there whatever range the server gives.
/// </param>
/// <param name="BeginsLine">Whether the word being typed (or the cursor, between words) stands first on its line, after
/// some of the statement: where the statement's `;` is missing, it may begin the next.</param>
/// <param name="BeforeClosingQuote">Whether the cursor stands right before the closing quote or backtick of the partial
/// token (as an editor's auto-pairing leaves it): a suggestion that ends with that quote then stops at the cursor and
/// leaves it, since Neovim and Vim's ALE insert up to the cursor whatever range the server gives, and would double it (a
/// database with its dot, for a client that applies the range past the cursor, takes it: see <see cref="CompletionService.Complete"/>).</param>
/// <param name="GoesOnInLine">Whether the statement goes on after the word being typed, on its line (<c>BAC|KUP SNAPSHOT
/// db.s</c>): the word edits a statement written already. (Its next words on a later line may be a statement this line
/// comes before.)</param>
internal sealed record CompletionCursor(StatementTokens Tokens, SyntaxToken? Partial, string Typed, TextSpan ReplaceSpan, bool AfterStatementEnd,
    bool PastOpeningQuote, bool BeginsLine, bool BeforeClosingQuote, bool GoesOnInLine)
{
    /// <summary>
    /// The same cursor with the word being typed taken whole across the hyphens written against it (<c>my-t|</c>): a name
    /// that needs backticks, typed bare. Null where no hyphen touches the word. StarRocks reads the hyphen as a minus, so
    /// this reading is for where a name goes.
    /// </summary>
    public CompletionCursor? Hyphenated { get; init; }

    private CompletionCursor Shifted(int by) => this with { ReplaceSpan = ReplaceSpan.Shift(by) };

    public bool InBackticks => Partial?.Kind is TokenKind.BacktickName or TokenKind.UnterminatedBacktickName;

    public bool InString => Partial?.Kind is TokenKind.String or TokenKind.UnterminatedString;

    private static bool InOpenParentheses(ImmutableArray<SyntaxToken> tokens, int split)
    {
        var depth = 0;
        for (var i = 0; i < split; i++)
            depth += tokens[i].Kind switch { TokenKind.LParen => 1, TokenKind.RParen => -1, _ => 0 };
        return depth > 0;
    }

    /// <summary>
    /// The quote the string being typed opened with; else the one the statement's last string before the cursor did
    /// (<c>IN ('a', |</c> goes on in single quotes); double by default.
    /// </summary>
    public char Quote
    {
        get
        {
            var (text, tokens) = (Tokens.Text, Tokens.Tokens);
            if (InString)
                return text[Partial!.Value.Span.Start] == '\'' ? '\'' : '"';
            for (var i = Math.Min(Tokens.Split, tokens.Length) - 1; i >= 0; i--)
                if (tokens[i].Kind == TokenKind.String)
                    return text[tokens[i].Span.Start] == '\'' ? '\'' : '"';
            return '"';
        }
    }

    /// <summary>
    /// Null inside a comment, inside a multi-line token, against the end of a closed quoted name or string, or inside
    /// other SQL past its first words.
    /// </summary>
    public static CompletionCursor? Locate(DocumentAnalysis analysis, int offset)
    {
        var document = analysis.Text;
        offset = Math.Clamp(offset, 0, document.Length);
        // A cursor inside a character stands before it: the partial word runs to the cursor, and a suggestion that
        // replaced it would leave half of the character behind.
        var insidePair = offset > 0 && offset < document.Length && char.IsHighSurrogate(document[offset - 1]) && char.IsLowSurrogate(document[offset]);
        if (insidePair)
            offset--;
        var statement = analysis.LastStartingAtOrBefore(offset)?.InnermostAt(offset);
        // Past the `;` of other SQL the cursor starts the next statement: read from that `;`, not through the statement (a
        // megabyte of an INSERT's values); before it, other SQL is read no further than its first words.
        var otherSqlEnd = statement is { Parsed.IsFamily: false } && statement.Span.End <= offset ? EndOf(document, statement.Span.End, offset) : -1;
        var from = otherSqlEnd >= 0 ? otherSqlEnd : statement?.Start ?? 0;
        var afterEnd = statement is not null && offset < statement.Span.End ? statement.Span.End : offset;

        // Lexing reads the document from the statement's start to a little past the cursor or the statement's end:
        // every token read there ends inside, but for one holding the cursor after the statement, which can only be
        // blanks or a comment (anything else would start a statement), and those read the same cut short.
        var window = TextSpan.FromBounds(from, Math.Min(document.Length, afterEnd + Lexer.WindowMargin));
        var cursor = Locate(document.ToString(window), offset - from, afterEnd - from,
            otherSql: statement is { Parsed.IsFamily: false } && otherSqlEnd < 0);
        // Outside quotes the character is one StarRocks drops, in no name: no suggestion's range could hold the cursor
        // inside it without replacing half of it.
        return cursor is null || (insidePair && cursor.ReplaceSpan.End <= offset - from) ? null
            : cursor with { ReplaceSpan = cursor.ReplaceSpan.Shift(from), Hyphenated = cursor.Hyphenated?.Shifted(from) };
    }

    /// <summary>The cursor at <paramref name="offset"/> of <paramref name="text"/>, which starts where its statement does (spans are the text's).</summary>
    private static CompletionCursor? Locate(string text, int offset, int afterEnd, bool otherSql)
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        SyntaxToken? partial = null;
        var ended = false;
        var split = -1;
        var position = 0;
        // Where the tokens after the cursor stop being read: the statement's end, or the line's after an unclosed quote.
        var readsTo = text.Length;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
            var token = new SyntaxToken(kind, TextSpan.FromBounds(position, end));
            position = end;
            if (token.Span.Start == offset && offset < afterEnd && partial is null
                && (kind is TokenKind.Word or TokenKind.BacktickName || (kind == TokenKind.String && IsValueAfter(text, tokens))))
            {
                // A word that starts at the cursor is the word completion replaces, as when the cursor stands inside it; so
                // is a value's string (one written before it would make one string of both: `"FULL""full"`).
                partial = token;
                split = tokens.Count;
            }
            else if (token.Span.Start >= offset)
            {
                split = split < 0 ? tokens.Count : split;
                if (token.Span.Start >= afterEnd || token.Span.Start >= readsTo || kind is TokenKind.Semicolon or TokenKind.ClientCommand)
                    break;
                if (!kind.IsTrivia())
                    tokens.Add(token);
            }
            else if ((end == offset && kind is TokenKind.String or TokenKind.BacktickName) || (end >= offset && kind == TokenKind.BinaryString))
                // Against its closing quote whatever came would be glued to the name or string (`t`PARTITION); inside a
                // binary literal's hexadecimal digits there is nothing to offer.
                return null;
            else if (end < offset || (end == offset && (EndsBeforeCursor(kind) || text[end - 1] is '\n' or '\r')))
            {
                if (kind is TokenKind.Semicolon or TokenKind.ClientCommand)
                {
                    tokens.Clear();
                    ended = true;
                }
                else if (!kind.IsTrivia())
                    tokens.Add(token);
                // Other SQL is recognised by its first three words: past them, nothing here concerns us (but a USE's
                // database after its catalog, `USE default_catalog.`, its fourth).
                if (otherSql && tokens.Count >= 3
                    && (tokens.Count >= 4 || !text.AsSpan(tokens[0].Span.Start, tokens[0].Span.Length).Equals("USE", StringComparison.OrdinalIgnoreCase)))
                    return null;
            }
            else if (kind.IsTrivia() && kind != TokenKind.Whitespace)
                return null;
            else if (kind is TokenKind.UnterminatedBacktickName or TokenKind.UnterminatedString)
            {
                // A quote the editor did not close runs on to the end: the name being typed ends with its word, and the rest
                // of its line is read as the statement's own (`ON (`ex|, t2)` lists t2 already); the lines after it may be
                // other statements, whose `;` the open quote hid.
                position = NameEnd(text, offset, end);
                partial = new SyntaxToken(kind, TextSpan.FromBounds(token.Span.Start, position));
                readsTo = text.AsSpan(position).IndexOfAny('\r', '\n') is >= 0 and var lineBreak ? position + lineBreak : text.Length;
            }
            else if (kind == TokenKind.Number && text[token.Span.Start] == '.')
            {
                // `db.2|`: a name being typed after a `.` that has only digits so far, which StarRocks would read with the `.`
                // as a number; the name it becomes (`db.2024_orders`) is read as a `.` and a name.
                tokens.Add(new SyntaxToken(TokenKind.Dot, new TextSpan(token.Span.Start, 1)));
                partial = new SyntaxToken(TokenKind.Word, TextSpan.FromBounds(token.Span.Start + 1, end));
            }
            else if (kind != TokenKind.Whitespace)
                partial = token;
        }
        split = split < 0 ? tokens.Count : split;
        if (DottedKeyStart(text, tokens, split, partial) is var (chain, start))
        {
            // An unquoted dotted key being typed in PROPERTIES (`aws.s3.ac`) is one word to complete, not a name and its parts.
            partial = new SyntaxToken(TokenKind.Word, TextSpan.FromBounds(start, partial?.Span.End ?? offset));
            tokens.RemoveRange(chain, split - chain);
            split = chain;
        }

        var cursor = At(text, offset, tokens.ToImmutable(), split, partial, ended);
        if (cursor is null || HyphenatedWord(text, offset, tokens, split, partial) is not var (first, last, word))
            return cursor;
        // `my-t|`, which StarRocks reads as `my` minus `t`: as the person sees it, one word, the name being typed.
        tokens.RemoveRange(first, last - first);
        return cursor with { Hyphenated = At(text, offset, tokens.ToImmutable(), first, word, ended) };
    }

    /// <summary>The cursor at <paramref name="offset"/>, with <paramref name="partial"/> being typed there; null where the typed part spans lines.</summary>
    private static CompletionCursor? At(string text, int offset, ImmutableArray<SyntaxToken> tokens, int split, SyntaxToken? partial, bool ended)
    {
        var replace = new TextSpan(offset, 0);
        var typedText = "";
        var (pastQuote, beforeClosingQuote) = (false, false);
        if (partial is { } typed)
        {
            typedText = text[typed.Span.Start..offset];
            if (typedText.AsSpan().IndexOfAny('\r', '\n') >= 0)
                return null;
            var wholeToken = text.AsSpan(typed.Span.Start, typed.Span.Length).IndexOfAny('\r', '\n') < 0;
            pastQuote = offset > typed.Span.Start && typed.Kind is TokenKind.String or TokenKind.UnterminatedString
                or TokenKind.BacktickName or TokenKind.UnterminatedBacktickName;
            var closed = typed.Kind is TokenKind.String or TokenKind.BacktickName;
            replace = TextSpan.FromBounds(typed.Span.Start + (pastQuote ? 1 : 0),
                !pastQuote ? (wholeToken ? typed.Span.End : offset)
                : closed && wholeToken && text.AsSpan(offset, typed.Span.End - offset).IndexOf(',') < 0 ? typed.Span.End
                : NameEnd(text, offset, typed.Span.End));
            beforeClosingQuote = pastQuote && closed && offset == typed.Span.End - 1;
        }
        // Inside a list's open parentheses no statement begins, whatever line the word stands on.
        var beginsLine = split > 0 && partial is null or { Kind: TokenKind.Word } && StatementParser.StartsLine(text, partial?.Span.Start ?? offset)
            && !InOpenParentheses(tokens, split);
        var goesOnInLine = split < tokens.Length && tokens[split].Span.Start >= replace.End
            && text.AsSpan(replace.End, tokens[split].Span.Start - replace.End).IndexOfAny('\r', '\n') < 0;
        return new CompletionCursor(new StatementTokens(text, tokens, split), partial, typedText, replace, ended, pastQuote, beginsLine,
            beforeClosingQuote, goesOnInLine);
    }

    /// <summary>
    /// The word being typed (or the cursor, between words) joined with the words hyphens join to it, written together
    /// (<c>my-t|</c>, <c>my-|</c>, <c>m|y-tbl</c>): the tokens it takes the place of, from <c>First</c> up to <c>Last</c>
    /// (exclusive), and the word. Null where no hyphen touches it.
    /// </summary>
    private static (int First, int Last, SyntaxToken Word)? HyphenatedWord(string text, int offset, ImmutableArray<SyntaxToken>.Builder tokens, int split,
        SyntaxToken? partial)
    {
        if (partial is not (null or { Kind: TokenKind.Word or TokenKind.Number }))
            return null;
        var (first, start) = (split, partial?.Span.Start ?? offset);
        while (first >= 2 && IsHyphen(text, tokens[first - 1]) && tokens[first - 1].Span.End == start && IsWordPart(tokens[first - 2])
            && tokens[first - 2].Span.End == tokens[first - 1].Span.Start)
        {
            first -= 2;
            start = tokens[first].Span.Start;
        }
        var (last, end) = (split, partial?.Span.End ?? offset);
        while (last + 1 < tokens.Count && IsHyphen(text, tokens[last]) && tokens[last].Span.Start == end && IsWordPart(tokens[last + 1])
            && tokens[last + 1].Span.Start == tokens[last].Span.End)
        {
            end = tokens[last + 1].Span.End;
            last += 2;
        }
        return first == split && last == split ? null
            : (first, last, new SyntaxToken(TokenKind.Word, TextSpan.FromBounds(start, end)));
    }

    private static bool IsHyphen(string text, SyntaxToken token) => token.Kind == TokenKind.Operator && token.Span.Length == 1 && text[token.Span.Start] == '-';

    private static bool IsWordPart(SyntaxToken token) => token.Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>
    /// Where a statement that ends at <paramref name="statementEnd"/> (its last token's end) was ended before the cursor: its
    /// `\G`, which its span holds, or a `;` between it and the cursor; -1 if it was not.
    /// </summary>
    private static int EndOf(DocumentText document, int statementEnd, int offset)
    {
        if (statementEnd >= 2 && document[statementEnd - 2] == '\\' && document[statementEnd - 1] is 'G' or 'g')
            return statementEnd - 2;
        var gap = document.ToString(TextSpan.FromBounds(statementEnd, offset));
        for (var position = 0; position < gap.Length;)
        {
            var start = position;
            if (Lexer.Scan(gap, position, out position) is TokenKind.Semicolon or TokenKind.ClientCommand)
                return statementEnd + start;
        }
        return -1;
    }

    /// <summary>
    /// Whether what comes after the last of <paramref name="tokens"/> is a value: after a comparison, LIKE, RLIKE, REGEXP
    /// (a SHOW filter's pattern) or LOCATION.
    /// </summary>
    private static bool IsValueAfter(string text, ImmutableArray<SyntaxToken>.Builder tokens) =>
        tokens.Count > 0 && tokens[^1] is var last
        && (last.Kind is TokenKind.Equals or TokenKind.Operator
            || (last.Kind == TokenKind.Word && text.AsSpan(last.Span.Start, last.Span.Length) is var word
                && (word.Equals("LIKE", StringComparison.OrdinalIgnoreCase) || word.Equals("RLIKE", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("REGEXP", StringComparison.OrdinalIgnoreCase) || word.Equals("LOCATION", StringComparison.OrdinalIgnoreCase))));

    /// <summary>
    /// Where the name being typed after an opening quote the editor did not close ends after the cursor: a suggestion,
    /// which brings its own closing quote, replaces up to here and leaves the rest of the line in place (<c>ON (`ex|, t2)</c>,
    /// and <c>("ty|, "timeout" = ...</c>, where the quote that seems to close it opens the list's next item). A quoted
    /// name or string that is whole (<c>"2018-05|-04"</c>, <c>`my-|tbl`</c>) is replaced whole.
    /// </summary>
    private static int NameEnd(string text, int offset, int tokenEnd)
    {
        var end = offset;
        // A character outside the BMP goes whole (the cursor may stand inside it, and the range must hold the cursor).
        while (end < tokenEnd && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || char.IsSurrogate(text[end])))
            end++;
        return end;
    }

    /// <summary>
    /// Where a dotted run of words before the cursor (<c>aws.s3.</c>, <c>aws.s3.ac</c>) starts, as its index among the
    /// tokens and its offset, when it stands first in an item of a PROPERTIES list (after its `(` or a `,`); null otherwise.
    /// </summary>
    private static (int Index, int Start)? DottedKeyStart(string text, ImmutableArray<SyntaxToken>.Builder tokens, int split, SyntaxToken? partial)
    {
        if (partial is not (null or { Kind: TokenKind.Word }))
            return null;
        var chain = split;
        while (chain >= 2 && tokens[chain - 1].Kind == TokenKind.Dot && tokens[chain - 2].Kind == TokenKind.Word)
            chain -= 2;
        if (chain == split || chain < 1 || tokens[chain - 1].Kind is not (TokenKind.LParen or TokenKind.Comma))
            return null;
        // The `(` the item stands in, back past any closed parentheses, must follow PROPERTIES.
        var depth = 0;
        for (var i = chain - 1; i >= 1; i--)
        {
            depth += tokens[i].Kind switch { TokenKind.RParen => 1, TokenKind.LParen => -1, _ => 0 };
            if (depth < 0)
                return tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Text(text).Equals("PROPERTIES", StringComparison.OrdinalIgnoreCase)
                    ? (chain, tokens[chain].Span.Start) : null;
        }
        return null;
    }

    /// <summary>
    /// Whether a token that ends at the cursor is behind it: a word or an open quote is still being typed, and a
    /// comment that runs to the end of the line still holds the cursor (unless it takes the line break, before a U+3000).
    /// </summary>
    private static bool EndsBeforeCursor(TokenKind kind) =>
        kind is not (TokenKind.Word or TokenKind.Number or TokenKind.LineComment or TokenKind.HashComment or TokenKind.UnterminatedString
            or TokenKind.UnterminatedBacktickName or TokenKind.UnterminatedBlockComment);
}
