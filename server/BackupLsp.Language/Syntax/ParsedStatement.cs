using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>Where a parse stopped: the token index and everything that could have come there.</summary>
public sealed record ParseFailure(int TokenIndex, ImmutableArray<string> Expected);

/// <summary>
/// One statement's text, tokens, tree and syntax diagnostics, all relative to the statement's start. Immutable and
/// independent of where the statement sits in the document, so the same instance serves every text version in
/// which the statement is unchanged.
/// </summary>
public sealed class ParsedStatement
{
    internal ParsedStatement(string text, StatementKind kind, Statement? syntax, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Kind = kind;
        Syntax = syntax;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    public StatementKind Kind { get; }

    public bool IsFamily => Kind != StatementKind.Other;

    /// <summary>
    /// Every token, trivia included; empty for other SQL, which nothing needs to look into. Scanned again on each
    /// call rather than kept: features read the tokens of a few statements, and a large script parses faster and
    /// holds less memory without them.
    /// </summary>
    public ImmutableArray<SyntaxToken> Tokens => IsFamily ? SyntaxToken.Scan(Text) : [];

    /// <summary>The statement's first significant token (BACKUP, RESTORE, ...), where statement-wide results go.</summary>
    public TextSpan HeadSpan
    {
        get
        {
            for (var position = 0; position < Text.Length;)
            {
                var kind = Lexer.Scan(Text, position, out var end);
                if (!kind.IsTrivia())
                    return TextSpan.FromBounds(position, end);
                position = end;
            }
            return default;
        }
    }

    /// <summary>The tree, when the statement parsed.</summary>
    public Statement? Syntax { get; }

    /// <summary>Lexical and syntax diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The analyser's memo of this statement's rule diagnostics for one context. A plain field rather than a
    /// ConditionalWeakTable, whose dependent handles made every garbage collection scan the whole cache.
    /// </summary>
    internal object? RuleResults;
}
