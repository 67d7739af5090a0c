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
    internal ParsedStatement(string text, StatementKind kind, ImmutableArray<SyntaxToken> tokens,
        Statement? syntax, ParseFailure? failure, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Kind = kind;
        Tokens = tokens;
        Syntax = syntax;
        Failure = failure;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    public StatementKind Kind { get; }

    public bool IsFamily => Kind != StatementKind.Other;

    /// <summary>Every token, trivia included; empty for other SQL, which nothing needs to look into.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <summary>The statement's first significant token (BACKUP, RESTORE, ...), where statement-wide results go.</summary>
    public TextSpan HeadSpan => Tokens.FirstOrDefault(t => !t.Kind.IsTrivia()).Span;

    /// <summary>The tree, when the statement parsed.</summary>
    public Statement? Syntax { get; }

    /// <summary>Where the parse failed, when it did.</summary>
    public ParseFailure? Failure { get; }

    /// <summary>Lexical and syntax diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The analyser's memo of this statement's rule diagnostics for one context. A plain field rather than a
    /// ConditionalWeakTable, whose dependent handles made every garbage collection scan the whole cache.
    /// </summary>
    internal object? RuleResults;
}
