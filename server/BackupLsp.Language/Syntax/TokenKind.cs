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
    Number,
    LParen,
    RParen,
    Comma,
    Dot,
    Semicolon,
    Equals,
    /// <summary>Any other operator character (<c>&lt; &gt; ! + - * / % | &amp; ^ ~ ? :</c>).</summary>
    Operator,

    // Lexical errors: each is still a token, so tokenizing never stops.
    InvalidCharacter,
    UnterminatedString,
    UnterminatedBacktickName,
    UnterminatedBlockComment,
}

public static class TokenKindFacts
{
    public static bool IsTrivia(this TokenKind kind) =>
        kind is TokenKind.Whitespace or TokenKind.LineComment or TokenKind.BlockComment or TokenKind.UnterminatedBlockComment;

    public static bool IsLexicalError(this TokenKind kind) =>
        kind is TokenKind.InvalidCharacter or TokenKind.UnterminatedString
            or TokenKind.UnterminatedBacktickName or TokenKind.UnterminatedBlockComment;
}
