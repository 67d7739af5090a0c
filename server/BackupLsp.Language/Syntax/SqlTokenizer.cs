using Superpower.Model;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// The tokens Superpower's parsers read. Hand-written on <see cref="Lexer.Scan"/> rather than a
/// <c>Tokenizer&lt;T&gt;</c> subclass, whose per-token enumerator and result structs cost more than the parse itself.
/// It never fails: trivia (whitespace and comments) and lexical errors are tokens like any other, so every
/// character of the input belongs to exactly one token. Only absolute offsets are meaningful in the tokens'
/// positions: lines and columns come from LineIndex, which counts a lone CR as a line break as LSP does.
/// </summary>
public static class SqlTokenizer
{
    public static Token<TokenKind>[] Tokenize(string text)
    {
        var tokens = new List<Token<TokenKind>>(text.Length / 4 + 1);
        var position = 0;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
            tokens.Add(Token(text, kind, position, end - position));
            position = end;
        }
        return [.. tokens];
    }

    /// <summary>A Superpower token for <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static Token<TokenKind> Token(string text, TokenKind kind, int start, int length) =>
        new(kind, new TextSpan(text, new Position(start, 1, 1), length));
}
