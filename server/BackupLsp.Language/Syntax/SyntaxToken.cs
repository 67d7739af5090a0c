using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>A token of a statement, trivia included, with its span relative to the statement.</summary>
public readonly record struct SyntaxToken(TokenKind Kind, TextSpan Span)
{
    public string Text(string statementText) => statementText.Substring(Span.Start, Span.Length);

    /// <summary>
    /// Every token of <paramref name="text"/>, trivia included. It never fails: trivia and lexical errors are tokens like
    /// any other, so every character belongs to exactly one token.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Scan(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        for (var position = 0; position < text.Length;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            tokens.Add(new SyntaxToken(kind, TextSpan.FromBounds(position, end)));
            position = end;
        }
        return tokens.DrainToImmutable();
    }
}
