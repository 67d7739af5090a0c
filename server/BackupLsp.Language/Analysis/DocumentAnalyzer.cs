using System.Collections.Immutable;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Text in, <see cref="DocumentAnalysis"/> out. Statements are parsed once per distinct text and their rule results
/// kept per <see cref="AnalysisContext"/> instance, so re-analysing after an edit costs a split of the text plus the
/// work for the statements the edit touched. Thread-safe; one instance serves every document.
/// </summary>
public sealed class DocumentAnalyzer(StatementCache? cache = null)
{
    public static readonly RuleDescriptor InternalError = new("SRB999", "internal-error", DiagnosticSeverity.Error,
        "The analyser failed on this statement; the rest of the document is still analysed. Please report it.");

    private sealed record RuleResult(AnalysisContext Context, ImmutableArray<Diagnostic> Diagnostics);

    private readonly StatementCache _cache = cache ?? new StatementCache();

    public DocumentAnalysis Analyze(string text, AnalysisContext context, CancellationToken cancellationToken = default) =>
        Analyze(text, context, previous: null, cancellationToken);

    /// <summary>
    /// Analyses <paramref name="text"/>; when <paramref name="previous"/> is the analysis of an earlier version of the
    /// same document, only the text around the edit is split again and the statements on either side are reused.
    /// </summary>
    public DocumentAnalysis Analyze(string text, AnalysisContext context, DocumentAnalysis? previous, CancellationToken cancellationToken = default)
    {
        var plan = Plan(text, previous);
        var results = new StatementResult[plan.Count];
        var unparsed = 0;
        foreach (var (_, known) in plan)
            unparsed += known is null ? 1 : 0;
        if (unparsed >= ParallelThreshold)
        {
            // Opening a large script: its statements are independent, so they are parsed and checked on every core.
            Parallel.For(0, plan.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = AnalyzeStatement(text, plan[i], context));
        }
        else
        {
            for (var i = 0; i < plan.Count; i++)
            {
                if (i % 256 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                results[i] = AnalyzeStatement(text, plan[i], context);
            }
        }

        var statements = ImmutableArray.CreateBuilder<ScriptStatement>(plan.Count);
        var diagnostics = new List<Diagnostic>();
        var errors = ImmutableArray.CreateBuilder<Exception>();
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                errors.Add(error);
                diagnostics.Add(Diagnostic.Create(InternalError, new TextSpan(result.Start, 0),
                    $"Internal error while analysing this statement ({error.GetType().Name}: {error.Message}). Please report it."));
                continue;
            }
            statements.Add(result.Statement!);
            foreach (var diagnostic in result.Diagnostics)
                diagnostics.Add(diagnostic.Shift(result.Start));
        }
        var built = statements.DrainToImmutable();
        foreach (var diagnostic in ScriptRules.Check(built, context))
            if (WithConfiguredSeverity(diagnostic, context.Options) is { } adjusted)
                diagnostics.Add(adjusted);
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return new DocumentAnalysis(text, context, built, [.. diagnostics], errors.DrainToImmutable());
    }

    /// <summary>How many statements to parse before it pays to spread them over threads (an edit parses one or two).</summary>
    private const int ParallelThreshold = 512;

    /// <summary>One statement's outcome: itself and its diagnostics relative to <see cref="Start"/>, or the exception that stopped it.</summary>
    private readonly record struct StatementResult(int Start, ScriptStatement? Statement, ImmutableArray<Diagnostic> Diagnostics, Exception? Error);

    private StatementResult AnalyzeStatement(string text, (TextSpan Span, ScriptStatement? Known) planned, AnalysisContext context)
    {
        var (span, known) = planned;
        try
        {
            var statement = known ?? new ScriptStatement(span, _cache.GetOrParse(text.AsSpan(span.Start, span.Length)));
            return new StatementResult(span.Start, statement, StatementDiagnostics(statement.Parsed, context), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new StatementResult(span.Start, null, [], e);
        }
    }

    /// <summary>Each statement's span, with the statement itself when an earlier version already had it there.</summary>
    private static List<(TextSpan Span, ScriptStatement? Known)> Plan(string text, DocumentAnalysis? previous)
    {
        // An earlier analysis that lost a statement to an internal error no longer lines up with its split.
        if (previous is null || !previous.InternalErrors.IsEmpty)
            return StatementSplitter.Split(text).Select(span => (span, (ScriptStatement?)null)).ToList();
        var old = previous.Statements;
        var split = StatementSplitter.Resplit(text, previous.Text, new StatementSpans(old));
        var plan = new List<(TextSpan, ScriptStatement?)>(split.Kept + split.Scanned.Count + old.Length - split.ResumedAt);
        for (var i = 0; i < split.Kept; i++)
            plan.Add((old[i].Span, old[i]));
        foreach (var span in split.Scanned)
            plan.Add((span, null));
        for (var i = split.ResumedAt; i < old.Length; i++)
        {
            var moved = old[i].Span.Shift(split.Delta);
            plan.Add((moved, split.Delta == 0 ? old[i] : old[i] with { Span = moved }));
        }
        return plan;
    }

    /// <summary>The spans of a statement list, without copying them out.</summary>
    private sealed class StatementSpans(ImmutableArray<ScriptStatement> statements) : IReadOnlyList<TextSpan>
    {
        public TextSpan this[int index] => statements[index].Span;
        public int Count => statements.Length;
        public IEnumerator<TextSpan> GetEnumerator() => statements.Select(s => s.Span).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Syntax and rule diagnostics of one statement, relative to it, with the configured severities.</summary>
    private ImmutableArray<Diagnostic> StatementDiagnostics(ParsedStatement parsed, AnalysisContext context)
    {
        if (!parsed.IsFamily && parsed.Diagnostics.IsEmpty)
            return [];
        if (Volatile.Read(ref parsed.RuleResults) is RuleResult cached && ReferenceEquals(cached.Context, context))
            return cached.Diagnostics;
        var rules = StatementRules.Check(parsed, context);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(parsed.Diagnostics.Length + rules.Count);
        foreach (var diagnostic in parsed.Diagnostics)
            if (WithConfiguredSeverity(diagnostic, context.Options) is { } adjusted)
                result.Add(adjusted);
        foreach (var diagnostic in rules)
            if (WithConfiguredSeverity(diagnostic, context.Options) is { } adjusted)
                result.Add(adjusted);
        var diagnostics = result.DrainToImmutable();
        Volatile.Write(ref parsed.RuleResults, new RuleResult(context, diagnostics));
        return diagnostics;
    }

    private static Diagnostic? WithConfiguredSeverity(Diagnostic diagnostic, AnalysisOptions options) =>
        options.SeverityOf(diagnostic.Rule) switch
        {
            null => null,
            var severity when severity == diagnostic.Severity => diagnostic,
            var severity => diagnostic with { Severity = severity.Value },
        };
}
