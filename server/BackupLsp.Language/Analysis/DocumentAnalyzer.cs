using System.Collections.Immutable;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Text in, <see cref="DocumentAnalysis"/> out. Statements are parsed once per distinct text and their rule results
/// kept per <see cref="AnalysisContext"/> instance; after an edit only the text around it is split again, and only the
/// <see cref="StatementBlock"/> it touched is rebuilt. Thread-safe; one instance serves every document.
/// </summary>
public sealed class DocumentAnalyzer(StatementCache? cache = null)
{
    public static readonly RuleDescriptor InternalError = new("SRB999", "internal-error", DiagnosticSeverity.Error,
        "The analyser failed on this statement; the rest of the document is still analysed. Please report it.");

    /// <summary>How many statements to parse before it pays to spread them over threads (an edit parses one or two).</summary>
    private const int ParallelThreshold = 512;

    private sealed record RuleResult(AnalysisContext Context, ImmutableArray<Diagnostic> Diagnostics);

    private readonly StatementCache _cache = cache ?? new StatementCache();

    public DocumentAnalysis Analyze(string text, AnalysisContext context, CancellationToken cancellationToken = default) =>
        Analyze(text, context, previous: null, cancellationToken);

    /// <summary>
    /// Analyses <paramref name="text"/>; when <paramref name="previous"/> is the analysis of an earlier version of the
    /// same document, only the text around the edit is split again and the blocks on either side are reused.
    /// </summary>
    public DocumentAnalysis Analyze(string text, AnalysisContext context, DocumentAnalysis? previous, CancellationToken cancellationToken = default)
    {
        // An earlier analysis that lost a statement to an internal error no longer lines up with its split.
        if (previous is null || !previous.InternalErrors.IsEmpty || previous.StatementCount == 0)
        {
            var statements = Parse(text, [.. StatementSplitter.Split(text)], context, cancellationToken);
            return Assemble(text, context, [], [], Blocks(statements, context, cancellationToken), [], [], 0);
        }

        var split = StatementSplitter.Resplit(text, previous.Text, new StatementSpans(previous));
        var scanned = Parse(text, split.Scanned, context, cancellationToken);
        if (!ReferenceEquals(previous.Context, context))
        {
            // New settings or catalog: every statement's rules run again, on the parses already made.
            var all = new List<PlannedStatement>(previous.StatementCount + scanned.Length);
            for (var i = 0; i < split.Kept; i++)
                all.Add(Known(previous, i, 0));
            all.AddRange(scanned);
            for (var i = split.ResumedAt; i < previous.StatementCount; i++)
                all.Add(Known(previous, i, split.Delta));
            return Assemble(text, context, [], [], Blocks([.. all], context, cancellationToken), [], [], 0);
        }

        // Rebuild the blocks from the one holding the first re-split statement to the one holding the last
        // replaced statement; keep the blocks before as they are and the blocks after at a moved start.
        var firstBlock = previous.BlockOf(Math.Min(split.Kept, previous.StatementCount - 1));
        var lastBlock = split.ResumedAt > split.Kept ? Math.Max(firstBlock, previous.BlockOf(split.ResumedAt - 1)) : firstBlock;
        var middle = new List<PlannedStatement>();
        for (var i = previous.FirstIndexOf(firstBlock); i < split.Kept; i++)
            middle.Add(Known(previous, i, 0));
        middle.AddRange(scanned);
        for (var i = split.ResumedAt; i < previous.FirstIndexOf(lastBlock + 1); i++)
            middle.Add(Known(previous, i, split.Delta));
        return Assemble(text, context, previous.Blocks[..firstBlock], previous.BlockStarts[..firstBlock],
            Blocks([.. middle], context, cancellationToken),
            previous.Blocks[(lastBlock + 1)..], previous.BlockStarts[(lastBlock + 1)..], split.Delta);
    }

    private static PlannedStatement Known(DocumentAnalysis previous, int index, int delta)
    {
        var block = previous.BlockOf(index);
        var statement = previous.Blocks[block].Statements[index - previous.FirstIndexOf(block)];
        return new PlannedStatement(statement.Span.Shift(previous.BlockStarts[block] + delta), statement.Parsed);
    }

    private DocumentAnalysis Assemble(string text, AnalysisContext context,
        ImmutableArray<StatementBlock> before, ImmutableArray<int> startsBefore,
        (StatementBlock Block, int Start)[] rebuilt,
        ImmutableArray<StatementBlock> after, ImmutableArray<int> startsAfter, int delta)
    {
        var blocks = ImmutableArray.CreateBuilder<StatementBlock>(before.Length + rebuilt.Length + after.Length);
        var starts = ImmutableArray.CreateBuilder<int>(blocks.Capacity);
        blocks.AddRange(before);
        starts.AddRange(startsBefore);
        foreach (var (block, start) in rebuilt)
        {
            blocks.Add(block);
            starts.Add(start);
        }
        blocks.AddRange(after);
        foreach (var start in startsAfter)
            starts.Add(start + delta);
        var placed = blocks.MoveToImmutable();
        var placedStarts = starts.MoveToImmutable();
        var script = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in ScriptRules.Check(placed.Select((block, i) => (placedStarts[i], block.Jobs))))
            if (WithConfiguredSeverity(diagnostic, context.Options) is { } adjusted)
                script.Add(adjusted);
        return new DocumentAnalysis(text, context, placed, placedStarts, script.DrainToImmutable());
    }

    /// <summary>
    /// Parses the statements at <paramref name="spans"/> and runs their rules straight away, so that each tree can be let
    /// go while it is young; opening a large script spreads them over every core.
    /// </summary>
    private PlannedStatement[] Parse(string text, IReadOnlyList<TextSpan> spans, AnalysisContext context, CancellationToken cancellationToken)
    {
        var planned = new PlannedStatement[spans.Count];
        if (spans.Count >= ParallelThreshold)
            Parallel.For(0, spans.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => planned[i] = ParseOne(text, spans[i], context));
        else
            for (var i = 0; i < spans.Count; i++)
                planned[i] = ParseOne(text, spans[i], context);
        return planned;
    }

    private PlannedStatement ParseOne(string text, TextSpan span, AnalysisContext context)
    {
        try
        {
            var parsed = _cache.GetOrParse(text.AsSpan(span.Start, span.Length));
            StatementDiagnostics(parsed, context);
            return new PlannedStatement(span, parsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PlannedStatement(span, null, e);
        }
    }

    /// <summary>Groups statements into blocks of about <see cref="StatementBlock.TargetSize"/>, checking the rules of any not yet checked in this context.</summary>
    private (StatementBlock Block, int Start)[] Blocks(PlannedStatement[] statements, AnalysisContext context, CancellationToken cancellationToken)
    {
        var count = (statements.Length + StatementBlock.TargetSize - 1) / StatementBlock.TargetSize;
        var blocks = new (StatementBlock, int)[count];
        Func<ParsedStatement, ImmutableArray<Diagnostic>> diagnosticsOf = parsed => StatementDiagnostics(parsed, context);
        void Build(int i)
        {
            var from = (int)((long)statements.Length * i / count);
            var to = (int)((long)statements.Length * (i + 1) / count);
            blocks[i] = (StatementBlock.Create(statements.AsSpan(from, to - from), context, diagnosticsOf), statements[from].Span.Start);
        }
        if (statements.Length >= ParallelThreshold)
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, Build);
        else
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Build(i);
            }
        return blocks;
    }

    /// <summary>The spans of an analysis' statements, without copying them out.</summary>
    private sealed class StatementSpans(DocumentAnalysis analysis) : IReadOnlyList<TextSpan>
    {
        public TextSpan this[int index] => analysis.StatementSpan(index);
        public int Count => analysis.StatementCount;
        public IEnumerator<TextSpan> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Syntax and rule diagnostics of one statement, relative to it, with the configured severities.</summary>
    private static ImmutableArray<Diagnostic> StatementDiagnostics(ParsedStatement parsed, AnalysisContext context)
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
        // The rules were the last to need the tree: from here it may go, and a large script holds far less.
        parsed.ReleaseSyntax();
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
