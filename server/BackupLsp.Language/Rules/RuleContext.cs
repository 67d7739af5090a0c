using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>What a statement rule sees: one parsed statement (spans relative to it) and the analysis context.</summary>
internal sealed class RuleContext(ParsedStatement parsed, Statement syntax, AnalysisContext analysis)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public ParsedStatement Parsed { get; } = parsed;
    public Statement Syntax { get; } = syntax;
    public AnalysisOptions Options => analysis.Options;
    public StarRocksCatalog? Catalog => analysis.Catalog;
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public string Text => Parsed.Text;

    /// <summary>Where what the statement itself says ends: before the statements after a missing `;` in its text.</summary>
    public int OwnEnd => Parsed.OwnText.Length;

    public void Report(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        _diagnostics.Add(Diagnostic.Create(rule, span, message, fixes));

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>A span widened to take the whitespace before it, so that deleting it leaves tidy text.</summary>
    public TextSpan WithLeadingSpace(TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && Lexer.IsWhitespace(Text[start - 1]))
            start--;
        return TextSpan.FromBounds(start, span.End);
    }

    /// <summary>The span to delete to remove one item of a comma-separated list, with its separator.</summary>
    public TextSpan ListItemRemoval<T>(IReadOnlyList<T> items, int index, Func<T, TextSpan> spanOf)
    {
        var span = spanOf(items[index]);
        if (index > 0)
            return TextSpan.FromBounds(spanOf(items[index - 1]).End, span.End);
        if (items.Count > 1)
            return TextSpan.FromBounds(span.Start, spanOf(items[1]).Start);
        return span;
    }
}
