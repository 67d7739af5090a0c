using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>Severities in LSP's order; the core does not depend on LSP, the numbers just happen to match.</summary>
public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

/// <summary>A rule: a stable code, a short name and the severity it has unless configured otherwise.</summary>
public sealed record RuleDescriptor(string Code, string Name, DiagnosticSeverity DefaultSeverity, string Summary);

/// <summary>A change the user can apply to address a diagnostic.</summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits)
{
    public static CodeFix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);
}

public sealed record Diagnostic(
    RuleDescriptor Rule, DiagnosticSeverity Severity, TextSpan Span, string Message, ImmutableArray<CodeFix> Fixes)
{
    public string Code => Rule.Code;

    public static Diagnostic Create(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        new(rule, rule.DefaultSeverity, span, message, [.. fixes]);

    public Diagnostic Shift(int delta) =>
        delta == 0 ? this : Fixes.IsEmpty ? this with { Span = Span.Shift(delta) } : this with
        {
            Span = Span.Shift(delta),
            Fixes = Fixes.Select(f => f with { Edits = f.Edits.Select(e => e with { Span = e.Span.Shift(delta) }).ToImmutableArray() })
                .ToImmutableArray(),
        };
}
