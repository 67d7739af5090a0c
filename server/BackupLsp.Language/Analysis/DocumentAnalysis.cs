using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>The immutable result of analysing one version of a document: every feature reads from it.</summary>
public sealed class DocumentAnalysis
{
    internal DocumentAnalysis(string text, AnalysisContext context, ImmutableArray<ScriptStatement> statements,
        ImmutableArray<Diagnostic> diagnostics, ImmutableArray<Exception> internalErrors)
    {
        Text = text;
        Context = context;
        Statements = statements;
        Diagnostics = diagnostics;
        InternalErrors = internalErrors;
        _lines = new Lazy<LineIndex>(() => LineIndex.Create(text));
    }

    private readonly Lazy<LineIndex> _lines;

    public string Text { get; }

    public AnalysisContext Context { get; }

    public LineIndex Lines => _lines.Value;

    /// <summary>Every non-empty statement, family or not, in document order.</summary>
    public ImmutableArray<ScriptStatement> Statements { get; }

    /// <summary>Diagnostics with document offsets and configured severities, in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Exceptions that analysis survived (each also became a diagnostic); hosts log them.</summary>
    public ImmutableArray<Exception> InternalErrors { get; }

    /// <summary>The statement whose span contains or touches <paramref name="offset"/>, if any.</summary>
    public ScriptStatement? StatementAt(int offset)
    {
        int low = 0, high = Statements.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = Statements[middle].Span;
            if (offset < span.Start)
                high = middle - 1;
            else if (offset > span.End)
                low = middle + 1;
            else
                return Statements[middle];
        }
        return null;
    }
}
