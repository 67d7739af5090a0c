using Superpower.Model;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// The tokens Superpower's parsers read, made straight from <see cref="Lexer.Scan"/> (see StatementParser) rather than by
/// a <c>Tokenizer&lt;T&gt;</c> subclass, whose per-token enumerator and result structs cost more than the parse itself.
/// Only absolute offsets are meaningful in the tokens' positions: lines and columns come from LineIndex, which counts a
/// lone CR as a line break as LSP does.
/// </summary>
public static class SqlTokenizer
{
    /// <summary>A Superpower token for <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static Token<TokenKind> Token(string text, TokenKind kind, int start, int length) =>
        new(kind, new TextSpan(text, new Position(start, 1, 1), length));
}
