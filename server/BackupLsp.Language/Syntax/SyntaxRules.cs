using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Syntax;

/// <summary>The diagnostics the tokenizer and parser raise.</summary>
public static class SyntaxRules
{
    public static readonly RuleDescriptor InvalidCharacter = new("SRB001", "invalid-character", DiagnosticSeverity.Error,
        "A character StarRocks does not accept outside strings, such as `#` (which is not a comment in StarRocks), or a full-width space it reads as a letter, or a full-width `；` it reads as one where a statement was meant to end, or a full-width `，` inside a name where a comma was meant.");
    public static readonly RuleDescriptor UnterminatedString = new("SRB002", "unterminated-string", DiagnosticSeverity.Error,
        "A string literal without its closing quote, or a `$$` body without its closing `$$`.");
    public static readonly RuleDescriptor UnterminatedBacktick = new("SRB003", "unterminated-backtick", DiagnosticSeverity.Error,
        "A backtick name without its closing backtick.");
    public static readonly RuleDescriptor UnterminatedComment = new("SRB004", "unterminated-comment", DiagnosticSeverity.Error,
        "A `/*` comment without its closing `*/`.");
    public static readonly RuleDescriptor SyntaxError = new("SRB010", "syntax-error", DiagnosticSeverity.Error,
        "The statement does not follow StarRocks' grammar.");
    public static readonly RuleDescriptor MisspelledKeyword = new("SRB011", "misspelled-keyword", DiagnosticSeverity.Error,
        "A word one or two edits away from the keyword that belongs there (BAKUP, SNAPHOT, PARTITON, PROPERTY).");
    public static readonly RuleDescriptor MissingSemicolon = new("SRB012", "missing-semicolon", DiagnosticSeverity.Error,
        "Two statements with no `;` between them.");

    public static readonly RuleDescriptor DroppedCharacter = new("SRB013", "dropped-character", DiagnosticSeverity.Warning,
        "A character StarRocks' lexer has no rule for outside strings, names in backticks, comments and `$$` bodies, a character beyond U+FFFF (an emoji) or a `\\` that starts no `\\G`: StarRocks drops it and reads the statement without it (`t😀x` as the names `t` and `x`).");

    /// <summary>The errors of a statement StarRocks refuses, which no comment can silence.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> Refusals =
        [InvalidCharacter, UnterminatedString, UnterminatedBacktick, UnterminatedComment, SyntaxError, MisspelledKeyword, MissingSemicolon];

    public static readonly IReadOnlyList<RuleDescriptor> All = [.. Refusals, DroppedCharacter];
}
