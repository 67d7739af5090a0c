using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Syntax;

public sealed class TokenizerTests
{
    private static (TokenKind Kind, string Text)[] Tokens(string text) =>
        SyntaxToken.Scan(text).Select(t => (t.Kind, t.Text(text))).ToArray();

    private static (TokenKind Kind, string Text)[] Significant(string text) =>
        Tokens(text).Where(t => !t.Kind.IsTrivia()).ToArray();

    [Fact]
    public void Spans_are_absolute_and_trivia_is_kept()
    {
        var tokens = SyntaxToken.Scan("BACKUP  /* c */ db.s;");
        Assert.Equal(
            [TokenKind.Word, TokenKind.Whitespace, TokenKind.BlockComment, TokenKind.Whitespace, TokenKind.Word, TokenKind.Dot, TokenKind.Word, TokenKind.Semicolon],
            tokens.Select(t => t.Kind));
        Assert.Equal([0, 6, 8, 15, 16, 18, 19, 20], tokens.Select(t => t.Span.Start));
    }

    /// <summary>The lexer reads ASCII word characters from a table: it must say what StarRocks' lexer says for every character.</summary>
    [Fact]
    public void Word_characters_are_letters_digits_underscore_dollar_and_everything_from_U0080_but_the_spaces()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var space = c >= '\u0080' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;
            Assert.True(Lexer.IsWordCharacter(c) == (char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || (c >= '\u0080' && !space)), $"U+{(int)c:X4}");
            Assert.True(Lexer.IsSpaceLetter(c) == space, $"U+{(int)c:X4}");
            Assert.True(Lexer.IsNameCharacter(c) == (Lexer.IsWordCharacter(c) || space), $"U+{(int)c:X4}");
        }
        Assert.True(Lexer.IsWordCharacter(char.MaxValue));
    }

    [Theory]
    [InlineData("--x", TokenKind.LineComment)]
    [InlineData("-- with a space", TokenKind.LineComment)]
    [InlineData("/* block */", TokenKind.BlockComment)]
    [InlineData("/*+ SET_VAR(a = 1) */", TokenKind.BlockComment)]
    [InlineData("/* never closed", TokenKind.UnterminatedBlockComment)]
    [InlineData("'it''s'", TokenKind.String)]
    [InlineData("\"say \"\"hi\"\"\"", TokenKind.String)]
    [InlineData(@"'it\'s'", TokenKind.String)]
    [InlineData("'never closed", TokenKind.UnterminatedString)]
    [InlineData(@"'ends with a backslash\'", TokenKind.UnterminatedString)]
    [InlineData("`a``b`", TokenKind.BacktickName)]
    [InlineData("``", TokenKind.BacktickName)]
    [InlineData("`never closed", TokenKind.UnterminatedBacktickName)]
    [InlineData("X'4142'", TokenKind.BinaryString)] // StarRocks' BINARY_SINGLE_QUOTED_TEXT, longer than the name X
    [InlineData("x\"41 42\"", TokenKind.BinaryString)]
    [InlineData("X''", TokenKind.BinaryString)]
    [InlineData("2024_snap", TokenKind.Word)]
    [InlineData("1db", TokenKind.Word)]
    [InlineData("20240101", TokenKind.Number)]
    [InlineData("1e5", TokenKind.Number)] // StarRocks reads a number in exponent form before a name of the same length
    [InlineData("2024E01", TokenKind.Number)]
    [InlineData("1e5x", TokenKind.Word)]
    [InlineData("1e", TokenKind.Word)]
    [InlineData("1e+5", TokenKind.Number)] // DOUBLE_VALUE, longer than the name `1e`
    [InlineData("1E-5", TokenKind.Number)]
    [InlineData("12e+345", TokenKind.Number)]
    [InlineData("e5", TokenKind.Word)]
    [InlineData("1.5", TokenKind.Number)] // DECIMAL_VALUE
    [InlineData(".5", TokenKind.Number)]
    [InlineData(".55", TokenKind.Number)] // before the DOT_IDENTIFIER of the same length
    [InlineData("1.", TokenKind.Number)]
    [InlineData("5.e3", TokenKind.Number)] // DOUBLE_VALUE
    [InlineData(".5e3", TokenKind.Number)]
    [InlineData("1.5e3", TokenKind.Number)]
    [InlineData(".5E-3", TokenKind.Number)]
    [InlineData("$x_1", TokenKind.Word)]
    [InlineData("a$$b", TokenKind.Word)]
    [InlineData("$$\ndef f(x):\n    return x; # $\n$$", TokenKind.DollarBody)]
    [InlineData("$$ def f(x): return x;", TokenKind.UnterminatedDollarBody)]
    // StarRocks' lexer takes the longest match, its name rule (`$` is a letter) before its $$ body rule on a tie.
    [InlineData("$$snap", TokenKind.Word)]
    [InlineData("$$snap$$", TokenKind.Word)]
    [InlineData("$$$$", TokenKind.Word)]
    [InlineData("$$a$$b", TokenKind.Word)]
    [InlineData("$$a b$$", TokenKind.DollarBody)]
    [InlineData("$$ select 1 $$", TokenKind.DollarBody)]
    [InlineData("$$snap TO r; SELECT '$$", TokenKind.DollarBody)] // to the first $$, wherever it stands
    [InlineData("快照", TokenKind.Word)]
    [InlineData("😀", TokenKind.DroppedCharacters)] // beyond U+FFFF: StarRocks' lexer has no rule for it and drops it
    [InlineData("😀𝔱\\", TokenKind.DroppedCharacters)]
    [InlineData("#", TokenKind.HashComment)]
    [InlineData("# backup the orders", TokenKind.HashComment)]
    [InlineData("\\", TokenKind.DroppedCharacters)]
    [InlineData("\\G", TokenKind.ClientCommand)] // the mysql client's end of a statement; StarRocks drops the `\` and fails on the G
    [InlineData("\\g", TokenKind.ClientCommand)]
    [InlineData(" \t\r\n\u3000", TokenKind.Whitespace)]
    [InlineData("*/", TokenKind.StrayCommentClose)] // comments do not nest: one left after a comment closed is `*` and `/`
    public void One_token(string text, TokenKind kind) =>
        Assert.Equal([(kind, text)], Tokens(text));

    /// <summary>StarRocks' DOUBLE_VALUE: digits, an E, a sign and digits, then whatever follows as a token of its own.</summary>
    [Fact]
    public void A_signed_exponent_is_part_of_its_number_only_with_digits_after_the_sign()
    {
        Assert.Equal([(TokenKind.Number, "1e+5"), (TokenKind.Word, "x")], Significant("1e+5x"));
        Assert.Equal([(TokenKind.Number, "2"), (TokenKind.Operator, "-"), (TokenKind.Number, "1E-5"), (TokenKind.Operator, "+"), (TokenKind.Number, "1")],
            Significant("2-1E-5+1"));
        Assert.Equal([(TokenKind.Word, "1e"), (TokenKind.Operator, "+"), (TokenKind.Word, "x")], Significant("1e+x"));
        Assert.Equal([(TokenKind.Word, "1ee"), (TokenKind.Operator, "+"), (TokenKind.Number, "5")], Significant("1ee+5"));
        Assert.Equal([(TokenKind.Word, "x1e"), (TokenKind.Operator, "+"), (TokenKind.Number, "5")], Significant("x1e+5"));
    }

    /// <summary>
    /// StarRocks' DECIMAL_VALUE and DOUBLE_VALUE, then whatever follows as a token of its own; a `.` and a name that starts
    /// with a digit where the name characters after the `.` run on past the number (DOT_IDENTIFIER).
    /// </summary>
    [Fact]
    public void A_fraction_is_part_of_its_number_unless_a_longer_name_follows_the_dot()
    {
        Assert.Equal([(TokenKind.Word, "t1"), (TokenKind.Number, ".5e3")], Significant("t1.5e3"));
        Assert.Equal([(TokenKind.Word, "db"), (TokenKind.Dot, "."), (TokenKind.Word, "5x")], Significant("db.5x"));
        Assert.Equal([(TokenKind.Word, "db"), (TokenKind.Dot, "."), (TokenKind.Word, "5e3x")], Significant("db.5e3x"));
        Assert.Equal([(TokenKind.Word, "db"), (TokenKind.Number, ".5e+3"), (TokenKind.Word, "x")], Significant("db.5e+3x"));
        Assert.Equal([(TokenKind.Number, "1.5"), (TokenKind.Word, "x")], Significant("1.5x"));
        Assert.Equal([(TokenKind.Number, "1."), (TokenKind.Word, "x")], Significant("1.x"));
        Assert.Equal([(TokenKind.Number, "1."), (TokenKind.Word, "e")], Significant("1.e"));
        Assert.Equal([(TokenKind.Number, "1.5"), (TokenKind.Number, ".5")], Significant("1.5.5"));
        Assert.Equal([(TokenKind.Word, "12abc"), (TokenKind.Number, ".5")], Significant("12abc.5"));
        Assert.Equal([(TokenKind.Dot, "."), (TokenKind.Word, "e5")], Significant(".e5"));
    }

    /// <summary>StarRocks' binary text takes no backslash and no quote inside: with one, the X is a name before a string.</summary>
    [Fact]
    public void A_binary_literal_is_an_X_at_a_token_start_and_a_quoted_text_without_escapes()
    {
        Assert.Equal([(TokenKind.Word, "X"), (TokenKind.String, @"'4\'42'")], Significant(@"X'4\'42'"));
        Assert.Equal([(TokenKind.BinaryString, "X'41'"), (TokenKind.String, "'42'")], Significant("X'41''42'"));
        Assert.Equal([(TokenKind.Word, "aX"), (TokenKind.String, "'41'")], Significant("aX'41'"));
        Assert.Equal([(TokenKind.Word, "X"), (TokenKind.String, "'41'")], Significant("X '41'"));
        Assert.Equal([(TokenKind.Word, "X"), (TokenKind.UnterminatedString, "'41;")], Significant("X'41;"));
    }

    [Fact]
    public void A_name_that_starts_with_dollars_is_a_name_until_a_longer_body_follows()
    {
        Assert.Equal([(TokenKind.Word, "db"), (TokenKind.Dot, "."), (TokenKind.Word, "$$snap"), (TokenKind.Word, "TO"), (TokenKind.Word, "r")],
            Significant("db.$$snap TO r"));
        Assert.Equal([(TokenKind.Word, "$$snap$$"), (TokenKind.Semicolon, ";"), (TokenKind.Word, "x")], Significant("$$snap$$; x"));
        Assert.Equal([(TokenKind.Word, "x"), (TokenKind.DollarBody, "$$ y $$"), (TokenKind.Word, "z")], Significant("x $$ y $$z"));
    }

    [Fact]
    public void A_dollar_pair_after_spaces_read_as_letters_opens_no_body()
    {
        Assert.Equal("Word:x SpaceAsLetter:\u3000 Word:$$y Semicolon:; Whitespace:  UnterminatedDollarBody:$$",
            string.Join(" ", Tokens("x\u3000$$y; $$").Select(t => $"{t.Kind}:{t.Text}")));
        Assert.Equal("LParen:( SpaceAsLetter:\u00A0 Word:$$ Semicolon:; Whitespace:  DollarBody:$$ $$",
            string.Join(" ", Tokens("(\u00A0$$; $$ $$").Select(t => $"{t.Kind}:{t.Text}")));
        // After a U+3000 in the whitespace of an ASCII blank, a `$$` starts a token.
        Assert.Equal("Word:x Whitespace: \u3000 DollarBody:$$; $$", string.Join(" ", Tokens("x \u3000$$; $$").Select(t => $"{t.Kind}:{t.Text}")));
    }

    [Fact]
    public void A_comment_closes_at_its_first_close_and_a_star_before_a_comment_is_an_operator()
    {
        Assert.Equal([(TokenKind.BlockComment, "/* a /* b */"), (TokenKind.Whitespace, " "), (TokenKind.StrayCommentClose, "*/"), (TokenKind.Word, "x")],
            Tokens("/* a /* b */ */x"));
        Assert.Equal([(TokenKind.Word, "SELECT"), (TokenKind.Operator, "*"), (TokenKind.Number, "1")], Significant("SELECT */*c*/ 1"));
        Assert.Equal([(TokenKind.Number, "2"), (TokenKind.Operator, "*"), (TokenKind.Number, "3")], Significant("2*/*c*/3"));
    }

    [Fact]
    public void A_line_comment_ends_before_the_line_break() =>
        Assert.Equal([(TokenKind.LineComment, "--x"), (TokenKind.Whitespace, "\r\n"), (TokenKind.Word, "TO")], Tokens("--x\r\nTO"));

    [Fact]
    public void Hash_runs_to_the_end_of_its_line_as_an_error_the_parser_reads_past()
    {
        Assert.Equal([(TokenKind.HashComment, "# TO"), (TokenKind.Whitespace, "\n"), (TokenKind.Word, "ON")], Tokens("# TO\nON"));
        Assert.True(TokenKind.HashComment.IsLexicalError());
        Assert.True(TokenKind.HashComment.IsTrivia());
    }

    [Theory]
    [InlineData("# x ;ON", "# x ")]
    [InlineData("a#b;c", "#b")]
    [InlineData("# a `;` 'b;' \"c;\" /* ; */ d;e", "# a `;` 'b;' \"c;\" /* ; */ d")]
    [InlineData("# don't;\nx", "# don't")]
    [InlineData("# ##;x", "# ##")]
    public void Hash_stops_before_a_semicolon_StarRocks_would_end_the_statement_at(string text, string hash) =>
        Assert.Contains((TokenKind.HashComment, hash), Tokens(text));

    [Theory]
    [InlineData("# a -- b;\nc", "# a -- b;")]
    [InlineData("# don't;", "# don't;")]
    public void Hash_keeps_a_semicolon_StarRocks_would_read_inside_a_comment_or_a_quote_left_open(string text, string hash) =>
        Assert.Contains((TokenKind.HashComment, hash), Tokens(text));

    [Fact]
    public void Minus_is_never_part_of_a_name() =>
        Assert.Equal([(TokenKind.Word, "my"), (TokenKind.Operator, "-"), (TokenKind.Word, "repo")], Tokens("my-repo"));

    [Fact]
    public void Ideographic_space_separates_words() =>
        Assert.Equal([(TokenKind.Word, "BACKUP"), (TokenKind.Word, "SNAPSHOT")], Significant("BACKUP\u3000SNAPSHOT"));

    /// <summary>
    /// StarRocks' LETTER takes U+3000 and its names win a tie with its WS: a U+3000 after a word or number goes on that
    /// name, one at a token's start is whitespace only before an ASCII blank. Those it reads as letters are tokens of
    /// their own, which the parser reads past.
    /// </summary>
    [Theory]
    [InlineData("snap\u3000TO", "Word:snap SpaceAsLetter:\u3000 Word:TO")]
    [InlineData("snap\u3000\u3000 TO", "Word:snap SpaceAsLetter:\u3000\u3000 Whitespace:  Word:TO")]
    [InlineData("600\u3000;", "Number:600 SpaceAsLetter:\u3000 Semicolon:;")]
    [InlineData("(\u3000t2", "LParen:( SpaceAsLetter:\u3000 Word:t2")]
    [InlineData("\"full\"\u3000)", "String:\"full\" SpaceAsLetter:\u3000 RParen:)")]
    [InlineData("\u3000", "SpaceAsLetter:\u3000")]
    [InlineData("(\u3000\u3000 \u3000t2", "LParen:( Whitespace:\u3000\u3000 \u3000 Word:t2")]
    [InlineData("x \u3000y", "Word:x Whitespace: \u3000 Word:y")]
    [InlineData("x\n\u3000y", "Word:x Whitespace:\n\u3000 Word:y")]
    [InlineData("-- c\n\u3000y", "LineComment:-- c\n SpaceAsLetter:\u3000 Word:y")] // the comment takes its line break
    [InlineData("-- c\r\n\u3000 y", "LineComment:-- c\r\n Whitespace:\u3000  Word:y")]
    [InlineData("/* c */\u3000y", "BlockComment:/* c */ SpaceAsLetter:\u3000 Word:y")]
    [InlineData("`a\u3000b`\u3000 y", "BacktickName:`a\u3000b` Whitespace:\u3000  Word:y")]
    [InlineData("\\G\u3000y", "ClientCommand:\\G SpaceAsLetter:\u3000 Word:y")] // the next statement's start
    public void Ideographic_space_is_whitespace_or_a_letter_as_StarRocks_reads_it(string text, string tokens) =>
        Assert.Equal(tokens, string.Join(" ", Tokens(text).Select(t => $"{t.Kind}:{t.Text}")));

    /// <summary>
    /// The other spaces beyond ASCII (a no-break space copied from a web page, U+2003, U+202F) are in StarRocks' LETTER and
    /// never in its WS: letters wherever they stand, after an ASCII blank too, and in a run with U+3000 (which is
    /// whitespace only in a run of its own). Tokens of their own, as U+3000 where it is a letter.
    /// </summary>
    [Theory]
    [InlineData("BACKUP\u00a0SNAPSHOT", "Word:BACKUP SpaceAsLetter:\u00a0 Word:SNAPSHOT")]
    [InlineData("snap\u00a0 TO", "Word:snap SpaceAsLetter:\u00a0 Whitespace:  Word:TO")]
    [InlineData("TO \u00a0repo", "Word:TO Whitespace:  SpaceAsLetter:\u00a0 Word:repo")]
    [InlineData("(\u2003\u202F t2", "LParen:( SpaceAsLetter:\u2003\u202F Whitespace:  Word:t2")]
    [InlineData("(\u3000\u00a0 t2", "LParen:( SpaceAsLetter:\u3000\u00a0 Whitespace:  Word:t2")]
    [InlineData("x \u3000\u00a0y", "Word:x Whitespace: \u3000 SpaceAsLetter:\u00a0 Word:y")]
    [InlineData("600\u00a0;", "Number:600 SpaceAsLetter:\u00a0 Semicolon:;")]
    [InlineData("`a\u00a0b` 'c\u00a0d'", "BacktickName:`a\u00a0b` Whitespace:  String:'c\u00a0d'")]
    [InlineData("a\u200bb", "Word:a\u200bb")] // a zero-width space looks like nothing: it stays in the word
    public void Other_spaces_are_letters_wherever_they_stand(string text, string tokens) =>
        Assert.Equal(tokens, string.Join(" ", Tokens(text).Select(t => $"{t.Kind}:{t.Text}")));

    /// <summary>
    /// A U+3000 before an ASCII blank after each token StarRocks can read before it: a name (LETTER_IDENTIFIER,
    /// DIGIT_IDENTIFIER, DOT_IDENTIFIER) reads on into it, a number that ends there (DECIMAL_VALUE, DOUBLE_VALUE, which
    /// a name of the same length does not outrank) or any other token does not, and the U+3000 is then whitespace.
    /// </summary>
    [Theory]
    [InlineData("600\u3000 x", true)] // DIGIT_IDENTIFIER `600　` is longer than INTEGER_VALUE `600`
    [InlineData("1a\u3000 x", true)]
    [InlineData("1e5\u3000 x", true)] // DIGIT_IDENTIFIER `1e5　` is longer than DOUBLE_VALUE `1e5`
    [InlineData("1.5\u3000 x", false)] // DECIMAL_VALUE; a DIGIT_IDENTIFIER stops at the '.'
    [InlineData("1.\u3000 x", false)]
    [InlineData("1.5e3\u3000 x", false)] // DOUBLE_VALUE
    [InlineData("1e+5\u3000 x", false)] // DOUBLE_VALUE; a DIGIT_IDENTIFIER stops at the '+'
    [InlineData("1E-5\u3000 x", false)]
    [InlineData(".5e-3\u3000 x", false)]
    [InlineData("(.5\u3000 x", true)] // DOT_IDENTIFIER `.5　` is longer than DECIMAL_VALUE `.5`
    [InlineData("t.5\u3000 x", true)]
    [InlineData("1.5.5\u3000 x", true)] // DECIMAL_VALUE `1.5`, DOT_IDENTIFIER `.5　`
    [InlineData("1.5e\u3000 x", true)] // DECIMAL_VALUE `1.5`, LETTER_IDENTIFIER `e　`
    [InlineData("x1e+5\u3000 x", true)] // LETTER_IDENTIFIER `x1e`, `+`, DIGIT_IDENTIFIER `5　`
    [InlineData("(\u30001.5\u3000 x", true)] // LETTER_IDENTIFIER `　1`, DOT_IDENTIFIER `.5　`
    [InlineData("x \u30001.5\u3000 x", false)] // the first U+3000 is in the whitespace
    [InlineData("-- c\n\u30001.5\u3000 x", true)] // the comment takes its line break: the first U+3000 starts a name
    [InlineData("x\n\u30001.5\u3000 x", false)]
    [InlineData("'s'\u3000 x", false)]
    [InlineData("`s`\u3000 x", false)]
    [InlineData("=\u3000 x", false)]
    [InlineData("@x\u3000 y", true)] // AT, then the variable's name
    [InlineData("@@x\u3000 y", true)]
    [InlineData("@\u3000 y", false)]
    [InlineData("$$ x $$\u3000 y", false)] // ATTACHMENT ends at its second `$$`
    [InlineData("$$ x $$1.5\u3000 y", false)]
    [InlineData("$$x$$\u3000 y", true)] // a name, `$` being a letter
    [InlineData("a$$\u3000 y", true)]
    [InlineData("'$$' x $$\u3000 y", true)] // the first `$$` is in a string: the last starts a name
    [InlineData("# $$ a $$\n'$$' x $$\u3000 y", true)] // read from the start, over a `#` line
    public void Ideographic_space_before_a_blank_goes_on_the_name_StarRocks_reads_before_it(string text, bool letter)
    {
        var space = text.LastIndexOf('\u3000');
        Assert.Equal(letter ? TokenKind.SpaceAsLetter : TokenKind.Whitespace, SyntaxToken.Scan(text).Single(t => t.Span.Contains(space)).Kind);
    }

    [Theory]
    [InlineData("\0\0\0", "InvalidCharacter:\0\0\0")]
    [InlineData("\u0001\u007f\\\u001b", "InvalidCharacter:\u0001\u007f DroppedCharacters:\\ InvalidCharacter:\u001b")]
    [InlineData("a\0\0 \0b", "Word:a InvalidCharacter:\0\0 Whitespace:  InvalidCharacter:\0 Word:b")]
    [InlineData("\\\\G", "DroppedCharacters:\\ ClientCommand:\\G")]
    [InlineData("\0@", "InvalidCharacter:\0 Operator:@")]
    public void A_run_of_invalid_characters_is_one_token(string text, string tokens) =>
        Assert.Equal(tokens, string.Join(" ", Tokens(text).Select(t => $"{t.Kind}:{t.Text}")));

    /// <summary>
    /// A file of zero bytes (one truncated in a crash) is one error, however long: one token per character would cost
    /// the parser and the diagnostics tens of bytes a character, gigabytes for a file of tens of megabytes.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("BACKUP SNAPSHOT db.s TO r ")]
    public void A_run_of_invalid_characters_is_one_diagnostic_however_long(string before)
    {
        foreach (var length in new[] { 2, 1_000, 1_000_000 })
        {
            var text = before + new string('\0', length) + ";";
            var diagnostic = Assert.Single(new DocumentAnalyzer().Analyze(text, AnalysisContext.Default).Diagnostics);
            Assert.Equal(("SRB001", before.Length, length), (diagnostic.Code, diagnostic.Span.Start, diagnostic.Span.Length));
            Assert.Equal($"{length} unexpected characters in a row, the first U+0000.", diagnostic.Message);
            Assert.Single(SyntaxToken.Scan(text), t => t.Kind == TokenKind.InvalidCharacter);
        }
    }

    /// <summary>
    /// StarRocks lexes code points, and no rule takes one beyond U+FFFF: its lexer drops it and starts a token after it.
    /// The pair is never split.
    /// </summary>
    [Theory]
    [InlineData("a😀b", "Word:a DroppedCharacters:😀 Word:b")]
    [InlineData("(😀)", "LParen:( DroppedCharacters:😀 RParen:)")]
    [InlineData("1😀2", "Number:1 DroppedCharacters:😀 Number:2")]
    [InlineData("a😀\\b", "Word:a DroppedCharacters:😀\\ Word:b")]
    [InlineData("snap\\ x", "Word:snap DroppedCharacters:\\ Whitespace:  Word:x")]
    [InlineData("😀$$ x $$", "DroppedCharacters:😀 DollarBody:$$ x $$")] // a token starts after it: ATTACHMENT here
    [InlineData("a😀$$b", "Word:a DroppedCharacters:😀 Word:$$b")]
    [InlineData("'😀' `😀` -- 😀", "String:'😀' Whitespace:  BacktickName:`😀` Whitespace:  LineComment:-- 😀")]
    public void Characters_beyond_U_FFFF_and_a_lone_backslash_are_dropped_between_tokens(string text, string tokens) =>
        Assert.Equal(tokens, string.Join(" ", Tokens(text).Select(t => $"{t.Kind}:{t.Text}")));

    /// <summary>A lone half of a pair is a code point of its own to StarRocks, which its LETTER (U+0080 to U+FFFF) takes.</summary>
    [Fact]
    public void A_lone_half_of_a_pair_is_a_letter()
    {
        Assert.Equal([(TokenKind.Word, "快照\uD835")], Tokens("快照\uD835"));
        Assert.Equal([(TokenKind.Word, "\uDD31able")], Tokens("\uDD31able"));
        Assert.Equal([(TokenKind.Word, "\uDE00"), (TokenKind.DroppedCharacters, "😀")], Tokens("\uDE00\uD83D\uDE00"));
        Assert.Equal([(TokenKind.Word, "a\uD83D"), (TokenKind.Whitespace, " ")], Tokens("a\uD83D "));
    }

    [Fact]
    public void Semicolons_inside_strings_comments_and_backticks_are_not_tokens() =>
        Assert.Single(Tokens("'a;b' \"c;d\" `e;f` /* ; */ -- ;\n;"), t => t.Kind == TokenKind.Semicolon);

    [Fact]
    public void A_statement_ends_after_the_mysql_clients_G_but_not_after_one_inside_a_string_name_or_comment()
    {
        var script = "SHOW BACKUP FROM db\\G\nSHOW RESTORE\\gSELECT '\\G', `a\\g` -- \\G\n FROM t\\x;";
        Assert.Equal(
            ["SHOW BACKUP FROM db\\G", "SHOW RESTORE\\g", "SELECT '\\G', `a\\g` -- \\G\n FROM t\\x"],
            StatementSplitter.Split(script).Select(span => script[span.Start..span.End]));
    }

    [Theory]
    [InlineData("'it''s'", "it's")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""a\""b""", "a\"b")]
    [InlineData(@"'a\nb\tc'", "a\nb\tc")]
    [InlineData(@"'86\400'", "86400")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'backup\_timestamp'", @"backup\_timestamp")] // StarRocks keeps the backslash of \_ and \%
    [InlineData(@"'100\%'", @"100\%")]
    [InlineData("''", "")]
    [InlineData("'never closed", "never closed")]
    public void Strings_are_unquoted_as_StarRocks_reads_them(string token, string value) =>
        Assert.Equal(value, Unquote.String(token));

    [Theory]
    [InlineData("'CATALOG hive'", 8, 4, "hive")]
    [InlineData(@"'CATALOG h\ive'", 8, 4, @"h\ive")]
    [InlineData(@"'CATALOG\thive '", 8, 4, "hive")]
    [InlineData(@"'catalog o\g'", 8, 2, @"o\g")]
    [InlineData(@"'it''s\_x'", 2, 4, @"''s\_")]
    [InlineData(@"'a\_b'", 2, 1, @"\_")]
    [InlineData("'never closed", 6, 6, "closed")]
    public void Where_a_strings_text_is_written_is_found_through_its_escapes(string token, int start, int length, string written)
    {
        var span = Unquote.WrittenAt(token, start, length);

        Assert.Equal(written, token.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("`a``b`", "ab")]
    [InlineData("`order`", "order")]
    [InlineData("``", "")]
    [InlineData("`never closed", "never closed")]
    public void Backtick_names_drop_doubled_backticks(string token, string value) =>
        Assert.Equal(value, Unquote.Backtick(token));

    [Theory]
    [InlineData("ORDER", true)]
    [InlineData("order", true)]
    [InlineData("PARTITION", true)]
    [InlineData("VIEW", false)]
    [InlineData("BACKUP", false)]
    [InlineData("SNAPSHOT", false)]
    [InlineData("PROPERTIES", false)]
    // Keyword tokens StarRocks.g4's nonReserved rule leaves out, so never a bare name (`ON (decimal64)` fails).
    [InlineData("DECIMALV2", true)]
    [InlineData("decimal32", true)]
    [InlineData("DECIMAL64", true)]
    [InlineData("Decimal128", true)]
    [InlineData("DECIMAL256", true)]
    [InlineData("SINGLE", true)]
    [InlineData("INCLUDE_TABLES", true)]
    [InlineData("EXCLUDE_TABLES", true)]
    [InlineData("LAST_QUERY_ID", true)]
    // Names in the newest grammar, which older releases reserved.
    [InlineData("BOTH", false)]
    [InlineData("MATCHED", false)]
    [InlineData("SYSTEM", false)]
    [InlineData("VARIANT", false)]
    public void Reserved_words_follow_StarRocks(string word, bool reserved) =>
        Assert.Equal(reserved, Keywords.IsReserved(word));

    [Theory]
    // Words 4.0's lexer has no token for: plain names up to 4.0, reserved from 4.1 and in the latest release.
    [InlineData("DECIMAL256", "4.0", false)]
    [InlineData("decimal256", "3.3", false)]
    [InlineData("DECIMAL256", "4.1", true)]
    [InlineData("SINGLE", "4.0", false)]
    [InlineData("single", "4.1", false)]
    [InlineData("single", "4.2", true)]
    [InlineData("INCLUDE_TABLES", "3.5", false)]
    [InlineData("EXCLUDE_TABLES", "4.0.3", false)]
    [InlineData("LAST_QUERY_ID", "4.0", false)]
    [InlineData("LAST_QUERY_ID", "4.2", true)]
    [InlineData("SINGLE", null, true)]
    [InlineData("CURRENT_WAREHOUSE", "4.0", false)]
    [InlineData("current_warehouse", "4.1", false)]
    [InlineData("current_warehouse", "4.2", true)]
    // Tokens older releases lack, by the release that brought them.
    [InlineData("FILES", "3.0", false)]
    [InlineData("files", "3.1", true)]
    [InlineData("PREPARE", "3.1", false)]
    [InlineData("PREPARE", "3.2", true)]
    [InlineData("GIN", "3.2", false)]
    [InlineData("gin", "3.3", true)]
    [InlineData("TEXT", "3.2", false)]
    [InlineData("TEXT", "3.3", true)]
    [InlineData("INVOKER", "3.4", false)]
    [InlineData("INVOKER", "3.5", true)]
    [InlineData("CURRENT_GROUP", "3.4", false)]
    [InlineData("CURRENT_GROUP", null, true)]
    // EXCEPT, reserved up to 3.5, is a name from 4.0 on.
    [InlineData("EXCEPT", "2.5", true)]
    [InlineData("except", "3.5", true)]
    [InlineData("EXCEPT", "4.0", false)]
    [InlineData("EXCEPT", null, false)]
    [InlineData("CURRENT_WAREHOUSE", null, true)]
    // ASOF came with ASOF JOIN in 4.0: a plain name before it.
    [InlineData("ASOF", "3.5", false)]
    [InlineData("asof", "3.3", false)]
    [InlineData("ASOF", "4.0", true)]
    [InlineData("ASOF", null, true)]
    // Names in the newest grammar that releases before it reserve.
    [InlineData("BOTH", "2.5", true)]
    [InlineData("BOTH", "4.0", true)]
    [InlineData("both", "4.1", true)]
    [InlineData("BOTH", "4.2", false)]
    [InlineData("BOTH", "2.4", false)]
    [InlineData("BOTH", null, false)]
    [InlineData("SYSTEM", "3.0", true)]
    [InlineData("system", "4.0", true)]
    [InlineData("SYSTEM", "4.1", false)]
    [InlineData("SYSTEM", "2.5", false)]
    [InlineData("SYSTEM", null, false)]
    [InlineData("MATCHED", "4.0", true)]
    [InlineData("MATCHED", "3.5", false)]
    [InlineData("matched", "4.1", false)]
    [InlineData("MATCHED", null, false)]
    // Reserved by every release.
    [InlineData("DECIMAL64", "2.5", true)]
    [InlineData("DECIMALV2", "4.0", true)]
    [InlineData("ORDER", "3.3", true)]
    [InlineData("VIEW", "3.3", false)]
    public void Reserved_words_follow_the_configured_release(string word, string? version, bool reserved)
    {
        StarRocksVersion? configured = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null;
        Assert.Equal(reserved, Keywords.IsReserved(word, configured));
    }
}
