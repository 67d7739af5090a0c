using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>A token of a statement, trivia included, with its span relative to the statement.</summary>
public readonly record struct SyntaxToken(TokenKind Kind, TextSpan Span)
{
    public string Text(string statementText) => statementText.Substring(Span.Start, Span.Length);
}
