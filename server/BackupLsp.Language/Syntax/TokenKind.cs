namespace BackupLsp.Language.Syntax;

public enum TokenKind
{
    // Trivia: kept in the token list for features that need them, skipped by the parser.
    Whitespace,
    LineComment,
    BlockComment,

    /// <summary>An unquoted word: a keyword or a bare name; which one depends on where it stands.</summary>
    Word,
    BacktickName,
    String,
    /// <summary>
    /// <c>X'4142'</c> or <c>X"4142"</c>, in either case, with no backslash or quote inside: one token in StarRocks
    /// (BINARY_SINGLE_QUOTED_TEXT), a binary literal where an expression takes one, and a string nowhere.
    /// </summary>
    BinaryString,
    Number,
    LParen,
    RParen,
    Comma,
    Dot,
    Semicolon,
    Equals,
    /// <summary>Any other operator character (<c>&lt; &gt; ! + - * / % | &amp; ^ ~ ? :</c>).</summary>
    Operator,
    /// <summary>
    /// <c>$$ ... $$</c>: the inline body of a UDF (<c>CREATE FUNCTION ... AS $$ def f(x): ... $$</c>), one token in StarRocks,
    /// so a <c>;</c> inside it ends nothing.
    /// </summary>
    DollarBody,

    // Lexical errors: each is still a token, so tokenizing never stops.
    InvalidCharacter,
    /// <summary>
    /// <c>#</c> to the end of its line or to a <c>;</c> after it, which still ends the statement. Not a comment in StarRocks
    /// (an error), but surely meant as one, so the parser reads past it like trivia and the statement around it is still analysed.
    /// </summary>
    HashComment,
    /// <summary>
    /// <c>\G</c> or <c>\g</c>: the mysql client sends the statement there, as at a <c>;</c>, but StarRocks itself (and any
    /// other client) fails on the <c>\</c>. A statement ends after it, as the mysql client reads the script, and the parser
    /// reads past it like trivia, so the statement is still analysed.
    /// </summary>
    ClientCommand,
    /// <summary>
    /// A run of spaces beyond ASCII (U+3000, the full-width space; U+00A0, the no-break space; see Lexer.IsSpaceLetter) that
    /// StarRocks reads as letters of a name, not as whitespace: after a name or a number it reads on into (<c>snap　TO</c> is
    /// one name to StarRocks, <c>600　</c> another; not after <c>1.5</c>, <c>1e+5</c> or a <c>$$</c> body, which end their
    /// tokens), or at a token's start but for a run of U+3000 with an ASCII blank after it. Surely meant as a space, so the
    /// parser reads past it like one and the statement is still analysed.
    /// </summary>
    SpaceAsLetter,
    /// <summary>
    /// <c>*/</c> where no comment is open: StarRocks' comments do not nest, so in <c>/* a /* b */ c */</c> the comment ends
    /// at the first <c>*/</c> and the last is read as <c>*</c> and <c>/</c>, which no statement takes. Surely meant to close
    /// a comment, so the parser reads past it and the statement around it is still analysed.
    /// </summary>
    StrayCommentClose,
    /// <summary>
    /// A run of characters no rule of StarRocks' lexer takes, which it reports only on the server's console and skips: a
    /// character beyond U+FFFF (an emoji, <c>𝔱</c>) or a <c>\</c> that starts no <c>\G</c>. A token starts after it, so
    /// <c>t😀x</c> is the two names <c>t</c> and <c>x</c>; the parser reads past it as StarRocks does.
    /// </summary>
    DroppedCharacters,
    UnterminatedString,
    UnterminatedBacktickName,
    UnterminatedBlockComment,
    UnterminatedDollarBody,
}

public static class TokenKindFacts
{
    public static bool IsTrivia(this TokenKind kind) =>
        kind is TokenKind.Whitespace or TokenKind.LineComment or TokenKind.BlockComment or TokenKind.UnterminatedBlockComment
            or TokenKind.HashComment or TokenKind.ClientCommand or TokenKind.StrayCommentClose
            or TokenKind.SpaceAsLetter or TokenKind.DroppedCharacters;

    public static bool IsLexicalError(this TokenKind kind) =>
        kind is TokenKind.InvalidCharacter or TokenKind.HashComment or TokenKind.ClientCommand or TokenKind.StrayCommentClose
            or TokenKind.SpaceAsLetter or TokenKind.DroppedCharacters or TokenKind.UnterminatedString or TokenKind.UnterminatedBacktickName
            or TokenKind.UnterminatedBlockComment or TokenKind.UnterminatedDollarBody;

    /// <summary>A lexical error surely meant as something StarRocks has another way to say: the parser reads past it.</summary>
    public static bool IsReadPast(this TokenKind kind) =>
        kind is TokenKind.HashComment or TokenKind.ClientCommand or TokenKind.StrayCommentClose
            or TokenKind.SpaceAsLetter or TokenKind.DroppedCharacters;

    /// <summary>An unterminated token runs to the end of the text, so it silently swallows every statement after it.</summary>
    public static bool IsUnterminated(this TokenKind kind) =>
        kind is TokenKind.UnterminatedString or TokenKind.UnterminatedBacktickName or TokenKind.UnterminatedBlockComment
            or TokenKind.UnterminatedDollarBody;
}
