using System.Collections.Immutable;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// The significant tokens of one statement, split where a feature looks: <see cref="Before"/> is what the parser
/// reads, the rest is context (a repository named after the cursor, names already listed). Spans index into <see cref="Text"/>.
/// </summary>
internal sealed record StatementTokens(string Text, ImmutableArray<SyntaxToken> Tokens, int Split)
{
    public ReadOnlySpan<SyntaxToken> Before => Tokens.AsSpan(0, Split);

    public string TextOf(SyntaxToken token) => token.Text(Text);

    public bool IsWord(int index, string keyword) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Word
        && TextOf(Tokens[index]).Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsKind(int index, TokenKind kind) => index >= 0 && index < Tokens.Length && Tokens[index].Kind == kind;

    public bool IsName(int index) => IsKind(index, TokenKind.Word) || IsKind(index, TokenKind.BacktickName);

    /// <summary>What StarRocks makes of a name or string token: quotes and escapes removed.</summary>
    public string NameAt(int index)
    {
        var token = Tokens[index];
        var text = TextOf(token);
        return token.Kind switch
        {
            TokenKind.BacktickName => Unquote.Backtick(text),
            TokenKind.String => Unquote.String(text),
            _ => text,
        };
    }

    /// <summary>The index of the first word <paramref name="keyword"/>, or -1.</summary>
    public int IndexOfWord(string keyword)
    {
        for (var i = 0; i < Tokens.Length; i++)
            if (IsWord(i, keyword))
                return i;
        return -1;
    }
}
